import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageAnnotation, PageStatus } from '../../lib/messages';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import { ARTIFACTS, launchExtension, sendToRuntimeFrom, sendToTabFrom, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

// Issue #10, part 1: pages that change their own article after it was annotated. Marks are right
// or clearly reported, never wrong: no highlight ever covers words other than its item's.

const LIVE = 'browser/live-article.html';

let server: FixtureServer;
let session: ExtensionSession;
let control: Page;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchExtension(undefined, undefined, { backForwardCache: true });
  control = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openAnnotated(path = LIVE): Promise<{ page: Page; tabId: number; status: PageStatus }> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(control, server.url(path));
  const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId });
  if (!result.ok) throw new Error(result.error);
  return { page, tabId, status: result.value };
}

const badge = (tabId: number): Promise<string> => control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

async function listed(tabId: number): Promise<PageAnnotation> {
  const r = await sendToTabFrom(control, tabId, 'sourcelight/annotation', null);
  if (!r.ok || !r.value) throw new Error('no annotation');
  return r.value;
}

async function status(tabId: number): Promise<PageStatus> {
  const r = await sendToTabFrom(control, tabId, 'sourcelight/status', null);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** The words under each of our highlights' ranges, read from the page's own registry (whitespace squeezed out). */
function paintedWords(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights.keys()]
        .filter((k) => k.startsWith('sourcelight-'))
        .map((k) => [k, [...(CSS.highlights.get(k) as Set<AbstractRange>)].map((r) => (r instanceof Range ? r.toString().replace(/\s+/g, '') : '?'))]),
    ),
  );
}

/**
 * Every painted quote and claim covers exactly the words of an item listed as painted, and every
 * item listed as painted is painted once: the marks are right.
 */
async function expectMarksRight(page: Page, tabId: number): Promise<PageAnnotation> {
  const items = await listed(tabId);
  const words = (list: Array<{ text: string; anchored: boolean }>): string[] =>
    list
      .filter((i) => i.anchored)
      .map((i) => i.text.replace(/\s+/g, ''))
      .sort();
  const painted = await paintedWords(page);
  expect((painted[HIGHLIGHT.quote] ?? []).sort()).toEqual(words(items.quotes));
  expect((painted[HIGHLIGHT.claim] ?? []).sort()).toEqual(words(items.claims));
  return items;
}

