import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { NOTE_HIGHLIGHT } from '../../lib/paint/note-highlights';
import { EXTENSION, clickButton, sendToTabFrom, setViewportSize, startTestBed, textOf, type FirefoxTestBed } from './harness';

// The reader's notes in Firefox: the side panel is a sidebar_action there (side_panel in Chrome),
// its page the same sidepanel.html; IndexedDB in a moz-extension page; the notes layer painted
// from a content script through Firefox's Xray wrappers.

const EXAMPLE = 'dev/wsws-nato-troops.html';

let bed: FirefoxTestBed;

beforeAll(async () => {
  bed = await startTestBed();
});

afterAll(async () => {
  await bed?.close();
});

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

const highlightSize = (page: Page, name: string): Promise<number> => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

test('the Firefox build declares the notes panel as a sidebar_action, not a side_panel', async () => {
  const manifest = JSON.parse(await readFile(join(EXTENSION, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  expect(manifest.side_panel).toBeUndefined();
  expect(manifest.permissions).not.toContain('sidePanel');
});

test('a note on a selection and a kept quote are saved, painted in the page and listed, and found again after a reload', async () => {
  const { page: article, tabId } = await bed.openTab(EXAMPLE);
  await bed.annotate(tabId);
  const panel = await bed.session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await setViewportSize(panel, 400, 900);
  await expect.poll(() => textOf(panel, '#notes-here')).toBe('Notes on this page (0)');
  // The outlet card, as in the popup: its module worker runs in the panel too.
  await expect.poll(() => textOf(panel, '.outlet')).toMatch(/World Socialist Web Site[\s\S]*Q1377139/);

  await select(article, 'everything is possible');
  await clickButton(panel, "Use the page's selection");
  await expect.poll(() => textOf(panel, '.note-target q')).toMatch(/everything is possible/);
  await panel.type('textarea', 'Macron: **nothing** ruled out.');
  await clickButton(panel, 'Add note');
  await expect.poll(() => textOf(panel, '#notes-here')).toBe('Notes on this page (1)');
  expect(await textOf(panel, '.record.note .markdown strong')).toBe('nothing');
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.note)).toBe(1);

  await (await panel.$('.detected li button'))?.click();
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.kept)).toBe(1);

  await article.reload();
  await bed.annotate(tabId);
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.note)).toBe(1);
  expect(await highlightSize(article, NOTE_HIGHLIGHT.kept)).toBe(1);
  // Reloaded from inside: BiDi reports no navigation of an extension page, so page.reload() would wait for ever.
  await panel.evaluate(() => location.reload());
  await expect.poll(() => textOf(panel, '#notes-here').catch(() => null)).toBe('Notes on this page (1)');

  // The reader corrects the kept quote's speaker: the panel lists it corrected, at once.
  const listing = await sendToTabFrom(panel, tabId, 'sourcelight/annotation', null);
  if (!listing.ok || !listing.value) throw new Error('no listing');
  const keptIndex = listing.value.quotes.findIndex((quote) => quote.kept !== undefined);
  expect(await sendToTabFrom(panel, tabId, 'sourcelight/correct', { ref: { kind: 'quote', index: keptIndex }, kind: 'wrong-speaker', speaker: 'Ann Lee' })).toEqual({
    ok: true,
    value: null,
  });
  await expect.poll(() => textOf(panel, '.record.kept .kept-meta')).toMatch(/Ann Lee · speaker corrected by you \(detected: /);
  await panel.screenshot({ path: join(import.meta.dirname, '../artifacts/firefox-side-panel.png') });
  expect(bed.session.errors).toEqual([]);
  await Promise.all([panel.close(), article.close()]);
});
