import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CardProbe, PageAnnotation, PageStatus } from '../../lib/messages';
import { cannotRun } from '../../lib/background/scriptable';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import {
  ARTIFACTS,
  expectedFor,
  launchExtension,
  sendToRuntimeFrom,
  overlayHosts,
  saveScreenshot,
  sendToTabFrom,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

const EXAMPLE = 'dev/wsws-nato-troops.html';
const NOT_ARTICLE = 'browser/not-article.html';
const SHORT_ITEM = 'browser/short-item.html';
const BLOCK_QUOTE = 'browser/block-quote.html';

let server: FixtureServer;
let session: ExtensionSession;
/** An extension page that plays the popup's part: it sends what the popup sends. */
let control: Page;

async function openTab(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  return { page, tabId: await tabIdOf(control, server.url(path)) };
}

async function annotate(tabId: number): Promise<PageStatus> {
  const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The number of ranges in each of our highlights, read from the page's own (main-world) registry. */
function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')).map((k) => [k, CSS.highlights.get(k)?.size ?? 0])));
}

async function openPopupFor(tabId: number): Promise<Page> {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 360, height: 600 });
  return popup;
}

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchExtension();
  control = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the example article', () => {
  let article: Page;
  let tabId: number;
  let status: PageStatus;
  let expected: Awaited<ReturnType<typeof expectedFor>>;
  let bodyBefore: string;
  /** Wall-clock milliseconds of the whole annotate round trip, as the test saw it. */
  let roundTripMs: number;

  beforeAll(async () => {
    expected = await expectedFor(server, EXAMPLE);
    ({ page: article, tabId } = await openTab(EXAMPLE));
    bodyBefore = await article.evaluate(() => document.body.outerHTML);
    const began = performance.now();
    status = await annotate(tabId);
    roundTripMs = performance.now() - began;
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'example-status.json'), `${JSON.stringify(status, null, 2)}\n`);
  });

  test('is annotated through the background, with the counts lib gives for its text', () => {
    expect(status).toMatchObject({ state: 'annotated', quotes: expected.quotes.length, claims: expected.claims.length });
    expect(status.anchored).toBeLessThanOrEqual(status.quotes + status.claims);
    // Stage timings are real measurements: extraction and detection did work, and no stage (nor
    // their sum) took longer than the whole round trip that contained them.
    const { extract, detect, anchor, paint } = status.timings;
    expect(extract).toBeGreaterThan(0);
    expect(detect).toBeGreaterThan(0);
    expect(Math.min(anchor, paint)).toBeGreaterThanOrEqual(0);
    expect(extract + detect + anchor + paint).toBeLessThanOrEqual(roundTripMs);
  });

  test('leaves the page’s own DOM as it was: highlights are painted, not written into it', async () => {
    expect(await article.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
    expect(await article.evaluate(() => document.body.querySelector('mark, [class*="sourcelight"]'))).toBeNull();
  });

  test('finds most items in the live page', () => {
    expect(status.anchored).toBeGreaterThanOrEqual(Math.floor(0.9 * (status.quotes + status.claims)));
  });

  test('paints a highlight range for every anchored item, visible in the page registry', async () => {
    const listed = await sendToTabFrom(control, tabId, 'sourcelight/annotation', null);
    if (!listed.ok || !listed.value) throw new Error('no annotation');
    const anchored = (items: Array<{ anchored: boolean }>): number => items.filter((i) => i.anchored).length;
    const sizes = await highlightSizes(article);
    expect(sizes[HIGHLIGHT.quote]).toBe(anchored(listed.value.quotes));
    expect(sizes[HIGHLIGHT.claim]).toBe(anchored(listed.value.claims));
    expect(sizes[HIGHLIGHT.speaker]).toBeLessThanOrEqual(listed.value.quotes.length);
    expect(anchored(listed.value.quotes) + anchored(listed.value.claims)).toBe(status.anchored);
  });

  test('annotating again reuses the run instead of injecting a second copy', async () => {
    const again = await annotate(tabId);
    expect(again).toEqual(status);
    expect(await overlayHosts(article)).toBeLessThanOrEqual(1);
  });

  test('puts the number of quotes and claims on the toolbar badge', async () => {
    const text = await control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const count = status.quotes + status.claims;
    expect(text).toBe(count > 0 ? String(count) : '');
    // The manifest names its tooltip by message (__MSG_actionTitle__): the browser gives its words.
    expect(await control.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe('Annotate this article (Sourcelight)');
  });

  test('a second injection replaces the first cleanly: repainted once, one overlay at most', async () => {
    const before = await highlightSizes(article);
    await control.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }), tabId);
    await expect.poll(async () => (await sendToTabFrom(control, tabId, 'sourcelight/status', null)).ok && (await highlightSizes(article))).toEqual(before);
    expect(await overlayHosts(article)).toBeLessThanOrEqual(1);
  });

  /** The hover card as the content script sees it (its shadow root is closed to the page and to us). */
  const card = async (): Promise<CardProbe> => {
    const probe = await sendToTabFrom(control, tabId, 'sourcelight/test/card', null);
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

  test('shows a hover card for the quote under the pointer, and Escape closes it', async () => {
    const target = await pointInside(HIGHLIGHT.quote);
    expect(target, 'the example article should have a painted quote').not.toBeNull();
    if (!target) return;
    await article.bringToFront();
    await article.mouse.move(target.x, target.y, { steps: 3 });
    await expect.poll(card).not.toBeNull();
    const shown = await card();
    expect(shown?.text).toMatch(/direct quote|indirect quote/i);
    expect(shown?.text).toMatch(/Speaker/);
    const box = shown?.box;
    const viewport = article.viewportSize();
    expect(box && viewport && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
    await saveScreenshot(article, 'annotated-page.png', { readme: true });
    await article.keyboard.press('Escape');
    await expect.poll(card).toBeNull();
  });

  test('the popup shows the article, its speakers and its figures, and scrolls to an item', async () => {
    const popup = await openPopupFor(tabId);
    const listed = (await sendToTabFrom(control, tabId, 'sourcelight/annotation', null)) as { ok: true; value: PageAnnotation };
    await expect.poll(() => popup.locator('.meta-title').count()).toBe(1);
    expect(await popup.locator('.meta-title').innerText()).toBe(expected.meta.title);
    if (expected.meta.byline) expect(await popup.locator('.meta-details').innerText()).toContain(expected.meta.byline);
    const counts = await popup.locator('.counts').innerText();
    expect(counts).toContain(`${status.quotes}`);
    expect(counts).toContain(`${status.claims}`);
    expect(await popup.locator('.item').count()).toBe(listed.value.quotes.length + listed.value.claims.length);
    await saveScreenshot(popup, 'popup.png', { readme: true });
    await popup
      .locator('.section')
      .nth(1)
      .evaluate((figures) => figures.scrollIntoView());
    await saveScreenshot(popup, 'popup-figures.png');

    const first = popup.locator('.item:not([disabled])').first();
    if ((await first.count()) > 0) {
      await first.click();
      await expect.poll(async () => (await highlightSizes(article))[HIGHLIGHT.focus]).toBe(1);
    }
    await popup.close();
  });

  test('the popup removes the highlights, and annotates again on request', async () => {
    const painted = async () => {
      const { [HIGHLIGHT.focus]: _flash, ...sizes } = await highlightSizes(article);
      return sizes;
    };
    const before = await painted();
    const popup = await openPopupFor(tabId);
    await popup.getByRole('button', { name: 'Remove highlights' }).click();
    await expect.poll(() => popup.locator('.notice-title').innerText()).toBe('Highlights removed.');
    expect(await highlightSizes(article)).toEqual({});
    await expect.poll(() => control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await popup.getByRole('button', { name: 'Annotate again' }).click();
    await expect.poll(() => popup.locator('.meta-title').count()).toBe(1);
    expect(await painted()).toEqual(before);
    await popup.close();
  });
});

describe('pages Sourcelight cannot annotate', () => {
  test('a page that is not an article gets the not-article state, in the popup too', async () => {
    const { page, tabId } = await openTab(NOT_ARTICLE);
    expect(await annotate(tabId)).toMatchObject({ state: 'not-article', quotes: 0, claims: 0 });
    expect(await highlightSizes(page)).toEqual({});
    const popup = await openPopupFor(tabId);
    await expect.poll(() => popup.locator('.notice-title').innerText()).toBe("This page doesn't look like an article.");
    await saveScreenshot(popup, 'popup-not-article.png');
    await popup.close();
    await page.close();
  });

  test('a page too short to pass as an article is read when the user asks for it anyway', async () => {
    const { page, tabId } = await openTab(SHORT_ITEM);
    const popup = await openPopupFor(tabId);
    await expect.poll(() => popup.locator('.notice-title').innerText()).toBe("This page doesn't look like an article.");
    await popup.getByRole('button', { name: 'Annotate it anyway' }).click();
    await expect.poll(() => popup.locator('.meta-title').count()).toBe(1);
    expect(await popup.locator('.meta-title').innerText()).toBe('Flood warning lifted');
    const status = await sendToTabFrom(control, tabId, 'sourcelight/status', null);
    expect(status).toMatchObject({ ok: true, value: { state: 'annotated' } });
    await popup.close();
    await page.close();
  });

  test('a block quotation without quotation marks is marked as the witness’s words, paragraph by paragraph', async () => {
    const { page, tabId } = await openTab(BLOCK_QUOTE);
    const status = await annotate(tabId);
    expect(status.state).toBe('annotated');
    const direct = await page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim()), HIGHLIGHT.direct);
    expect(direct).toEqual([expect.stringMatching(/^I reported the cracks in the pier twice/), expect.stringMatching(/^We kept the night crossings running/)]);
    const listed = await sendToTabFrom(control, tabId, 'sourcelight/annotation', null);
    const speakers = listed.ok && listed.value ? listed.value.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name) : [];
    expect(speakers).toEqual(['Nora Vale', 'Nora Vale']);
    await saveScreenshot(page, 'block-quote.png');
    await page.close();
  });

  test('a browser page gets a clear error result, not a throw', async () => {
    // Opened by the extension: chrome:// tabs cannot be found by URL without the tabs permission.
    const tabId = await control.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version', active: false })).id as number);
    expect(await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId })).toEqual({ ok: false, error: cannotRun() });
    const popup = await openPopupFor(tabId);
    await expect.poll(() => popup.locator('.notice-title').innerText()).toBe(cannotRun());
    await saveScreenshot(popup, 'popup-cannot-run.png');
    await popup.close();
    await control.evaluate((id) => chrome.tabs.remove(id), tabId);
  });
});