describe('a page that changes its article after it was annotated', () => {
  test.each([
    ['renders the article again into new nodes', 'rerender'],
    ['swaps the article container for a new one', 'replaceContainer'],
  ])('%s: every mark is found again on the same words, the badge unchanged', async (_name, change) => {
    const { page, tabId, status: before } = await openAnnotated();
    expect(before).toMatchObject({ state: 'annotated', quotes: 6, claims: 4 });
    await expectMarksRight(page, tabId);
    const beforeBadge = await badge(tabId);
    await page.evaluate((fn) => (window as unknown as Record<string, () => void>)[fn]!(), change);
    await expect.poll(async () => (await status(tabId)).anchored).toBe(before.anchored);
    const items = await expectMarksRight(page, tabId);
    expect(items.quotes.filter((q) => q.lost)).toEqual([]);
    expect(await badge(tabId)).toBe(beforeBadge);
    await page.close();
  });

  test('appends paragraphs ("read more"): their quote and figure are painted on their words and listed after the article’s, in the open popup too, the badge counts them', async () => {
    const { page, tabId, status: before } = await openAnnotated();
    expect(before).toMatchObject({ state: 'annotated', quotes: 6, claims: 4 });
    // The reader has the popup open while the page loads more of the article.
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 700 });
    await expect.poll(() => popup.locator('button.item').count()).toBe(before.quotes + before.claims);
    await page.evaluate(() => (window as unknown as { appendParagraphs: () => void }).appendParagraphs());
    await expect.poll(async () => (await status(tabId)).anchored, { timeout: 30_000 }).toBe(before.anchored + 2);
    expect(await status(tabId)).toMatchObject({ state: 'annotated', quotes: 7, claims: 5 });
    const items = await expectMarksRight(page, tabId);
    expect(items.quotes.at(-1)).toMatchObject({ text: 'Every resident will have a say before the first stone is laid', speaker: { name: 'Maria Okafor' }, anchored: true });
    expect(items.claims.at(-1)).toMatchObject({ text: '40', unit: 'meetings', anchored: true });
    expect(items.quotes.filter((q) => q.lost)).toEqual([]);
    expect(await badge(tabId)).toBe(String(before.quotes + before.claims + 2));
    await mkdir(ARTIFACTS, { recursive: true });
    await page.locator('#story p', { hasText: 'Every resident' }).screenshot({ path: join(ARTIFACTS, 'live-appended.png') });

    // The open popup lists them, the quote under its speaker, and counts them.
    const item = popup.locator('button.item', { hasText: 'Every resident will have a say' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await popup.locator('.group', { has: item }).locator('.group-label').innerText()).toBe('Maria Okafor');
    expect(await popup.locator('.count-quote').innerText()).toMatch(/^7\s*quotes$/);
    await popup.locator('.group', { has: item }).screenshot({ path: join(ARTIFACTS, 'popup-appended.png') });
    await popup.close();
    await page.close();
  });

  test('replaces a node inside a quote: that quote comes off and is reported, never painted over the new words', async () => {
    const { page, tabId, status: before } = await openAnnotated();
    const count = before.quotes + before.claims;
    expect(await badge(tabId)).toBe(String(count));
    const newText = await page.evaluate(() => (window as unknown as { replaceInQuote: () => string }).replaceInQuote());
    expect(newText).toContain('consulted at every stage');
    // Checked in the observer's callback, before the page renders again: no poll needed for the paint.
    const painted = await paintedWords(page);
    expect(painted[HIGHLIGHT.quote]!.some((w) => w.includes('consultedateverystage'))).toBe(false);
    await expect.poll(() => badge(tabId)).toBe(String(count - 1));
    const items = await expectMarksRight(page, tabId);
    const berg = items.quotes.find((q) => q.text.includes('not consulted'));
    expect(berg).toMatchObject({ anchored: false });
    expect(['changed', 'gone']).toContain(berg?.lost);
    expect(await control.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toContain('1 of the marked items is no longer on the page');

    // Hovering the new words shows no card (the old quote's card would describe other words),
    // where hovering a quote still on the page does.
    const card = async (): Promise<string | null> => {
      const probe = await sendToTabFrom(control, tabId, 'sourcelight/test/card', null);
      return probe.ok ? (probe.value?.text ?? null) : null;
    };
    const cardAt = async (words: string): Promise<string | null> => {
      // The card stays while the pointer is on it or between it and its mark (it may lie over
      // the next paragraphs): the pointer leaves it first, so the card seen is the words'.
      await page.mouse.move(2, 2);
      await expect.poll(card).toBeNull();
      const box = await page.evaluate((w) => {
        const p = [...document.querySelectorAll('#story p')].find((e) => e.textContent!.includes(w))!;
        const r = p.getBoundingClientRect();
        return { x: r.left + 60, y: r.top + 10 };
      }, words);
      await page.mouse.move(box.x, box.y);
      await page.mouse.move(box.x + 4, box.y + 1);
      await page.waitForTimeout(300);
      return card();
    };
    await expect.poll(() => cardAt('most important decision')).toContain('Maria Okafor');
    expect(await cardAt('consulted at every stage')).toBeNull();

    // The popup labels it, and a click on it is answered under it.
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 700 });
    const item = popup.locator('button.item', { hasText: 'not consulted' });
    await expect.poll(() => item.locator('.item-lost').innerText()).toMatch(/no longer on the page|changed on the page/);
    await expect.poll(() => popup.locator('.counts').innerText()).toContain('1 is no longer on the page');
    await mkdir(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-item-lost.png') });
    await popup.close();
    await page.close();
  });

  test('a click on an item that went after the popup listed it is answered under that item', async () => {
    const { page, tabId } = await openAnnotated();
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 700 });
    const item = popup.locator('button.item', { hasText: 'not consulted' });
    await expect.poll(() => item.isEnabled()).toBe(true);
    await page.evaluate(() => document.querySelectorAll('#story p')[4]!.remove());
    await item.scrollIntoViewIfNeeded();
    await item.click();
    const note = popup.locator('li:has(button.item:has-text("not consulted")) .item-problem');
    await expect.poll(() => note.innerText()).toBe('This item is no longer on the page.');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-item-problem.png') });
    await popup.close();
    await page.close();
  });
});

