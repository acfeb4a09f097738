import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CardProbe, PageAnnotation, PageStatus } from '../../lib/messages';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import { ARTIFACTS, expectedFor } from '../browser/harness';
import { clickButton, EXTENSION_ORIGIN, highlightSizes, sendToTabFrom, setViewportSize, startTestBed, textOf, type FirefoxTestBed } from './harness';

// The example article in Firefox: annotated through the event page, painted with Firefox's
// Highlight API, the hover card in its shadow root, the popup's lists and the toolbar badge.

const EXAMPLE = 'dev/wsws-nato-troops.html';

let bed: FirefoxTestBed;

beforeAll(async () => {
  bed = await startTestBed();
});

afterAll(async () => {
  await bed?.close();
});

async function openPopupFor(tabId: number): Promise<Page> {
  const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
  await setViewportSize(popup, 360, 600);
  return popup;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name) as `${string}.png` });
}

describe('the example article', () => {
  let article: Page;
  let tabId: number;
  let status: PageStatus;
  let expected: Awaited<ReturnType<typeof expectedFor>>;
  let bodyBefore: string;

  beforeAll(async () => {
    expected = await expectedFor(bed.server, EXAMPLE);
    ({ page: article, tabId } = await bed.openTab(EXAMPLE));
    bodyBefore = await article.evaluate(() => document.body.outerHTML);
    status = await bed.annotate(tabId);
  });

  test('is annotated through the background, with the counts lib gives for its text', () => {
    expect(status).toMatchObject({ state: 'annotated', quotes: expected.quotes.length, claims: expected.claims.length });
    expect(status.timings.extract).toBeGreaterThan(0);
    expect(status.timings.detect).toBeGreaterThan(0);
  });

  test('finds most items in the live page', () => {
    expect(status.anchored).toBeGreaterThanOrEqual(Math.floor(0.9 * (status.quotes + status.claims)));
  });

  test('leaves the page’s own DOM as it was: highlights are painted, not written into it', async () => {
    expect(await article.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
    expect(await article.evaluate(() => document.body.querySelector('mark, [class*="sourcelight"]'))).toBeNull();
  });

  test('paints a highlight range for every anchored item, visible in the page’s own registry', async () => {
    const listed = await sendToTabFrom(bed.control, tabId, 'sourcelight/annotation', null);
    if (!listed.ok || !listed.value) throw new Error('no annotation');
    const anchored = (items: Array<{ anchored: boolean }>): number => items.filter((i) => i.anchored).length;
    const sizes = await highlightSizes(article);
    expect(sizes[HIGHLIGHT.quote]).toBe(anchored(listed.value.quotes));
    expect(sizes[HIGHLIGHT.claim]).toBe(anchored(listed.value.claims));
    expect(sizes[HIGHLIGHT.speaker]).toBeGreaterThan(0);
    expect(anchored(listed.value.quotes) + anchored(listed.value.claims)).toBe(status.anchored);
  });

  test('annotating again reuses the run instead of injecting a second copy', async () => {
    expect(await bed.annotate(tabId)).toEqual(status);
    expect(await article.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length)).toBeLessThanOrEqual(1);
  });

  test('puts the number of quotes and claims on the toolbar badge', async () => {
    const text = await bed.control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(text).toBe(String(status.quotes + status.claims));
  });

  /** The hover card as the content script sees it (its shadow root is closed to the page and to us). */
  const card = async (): Promise<CardProbe> => {
    const probe = await sendToTabFrom(bed.control, tabId, 'sourcelight/test/card', null);
    return probe.ok ? probe.value : null;
  };

  /** A point inside the first painted range of `highlight`, scrolled into view. */
  const pointInside = (highlight: string) =>
    article.evaluate((name) => {
      const range = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      return box ? { x: box.left + Math.min(8, box.width / 2), y: box.top + box.height / 2 } : null;
    }, highlight);

  test('shows a figure’s card with its value and source', async () => {
    const target = await pointInside(HIGHLIGHT.claim);
    expect(target, 'the example article should have a painted figure').not.toBeNull();
    if (!target) return;
    await article.mouse.move(target.x, target.y, { steps: 3 });
    await expect.poll(card).not.toBeNull();
    expect((await card())?.text).toMatch(/Value[\s\S]*Source/);
    await article.mouse.move(1, 1);
    await expect.poll(card).toBeNull();
  });

  test('shows a hover card for the quote under the pointer, inside the viewport, and Escape closes it', async () => {
    const target = await pointInside(HIGHLIGHT.quote);
    expect(target, 'the example article should have a painted quote').not.toBeNull();
    if (!target) return;
    await article.bringToFront();
    await article.mouse.move(target.x, target.y, { steps: 3 });
    await expect.poll(card).not.toBeNull();
    const shown = await card();
    expect(shown?.text).toMatch(/direct quote|indirect quote/i);
    expect(shown?.text).toMatch(/Speaker/);
    const viewport = await article.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    const box = shown?.box;
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
    await screenshot(article, 'firefox-annotated-page.png');
    await article.keyboard.press('Escape');
    await expect.poll(card).toBeNull();
  });

  test('the popup shows the article, its speakers and its figures, and scrolls to an item', async () => {
    const popup = await openPopupFor(tabId);
    expect(await popup.evaluate(() => location.href)).toBe(`${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`);
    const listed = (await sendToTabFrom(bed.control, tabId, 'sourcelight/annotation', null)) as { ok: true; value: PageAnnotation };
    await expect.poll(async () => (await popup.$$('.meta-title')).length).toBe(1);
    expect(await popup.$eval('.meta-title', (e) => (e as HTMLElement).innerText)).toBe(expected.meta.title);
    const counts = await popup.$eval('.counts', (e) => (e as HTMLElement).innerText);
    expect(counts).toContain(`${status.quotes}`);
    expect(counts).toContain(`${status.claims}`);
    expect((await popup.$$('.item')).length).toBe(listed.value.quotes.length + listed.value.claims.length);
    const speakers = new Set(listed.value.quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])));
    const popupText = await popup.evaluate(() => document.body.innerText);
    for (const speaker of speakers) expect(popupText).toContain(speaker);
    await screenshot(popup, 'firefox-popup.png');

    const first = await popup.$('.item:not([disabled])');
    if (first) {
      await first.click();
      await expect.poll(async () => (await highlightSizes(article))[HIGHLIGHT.focus]).toBe(1);
    }
    await popup.close();
  });

  test('the popup removes the highlights and clears the badge, and annotates again on request', async () => {
    const painted = async () => {
      const { [HIGHLIGHT.focus]: _flash, ...sizes } = await highlightSizes(article);
      return sizes;
    };
    const before = await painted();
    const popup = await openPopupFor(tabId);
    await clickButton(popup, 'Remove highlights');
    await expect.poll(() => textOf(popup, '.notice-title')).toBe('Highlights removed.');
    expect(await highlightSizes(article)).toEqual({});
    await expect.poll(() => bed.control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await clickButton(popup, 'Annotate again');
    await expect.poll(async () => (await popup.$$('.meta-title')).length).toBe(1);
    expect(await painted()).toEqual(before);
    await popup.close();
  });
});

