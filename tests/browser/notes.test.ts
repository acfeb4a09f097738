import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { NOTE_HIGHLIGHT } from '../../lib/paint/note-highlights';
import type { Backup } from '../../lib/store/backup';
import { launchExtension, overlayTree, saveScreenshot, sendToRuntimeFrom, sendToTabFrom, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

// The reader's notes in real Chromium with real IndexedDB: written in the side panel on a
// selection, a detected quote kept, both painted in the page and listed; after a reload they are
// found again and painted, and a note whose passage left the page is listed as orphaned.

const EXAMPLE = 'dev/wsws-nato-troops.html';
const SHORT_ITEM = 'browser/short-item.html';

let server: FixtureServer;
let session: ExtensionSession;
let control: Page;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchExtension();
  control = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function annotate(tabId: number): Promise<void> {
  const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId });
  if (!result.ok) throw new Error(result.error);
}

/** Selects the first occurrence of `text` in the page, as a reader dragging over it would. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${needle}" is not in the page`);
  }, text);
}

function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

test('notes and kept items are painted and listed, found again after a reload; a lost passage is listed as orphaned', async () => {
  const article = await session.context.newPage();
  await article.goto(server.url(EXAMPLE));
  const tabId = await tabIdOf(control, server.url(EXAMPLE));
  await annotate(tabId);

  const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 400, height: 900 });
  await expect.poll(() => panel.getByRole('heading', { name: 'Notes on this page (0)' }).count()).toBe(1);

  // A note on the reader's selection, written in the panel.
  await select(article, 'everything is possible');
  await panel.getByRole('button', { name: "Use the page's selection" }).click();
  await expect.poll(() => panel.locator('.note-target q').textContent()).toBe('everything is possible');
  await panel.getByLabel('Note (Markdown)').fill('Macron: **nothing** ruled out, troops included.');
  await panel.getByLabel('Tags').fill('escalation, france');
  await panel.getByRole('button', { name: 'Add note' }).click();
  await expect.poll(() => panel.getByRole('heading', { name: 'Notes on this page (1)' }).count()).toBe(1);
  expect(await panel.locator('.record.note .markdown strong').textContent()).toBe('nothing');
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.note)).toBe(1);

  // A detected quote kept from the panel's list.
  await panel.locator('.detected li').first().getByRole('button', { name: 'Keep' }).click();
  await expect.poll(() => panel.getByRole('heading', { name: 'Kept from this page (1)' }).count()).toBe(1);
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.kept)).toBe(1);

  // A note whose passage the page no longer has (written against an earlier version of it),
  // filed, as the page's own are, under the canonical URL it names.
  const canonicalUrl = await article.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? null);
  const orphan = await sendToRuntimeFrom(control, 'sourcelight/notes/add', {
    page: { url: server.url(EXAMPLE), meta: { canonicalUrl } },
    note: {
      body: 'The first version quoted a minister here.',
      tags: ['escalation'],
      target: {
        kind: 'passage',
        selectors: [
          { type: 'TextQuoteSelector', exact: 'a sentence the editors have since removed from the story', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 120, end: 177 },
        ],
      },
    },
  });
  expect(orphan.ok).toBe(true);

  // Delete with undo.
  const note = panel.locator('.record.note').filter({ hasText: 'troops included' });
  await note.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => panel.getByRole('heading', { name: /^Notes on this page \(1\)/ }).count()).toBe(1);
  await panel.locator('.undo').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => panel.locator('.record.note').filter({ hasText: 'troops included' }).count()).toBe(1);

  // Come back to the page: everything is found again, painted, listed; the orphan says so.
  await article.reload();
  await annotate(tabId);
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.note)).toBe(1);
  expect(await highlightSize(article, NOTE_HIGHLIGHT.kept)).toBe(1);
  await panel.reload();
  await expect.poll(() => panel.getByRole('heading', { name: 'Notes on this page (2)' }).count()).toBe(1);
  const orphaned = panel.locator('.record.is-orphaned');
  expect(await orphaned.count()).toBe(1);
  expect(await orphaned.textContent()).toContain('a sentence the editors have since removed from the story');
  expect(await orphaned.textContent()).toContain('Passage not found on the page');

  // Clicking a listed passage shows it in the page.
  await panel.locator('.record.note:not(.is-orphaned) button.passage').click();
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.focus)).toBe(1);
  expect(await panel.locator('.problem').count()).toBe(0);

  // The notes, kept items and the page's quotes (the outlet card above them is shown elsewhere).
  await panel.evaluate(() => document.getElementById('notes-here')?.scrollIntoView({ block: 'start' }));
  await saveScreenshot(panel, 'side-panel.png', { readme: true });
  await article.bringToFront();
  await article.evaluate(() => document.querySelector('p:nth-of-type(3)')?.scrollIntoView({ block: 'center' }));
  await saveScreenshot(article, 'notes-in-page.png');

  // The reader corrects the kept quote's speaker: the panel lists it corrected, the detector's speaker noted.
  const listing = await sendToTabFrom(control, tabId, 'sourcelight/annotation', null);
  if (!listing.ok || !listing.value) throw new Error('no listing');
  const keptIndex = listing.value.quotes.findIndex((quote) => quote.kept !== undefined);
  const detected = listing.value.quotes[keptIndex]?.speaker?.name;
  expect(await sendToTabFrom(control, tabId, 'sourcelight/correct', { ref: { kind: 'quote', index: keptIndex }, kind: 'wrong-speaker', speaker: 'Ann Lee' })).toEqual({
    ok: true,
    value: null,
  });
  await expect.poll(() => panel.locator('.record.kept .kept-meta').textContent()).toContain('Ann Lee · speaker corrected by you (detected: ');
  expect(await panel.locator('.record.kept .kept-correction').textContent()).toContain(detected ?? 'none');
  await panel.locator('.record.kept').scrollIntoViewIfNeeded();
  await saveScreenshot(panel, 'side-panel-correction.png');

  // "Export all notes": the backup, read from the store by the panel itself (a large one would not fit in a message).
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export all notes (JSON backup)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sourcelight-notes-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(await readFile((await download.path())!, 'utf8')) as Backup;
  expect(saved).toMatchObject({ format: 'sourcelight-backup', version: 2, corrections: [{ kind: 'wrong-speaker', speaker: 'Ann Lee' }] });
  expect(saved.notes.map((n) => n.body).sort()).toEqual(['Macron: **nothing** ruled out, troops included.', 'The first version quoted a minister here.']);
  expect(saved.items).toHaveLength(1);
  expect(await panel.locator('.problem').count()).toBe(0);
  expect(session.errors).toEqual([]);
});

test('an unsaved note survives the panel closing; a selection from the menu or shortcut reaches the open panel', async () => {
  const article = await session.context.newPage();
  await article.goto(server.url(SHORT_ITEM));
  const tabId = await tabIdOf(control, server.url(SHORT_ITEM));
  await annotate(tabId);

  let panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.getByLabel('Note (Markdown)').fill('Half a thought about the flooding');
  await panel.getByLabel('Tags').fill('floods');
  await panel.close();
  panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await expect.poll(() => panel.getByLabel('Note (Markdown)').inputValue()).toBe('Half a thought about the flooding');
  expect(await panel.getByLabel('Tags').inputValue()).toBe('floods');

  // What "Add note to selection" and Alt+Shift+N leave for the panel (lib/background/add-note.ts).
  await select(article, '40 homes were flooded');
  const picked = await sendToTabFrom(control, tabId, 'sourcelight/notes/selection', null);
  if (!picked.ok || !picked.value) throw new Error('no selection');
  await control.evaluate(([key, value]) => chrome.storage.session.set({ [key]: value }), [`notes.pick.${tabId}`, picked.value] as const);
  await expect.poll(() => panel.locator('.note-target q').textContent()).toBe('40 homes were flooded');
  await panel.getByRole('button', { name: 'Add note' }).click();
  await expect.poll(() => panel.getByRole('heading', { name: 'Notes on this page (1)' }).count()).toBe(1);
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.note)).toBe(1);

  // Saved: the draft is gone, so the panel opens empty next time.
  await panel.close();
  panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await expect.poll(() => panel.getByRole('heading', { name: 'Notes on this page (1)' }).count()).toBe(1);
  expect(await panel.getByLabel('Note (Markdown)').inputValue()).toBe('');
  expect(await panel.locator('.note-target').textContent()).toContain('On the whole page');
  expect(session.errors).toEqual([]);
});

test('the button beside a selection opens a note in the page, saved and painted there', async () => {
  const article = await session.context.newPage();
  await article.goto(server.url(EXAMPLE));
  const tabId = await tabIdOf(control, server.url(EXAMPLE));
  await annotate(tabId);
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.note)).toBe(1);

  await select(article, 'medium- and long-range missiles and bombs');
  const overlay = await overlayTree(article);
  await expect.poll(() => overlay.count('button.open')).toBe(1);
  await overlay.click('button.open');
  const editor = '[role=dialog][aria-label="Note on the selection"]';
  await expect.poll(() => overlay.count(editor)).toBe(1);
  expect(await overlay.text(`${editor} q`)).toBe('medium- and long-range missiles and bombs');
  // Its tags complete from the ones used before (the first test's), as the side panel's do.
  await expect.poll(() => overlay.count(`${editor} datalist option[value="escalation"]`)).toBe(1);
  expect(await overlay.count(`${editor} datalist option[value="france"]`)).toBe(1);
  await overlay.type(`${editor} textarea`, 'Which missiles? Check the *communiqué*.');
  await overlay.type(`${editor} input.tags`, 'weapons');
  await saveScreenshot(article, 'selection-note.png');
  await overlay.click(`${editor} button[type=submit]`);
  await expect.poll(() => overlay.count(editor)).toBe(0);
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.note)).toBe(2);
  const listed = await sendToRuntimeFrom(control, 'sourcelight/notes/page', {
    url: server.url(EXAMPLE),
    canonicalUrl: await article.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? null),
  });
  expect(listed.ok && listed.value.notes.map((n) => n.tags)).toContainEqual(['weapons']);
  expect(session.errors).toEqual([]);
});

test('notes outlive the browser: closed and relaunched on the same profile, they are listed and painted', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-profile-'));
  try {
    let browser = await launchExtension(undefined, profile);
    let extensionPage = await browser.openExtensionPage('popup.html');
    const page = { url: server.url(SHORT_ITEM), meta: { canonicalUrl: null } };
    const note = (body: string) => ({ body, tags: ['persist'], target: { kind: 'page' as const } });
    // Two extension pages (two panels, say) writing at once lose nothing.
    const other = await browser.openExtensionPage('popup.html');
    const writes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sendToRuntimeFrom(i % 2 ? extensionPage : other, 'sourcelight/notes/add', { page, note: note(`note ${i}`) })),
    );
    expect(writes.every((w) => w.ok)).toBe(true);
    const passage = await sendToRuntimeFrom(extensionPage, 'sourcelight/notes/add', {
      page,
      note: {
        body: 'The flood count',
        tags: [],
        target: {
          kind: 'passage',
          selectors: [
            { type: 'TextQuoteSelector', exact: '40 homes were flooded', prefix: 'The council said ', suffix: ' overnight.' },
            { type: 'TextPositionSelector', start: 0, end: 0 },
          ],
        },
      },
    });
    expect(passage.ok).toBe(true);
    await browser.close();

    browser = await launchExtension(undefined, profile);
    extensionPage = await browser.openExtensionPage('popup.html');
    const article = await browser.context.newPage();
    await article.goto(server.url(SHORT_ITEM));
    const tabId = await tabIdOf(extensionPage, server.url(SHORT_ITEM));
    expect((await sendToRuntimeFrom(extensionPage, 'sourcelight/annotate-tab', { tabId })).ok).toBe(true);
    await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.note)).toBe(1);
    const listed = await sendToRuntimeFrom(extensionPage, 'sourcelight/notes/page', { url: server.url(SHORT_ITEM), canonicalUrl: null });
    expect(listed.ok && listed.value.notes.length).toBe(21);
    expect(browser.errors).toEqual([]);
    await browser.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