describe('single-page navigation', () => {
  test('a pushState to another article removes the old marks and the badge says so', async () => {
    const { page, tabId } = await openAnnotated();
    await page.evaluate(() => (window as unknown as { navigateTo: (n: string) => void }).navigateTo('tram'));
    await expect.poll(() => badge(tabId)).toBe('new');
    expect(await status(tabId)).toMatchObject({ state: 'page-changed' });
    expect(Object.values(await paintedWords(page)).flat()).toEqual([]);
    await expect.poll(() => page.title()).toMatch(/tram/);
    // The popup, opened now, reads the new article.
    const again = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId });
    expect(again).toMatchObject({ ok: true, value: { state: 'annotated', quotes: expect.any(Number) } });
    const items = await expectMarksRight(page, tabId);
    expect(items.article.title).toContain('tram');
    await page.close();
  });

  test('on an always-annotated site, the new article after pushState, and the old one after popstate, are annotated afresh', async () => {
    const origin = server.origin.replace(/:\d+$/, '');
    const on = await sendToRuntimeFrom(control, 'sourcelight/set-site-preference', { origin, alwaysAnnotate: true });
    expect(on.ok).toBe(true);
    try {
      const { page, tabId } = await openAnnotated();
      await page.evaluate(() => (window as unknown as { navigateTo: (n: string) => void }).navigateTo('tram'));
      await expect.poll(async () => (await listed(tabId).catch(() => null))?.article.title ?? '').toMatch(/tram/i);
      await expect.poll(async () => (await status(tabId)).state).toBe('annotated');
      await expectMarksRight(page, tabId);
      const tram = await status(tabId);
      expect(await badge(tabId)).toBe(String(tram.quotes + tram.claims));

      await page.goBack();
      await expect.poll(async () => (await listed(tabId).catch(() => null))?.article.title ?? '').toMatch(/harbour/i);
      await expect.poll(async () => (await status(tabId)).state).toBe('annotated');
      await expectMarksRight(page, tabId);
      await page.close();
    } finally {
      await sendToRuntimeFrom(control, 'sourcelight/set-site-preference', { origin, alwaysAnnotate: false });
    }
  });
});

test('after a back-forward cache restore the badge is back with the marks', async () => {
  const { page, tabId, status: annotated } = await openAnnotated();
  const count = String(annotated.quotes + annotated.claims);
  expect(await badge(tabId)).toBe(count);
  await page.evaluate(() => ((window as unknown as { stayedInCache: boolean }).stayedInCache = true));
  await page.goto(server.url('browser/short-item.html'));
  // A page restored from the cache fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  // Restored from the cache, not loaded again: the page's own state survived.
  await expect.poll(() => page.evaluate(() => (window as unknown as { stayedInCache?: boolean }).stayedInCache)).toBe(true);
  await expectMarksRight(page, tabId);
  await expect.poll(() => badge(tabId)).toBe(count);
  await page.close();
});

describe('the whole session', () => {
  test('logged no console error in pages, extension pages or the service worker', () => {
    expect(session.errors).toEqual([]);
  });
});