describe('the whole session', () => {
  test('made no request beyond 127.0.0.1 and the extension itself', () => {
    expect(bed.session.requests.length).toBeGreaterThan(0);
    const outside = bed.session.requests.filter((url) => !url.startsWith(`${bed.server.origin}/`) && !url.startsWith(`${EXTENSION_ORIGIN}/`));
    expect(outside).toEqual([]);
  });

  test('logged no console error in the pages or the extension’s pages', () => {
    expect(bed.session.errors).toEqual([]);
  });
});

describe('a block quotation without quotation marks', () => {
  test('is marked as the witness’s words, paragraph by paragraph', async () => {
    const { page, tabId } = await bed.openTab('browser/block-quote.html');
    expect((await bed.annotate(tabId)).state).toBe('annotated');
    const listed = await sendToTabFrom(bed.control, tabId, 'sourcelight/annotation', null);
    if (!listed.ok || !listed.value) throw new Error('no annotation');
    const direct = listed.value.quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.text.slice(0, 30), q.speaker?.name, q.anchored])).toEqual([
      ['I reported the cracks in the p', 'Nora Vale', true],
      ['We kept the night crossings ru', 'Nora Vale', true],
    ]);
    await screenshot(page, 'firefox-block-quote.png');
    await page.close();
  });
});
