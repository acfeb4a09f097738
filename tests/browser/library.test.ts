import { readFile } from 'node:fs/promises';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Library } from '../../lib/library/library';
import { sampleCorrection, sampleLibrary, syntheticLibrary } from '../../lib/library/sample-library';
import { launchExtension, saveScreenshot, sendToRuntimeFrom, type ExtensionSession } from './harness';
import { putLibraryRecords } from './put-library-records';

// The library page in real Chromium over a real IndexedDB: seeded with the two example articles
// and 3,000 synthetic rows, searched, filtered to figures, exported to CSV.

let session: ExtensionSession;
let page: Page;

const seed: Library = (() => {
  const sample = sampleLibrary();
  const synthetic = syntheticLibrary(3_000);
  return { articles: [...sample.articles, ...synthetic.articles], items: [...sample.items, ...synthetic.items], notes: [...sample.notes, ...synthetic.notes] };
})();

/** Writes the records with the page's own IndexedDB (the database the page has opened and upgraded). */
async function seedStore(target: Page, library: Library): Promise<void> {
  await target.evaluate(putLibraryRecords, library);
}

beforeAll(async () => {
  session = await launchExtension();
  page = await session.openExtensionPage('library.html');
  await page.getByText('Nothing kept yet').waitFor();
  await seedStore(page, seed);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await page.locator('.row').first().waitFor();
});

afterAll(async () => {
  await session?.close();
});

const shownCount = async (): Promise<number> => Number((await page.getByTestId('match-count').textContent())!.replace(/[^0-9]/g, ''));

