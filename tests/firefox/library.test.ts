import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Library } from '../../lib/library/library';
import { sampleCorrection, sampleLibrary, syntheticLibrary } from '../../lib/library/sample-library';
import { ARTIFACTS } from '../browser/harness';
import { clickButton, sendToRuntimeFrom, setViewportSize, startTestBed, textOf, until, type FirefoxTestBed } from './harness';
import { putLibraryRecords } from '../browser/put-library-records';

// The library page in Firefox over Firefox's IndexedDB (the moz-extension origin's): seeded with
// the two example articles and 3,000 synthetic rows, searched, the figures ledger, and a correction
// made elsewhere shown at once.

let bed: FirefoxTestBed;
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

/** Types into the search box as a reader would (one input event per change). */
const search = (text: string): Promise<void> =>
  page.$eval(
    'input.search',
    (input, value) => {
      (input as HTMLInputElement).value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );

const shownCount = async (): Promise<number> => Number(((await textOf(page, '[data-testid=match-count]')) ?? '').replace(/[^0-9]/g, ''));

beforeAll(async () => {
  bed = await startTestBed();
  page = await bed.session.openExtensionPage('library.html');
  await until(() => page.evaluate(() => document.body.textContent?.includes('Nothing kept yet') ?? false), 'the empty library');
  await seedStore(page, seed);
  await setViewportSize(page, 1280, 800);
  await page.evaluate(() => location.reload());
  await until(() => page.$$eval('.row', (rows) => rows.length > 0).catch(() => false), 'the seeded rows');
});

afterAll(async () => {
  await bed?.close();
});

test('lists every kept item and note, and renders only a screenful of rows', async () => {
  expect(await shownCount()).toBe(seed.items.length + seed.notes.length);
  expect(await page.$$eval('.row', (rows) => rows.length)).toBeLessThan(40);
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-library.png') as `${string}.png` });
});

test('full-text search finds a figure by its digits; the figures ledger lines the casualty figures up', async () => {
  await search('31,000');
  await expect.poll(shownCount).toBe(3);
  await search('ukrain');
  await clickButton(page, 'Figures ledger');
  await expect.poll(() => page.$('[aria-label="Figures counting soldiers"]').then((e) => e !== null)).toBe(true);
  const cells = await page.$$eval('[aria-label="Figures counting soldiers"] tbody tr', (rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)),
  );
  expect(cells).toEqual([
    ['400,000', 'at least', 'Douglas Macgregor', 'World Socialist Web Site'],
    ['300,000', '—', 'Volodymyr Zelensky', 'globalresearch.ca'],
    ['31,000', '—', 'Volodymyr Zelensky', 'World Socialist Web Site'],
  ]);
});

test('a correction made elsewhere shows at once: the speaker the reader named, the detector’s noted, and the figure in that quote follows it', async () => {
  const { id: _id, pageKey: _key, url, created: _created, ...correction } = sampleCorrection();
  expect((await sendToRuntimeFrom(page, 'sourcelight/corrections/add', { page: { url, canonicalUrl: null }, correction })).ok).toBe(true);
  await clickButton(page, 'Everything');
  await search('have died in this war');
  await expect.poll(() => textOf(page, '.row-correction')).toBe('speaker corrected by you (detected: Volodymyr Zelensky)');
  expect(await textOf(page, '.row-speaker')).toBe('Ann Lee');
  await search('ukrain');
  await clickButton(page, 'Figures ledger');
  await expect
    .poll(() => page.$$eval('[aria-label="Figures counting soldiers"] tbody tr', (rows) => rows.map((row) => row.querySelectorAll('td')[2]?.textContent)))
    .toEqual(['Douglas Macgregor', 'Volodymyr Zelensky', 'Ann Lee']);
});

test('no errors in the page, and no request leaves the machine', () => {
  expect(bed.session.errors).toEqual([]);
  expect(bed.session.requests.filter((url) => !url.startsWith('moz-extension:') && !url.startsWith(bed.server.origin))).toEqual([]);
});