describe('always annotate on this site', () => {
  test('registers the content script for the origin, annotates the next visit, and turns off', async () => {
    const { page, tabId } = await openTab(EXAMPLE);
    await annotate(tabId);
    const popup = await openPopupFor(tabId);
    const toggle = popup.locator('.site-toggle');
    await expect.poll(() => toggle.innerText()).toMatch(/^Always annotate on 127\.0\.0\.1/);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const registered = () => control.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
    // The site is its host on any port: Firefox's match patterns cannot name a port.
    expect(await registered()).toEqual([['http://127.0.0.1/*']]);

    // A fresh visit is annotated by the registration alone, with no message from the popup.
    const visit = await openTab(EXAMPLE);
    await expect
      .poll(async () => {
        const r = await sendToTabFrom(control, visit.tabId, 'sourcelight/status', null);
        return r.ok ? r.value.state : 'no content script';
      })
      .toBe('annotated');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await registered()).toEqual([]);
    await Promise.all([popup.close(), page.close(), visit.page.close()]);
  });
});

describe('the whole session', () => {
  test('made no request beyond 127.0.0.1 and the extension itself', () => {
    const outside = session.requests.filter(
      (url) => !url.startsWith(`${server.origin}/`) && !url.startsWith(`chrome-extension://${session.extensionId}/`) && !url.startsWith('chrome://'),
    );
    expect(outside).toEqual([]);
  });

  test('logged no console error in pages, extension pages or the service worker', () => {
    expect(session.errors).toEqual([]);
  });
});