describe('the library page', () => {
  test('lists every kept item and note, and renders only a screenful of rows', async () => {
    expect(await shownCount()).toBe(seed.items.length + seed.notes.length);
    expect(await page.locator('.row').count()).toBeLessThan(40);
    await saveScreenshot(page, 'library.png', { readme: true });
  });

  test('full-text search finds a figure by its digits and a quote by its speaker', async () => {
    await page.getByRole('searchbox').fill('31,000');
    await expect.poll(shownCount).toBe(3);
    await page.getByRole('searchbox').fill('zelensky soldiers');
    await expect.poll(shownCount).toBe(3);
    expect(await page.locator('.row-speaker').first().textContent()).toBe('Volodymyr Zelensky');
  });

  test('the figures ledger puts the casualty figures side by side, largest first, with source and outlet', async () => {
    await page.getByRole('searchbox').fill('ukrain');
    await page.getByRole('tab', { name: 'Figures ledger' }).click();
    const group = page.getByRole('region', { name: 'Figures counting soldiers' });
    await group.waitFor();
    const cells = await group.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)));
    expect(cells).toEqual([
      ['400,000', 'at least', 'Douglas Macgregor', 'World Socialist Web Site'],
      ['300,000', '—', 'Volodymyr Zelensky', 'globalresearch.ca'],
      ['31,000', '—', 'Volodymyr Zelensky', 'World Socialist Web Site'],
    ]);
    await saveScreenshot(page, 'library-figures.png', { readme: true });
  });

  test('the speaker view gathers one person’s quotes across articles', async () => {
    await page.getByRole('searchbox').fill('');
    await page.getByRole('tab', { name: 'Speakers' }).click();
    await page.getByRole('button', { name: /^Ana Ruiz/ }).click();
    const quotes = page.getByRole('region', { name: 'Quotes by Ana Ruiz' });
    await expect.poll(() => quotes.locator('.speaker-quote').count()).toBeGreaterThan(10);
  });

  test('exports the rows shown as CSV: a download that papaparse reads back, formulas neutralised', async () => {
    await page.getByRole('tab', { name: 'Everything' }).click();
    await page.getByRole('searchbox').fill('hyperlink');
    await expect.poll(shownCount).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('sourcelight.csv');
    const text = await readFile((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]).toMatchObject({ kind: 'note', text: '\'=HYPERLINK("http://evil.example","click")', outlet: 'globalresearch.ca' });
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Saved sourcelight.csv');
  });

  test('import round trip: the JSON backup, a wiped store, the backup imported — the same records, the reader’s correction too; a bad file changes nothing', async () => {
    // The reader corrected the speaker of a kept quote: the library shows their speaker, the detector's noted.
    const { id: _id, pageKey: _key, url, created: _created, ...correction } = sampleCorrection();
    const added = await sendToRuntimeFrom(page, 'sourcelight/corrections/add', { page: { url, canonicalUrl: null }, correction });
    expect(added.ok).toBe(true);
    // No reload: the background tells the library a correction was made.
    const correctedRow = page.locator('.row').filter({ hasText: 'Ukrainian soldiers have died in this war' });
    const showsCorrection = async (): Promise<void> => {
      await page.getByRole('searchbox').fill('have died in this war');
      await expect.poll(() => correctedRow.locator('.row-correction').textContent()).toBe('speaker corrected by you (detected: Volodymyr Zelensky)');
      expect(await correctedRow.locator('.row-speaker').textContent()).toBe('Ann Lee');
    };
    await showsCorrection();
    await saveScreenshot(page, 'library-correction.png');
    await page.getByRole('searchbox').fill('');
    const save = async (): Promise<string> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="backup"]').click()]);
      return readFile((await download.path())!, 'utf8');
    };
    const records = (file: string): unknown => {
      const { exportedAt: _, ...rest } = JSON.parse(file) as { exportedAt: string };
      return rest;
    };
    const first = await save();
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sourcelight');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores = ['articles', 'items', 'notes', 'corrections'];
      const tx = db.transaction(stores, 'readwrite');
      for (const name of stores) tx.objectStore(name).clear();
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    await page.reload();
    await page.getByText('Nothing kept yet').waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(first.slice(0, 500)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('broken.json: This file is not a Sourcelight backup');
    await page.getByText('Nothing kept yet').waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(first) });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`Imported ${seed.articles.length} new articles`);
    expect(await page.getByRole('status').first().textContent()).toContain('and 1 corrections');
    await expect.poll(shownCount).toBe(seed.items.length + seed.notes.length);
    expect(records(await save())).toEqual(records(first));
    expect((JSON.parse(first) as { corrections: unknown[] }).corrections).toHaveLength(1);
    await showsCorrection();
    await page.getByRole('searchbox').fill('');
  });

  test.each<[string, string, (file: Buffer) => void]>([
    ['markdown', 'sourcelight-obsidian.zip', (file) => expect(Object.keys(unzipSync(new Uint8Array(file)))).toContain('NATO powers discuss sending troops to Ukraine.md')],
    [
      'web-annotation',
      'sourcelight-annotations.jsonld',
      (file) => expect(JSON.parse(file.toString('utf8'))).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', total: 2 }),
    ],
    ['csl-json', 'sourcelight.csl.json', (file) => expect(JSON.parse(file.toString('utf8'))).toHaveLength(1)],
    [
      'bibtex',
      'sourcelight.bib',
      (file) => expect(parseBibtex(file.toString('utf8')).entries.map((e) => e.fields.title)).toEqual(['NATO powers discuss sending troops to Ukraine']),
    ],
  ])('exports the rows shown as %s', async (format, fileName, check) => {
    await page.getByRole('searchbox').fill('macgregor');
    await expect.poll(shownCount).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-format="${format}"]`).click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    check(await readFile((await download.path())!));
  });

  test('a note written elsewhere appears without reloading, the search kept', async () => {
    await page.getByRole('searchbox').fill('written elsewhere');
    await expect.poll(shownCount).toBe(0);
    const added = await sendToRuntimeFrom(page, 'sourcelight/notes/add', {
      page: { url: 'https://news.example.com/elsewhere', meta: { title: 'Another story', siteName: 'Example News' } },
      note: { body: 'A note written elsewhere', tags: ['later'], target: { kind: 'page' } },
    });
    expect(added.ok).toBe(true);
    await expect.poll(shownCount).toBe(1);
    expect(await page.getByRole('searchbox').inputValue()).toBe('written elsewhere');
  });

  test('no errors in the page, and no request leaves the machine', () => {
    expect(session.errors).toEqual([]);
    expect(session.requests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
