import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageAnnotation } from '../../lib/messages';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import { LIST_PAGE } from '../../lib/view/list-window';
import { serveDirectory, type DirectoryServer } from '../../scripts/support/serve-directory';
import { ARTIFACTS, launchExtension, saveScreenshot, sendToTabFrom, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

// The popup on a real article (the example: 38 items) and on pages made to break it: words wider
// than the popup, emoji at the cut, right-to-left overrides, 50,000 items.

const EXAMPLE = 'dev/wsws-nato-troops.html';
const POPUP_WIDTH = 360;

let fixtures: FixtureServer;
/** Pages this file writes (hostile and huge), served from a temporary directory. */
let made: DirectoryServer;
let madeDir: string;
let session: ExtensionSession;
let control: Page;

const paragraph = (text: string): string => `<p>${text}</p>`;
const article = (title: string, paragraphs: string[]): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.join('\n')}</article></body></html>`;

const LONG_WORD = 'Llanfairpwllgwyngyll'.repeat(8);
const HOSTILE = article('A page that tries to break the popup', [
  paragraph(`The minister said, "The word ${LONG_WORD} is longer than any popup is wide," adding that 40,000 people live there.`),
  paragraph(`Ann Lee said, "${'🇫🇷👨‍👩‍👧😀 '.repeat(60)}the end."`),
  paragraph('Bo Kim said, "Left \u202Ethis part is reversed\u202C and right," in a statement on 12,000 votes.'),
  ...Array.from({ length: 12 }, (_, i) => paragraph(`The council counted ${(i + 2) * 1000} ballots in ward ${i + 1} on Tuesday, officials said.`)),
]);

/** 50,000 figures: two in each of 25,000 paragraphs. */
const HUGE = article(
  'Fifty thousand figures',
  Array.from({ length: 25_000 }, (_, i) => paragraph(`In district ${i + 1}, inspectors counted ${1_000 + i} homes and ${2_000 + i} shops last year.`)),
);

beforeAll(async () => {
  madeDir = await mkdtemp(join(tmpdir(), 'sourcelight-popup-'));
  await writeFile(join(madeDir, 'hostile.html'), HOSTILE);
  await writeFile(join(madeDir, 'huge.html'), HUGE);
  fixtures = await serveFixtures();
  made = await serveDirectory(madeDir);
  session = await launchExtension();
  control = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await fixtures?.close();
  await made?.close();
  if (madeDir) await rm(madeDir, { recursive: true, force: true });
});

async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(control, url) };
}

/** The popup page for `tabId`, at the toolbar popup's width; it annotates the tab as the toolbar button does. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  return popup;
}

const painted = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() =>
    Object.fromEntries([...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-') && k !== 'sourcelight-focus').map((k) => [k, CSS.highlights.get(k)?.size ?? 0])),
  );

/** The ::highlight() rules in force on the page (our sheet is in the page's adoptedStyleSheets). */
const styledMarks = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).flatMap((rule) => /::highlight\((sourcelight-[a-z]+)\)/.exec(rule)?.[1] ?? []),
  );

/** The popup's viewport with `top` scrolled to its top (below the sticky filter bar), as a README screenshot. */
async function saveScrolledScreenshot(popup: Page, name: string, top: string): Promise<void> {
  await popup
    .locator(top)
    .first()
    .evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      const bar = document.querySelector('.controls')?.getBoundingClientRect();
      if (bar && bar.top <= 0 && el.getBoundingClientRect().top < bar.bottom) window.scrollBy(0, -bar.height - 8);
    });
  await saveScreenshot(popup, name, { readme: true });
}

const itemTexts = (popup: Page): Promise<string[]> => popup.locator('.item-text').allInnerTexts();

describe('the popup on the example article', () => {
  let page: Page;
  let tabId: number;
  let popup: Page;
  let listed: PageAnnotation;

  beforeAll(async () => {
    ({ page, tabId } = await openTab(fixtures.url(EXAMPLE)));
    popup = await openPopup(tabId);
    await popup.locator('.meta-title').waitFor({ timeout: 60_000 });
    const answer = await sendToTabFrom(control, tabId, 'sourcelight/annotation', null);
    if (!answer.ok || !answer.value) throw new Error('no annotation');
    listed = answer.value;
  });

  test('groups speakers, gives each heading its count, and shows a role the article gives', async () => {
    const headings = await popup.locator('[aria-label="Who is speaking"] .group-toggle').allInnerTexts();
    const counted = headings.map((h) => Number(/(\d+)$/.exec(h)?.[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(listed.quotes.length);
    expect(await popup.locator('.group-role').allInnerTexts()).toContain('Slovak Prime Minister');
    const figureHeadings = await popup.locator('[aria-label="Whose numbers"] .group-toggle').allInnerTexts();
    expect(figureHeadings.some((h) => h.startsWith('Volodymyr Zelensky'))).toBe(true);
    expect(await popup.locator('.legend').innerText()).toContain('quote');
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 760 });
    await saveScrolledScreenshot(popup, 'popup-lists.png', '.counts');
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  });

  test('the first page marked shows a one-line legend of the marks at its foot', async () => {
    const legend = async () => {
      const probe = await sendToTabFrom(control, tabId, 'sourcelight/test/legend', null);
      return probe.ok ? probe.value : null;
    };
    await expect.poll(legend).toContain('Got it');
    expect(await legend()).toMatch(/^quote\s*reported\s*speaker\s*figure/);
    await saveScreenshot(page, 'page-legend.png', { readme: true });
  });

  test('the filter box narrows both lists as the reader types', async () => {
    const all = (await itemTexts(popup)).length;
    await popup.getByRole('searchbox', { name: 'Filter quotes and figures' }).fill('zelensky');
    await expect.poll(async () => (await itemTexts(popup)).length).toBeLessThan(all);
    const kept = await itemTexts(popup);
    expect(kept.length).toBeGreaterThan(0);
    const zelensky = listed.quotes.filter((q) => q.speaker?.name.includes('Zelensky')).length + listed.claims.filter((c) => c.source?.includes('Zelensky')).length;
    expect(kept.length).toBeGreaterThanOrEqual(zelensky);
    await popup.getByRole('searchbox', { name: 'Filter quotes and figures' }).fill('');
    await expect.poll(async () => (await itemTexts(popup)).length).toBe(all);
  });

  test('a speaker collapses to its heading', async () => {
    const first = popup.locator('[aria-label="Who is speaking"] .group-toggle').first();
    const before = (await itemTexts(popup)).length;
    await first.click();
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('false');
    expect((await itemTexts(popup)).length).toBeLessThan(before);
    await first.click();
    await expect.poll(async () => (await itemTexts(popup)).length).toBe(before);
  });

  test('hiding figures hides them in the popup and on the page, and showing them brings them back', async () => {
    expect(await styledMarks(page)).toEqual(expect.arrayContaining([HIGHLIGHT.quote, HIGHLIGHT.speaker, HIGHLIGHT.claim]));
    await popup.getByRole('checkbox', { name: 'Figures' }).uncheck();
    await expect.poll(() => styledMarks(page)).not.toContain(HIGHLIGHT.claim);
    expect(await styledMarks(page)).toContain(HIGHLIGHT.quote);
    expect(await popup.locator('[aria-label="Whose numbers"]').count()).toBe(0);
    // The ranges stay registered, unstyled: showing them again needs no new run.
    expect((await painted(page))[HIGHLIGHT.claim]).toBeGreaterThan(0);
    const reopened = await openPopup(tabId);
    await expect.poll(() => reopened.getByRole('checkbox', { name: 'Figures' }).isChecked()).toBe(false);
    await reopened.close();
    await popup.getByRole('checkbox', { name: 'Figures' }).check();
    await expect.poll(() => styledMarks(page)).toContain(HIGHLIGHT.claim);
  });

  test('“Remove highlights” sticks: reopening the popup does not paint the page again until asked', async () => {
    await popup.getByRole('button', { name: 'Remove highlights' }).click();
    await expect.poll(() => painted(page)).toEqual({});
    await popup.close();
    popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('.notice-title').innerText()).toBe('Highlights removed.');
    expect(await painted(page)).toEqual({});
    await popup.getByRole('button', { name: 'Annotate again' }).click();
    await expect.poll(() => popup.locator('.meta-title').count()).toBe(1);
    expect(Object.keys(await painted(page)).length).toBeGreaterThan(0);
  });
});

describe('pages made to break the popup', () => {
  test('long words wrap, emoji are never cut in half, and right-to-left overrides stay inside their item', async () => {
    const { tabId } = await openTab(made.url('hostile.html'));
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('.item').count()).toBeGreaterThan(3);
    // The legend is for the first page marked only.
    expect(await sendToTabFrom(control, tabId, 'sourcelight/test/legend', null)).toEqual({ ok: true, value: null });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(POPUP_WIDTH);
    const texts = await itemTexts(popup);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(texts.filter((t) => loneSurrogate.test(t))).toEqual([]);
    expect(texts.some((t) => t.includes('…'))).toBe(true);
    // The override is isolated in its <bdi>: the item's own words after it keep their direction.
    const reversed = popup.locator('.item-text bdi', { hasText: 'this part is reversed' });
    expect(await reversed.count()).toBeGreaterThan(0);
    expect(await reversed.first().evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-hostile.png'), fullPage: true });
    await popup.close();
  });

  test('a page of 50,000 figures: the popup lists one bounded page of them and can remove the highlights', async () => {
    const { page, tabId } = await openTab(made.url('huge.html'));
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('.meta-title').count(), { timeout: 150_000 }).toBe(1);
    const answer = await sendToTabFrom(control, tabId, 'sourcelight/annotation', null);
    if (!answer.ok || !answer.value) throw new Error('no annotation');
    const { totals, claims, quotes } = answer.value;
    expect(claims.length + quotes.length).toBeLessThanOrEqual(2 * LIST_PAGE);
    expect(JSON.stringify(answer.value).length).toBeLessThan(16 * 1024 * 1024);
    const items = await popup.locator('.item').count();
    expect(items).toBe(claims.length + quotes.length);
    // However many of the 50,000 the page's own budget lets through, it is more than one answer lists.
    expect(totals!.claims).toBeGreaterThan(claims.length);
    expect(await popup.locator('.more').innerText()).toContain(`of ${(totals!.claims + totals!.quotes).toLocaleString('en')} items`);
    await popup.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => popup.locator('.item').count()).toBe(items + LIST_PAGE);
    await popup.getByRole('button', { name: 'Remove highlights' }).click();
    await expect.poll(() => painted(page)).toEqual({});
    await popup.close();
  });
});

describe('corrections', () => {
  test('a wrong speaker and a figure that is none: shown as corrected, applied again when the page is annotated afresh, exported as gold', async () => {
    const { page, tabId } = await openTab(fixtures.url(EXAMPLE));
    let popup = await openPopup(tabId);
    await popup.locator('.meta-title').waitFor({ timeout: 60_000 });
    const before = await painted(page);
    const quotes = popup.locator('[aria-label="Who is speaking"] .item-row');
    const firstQuote = (await quotes.first().locator('.item-text').innerText()).trim();
    await quotes.first().getByRole('button', { name: 'Correct this quote' }).click();
    await quotes.first().getByRole('button', { name: 'Wrong speaker →' }).click();
    await quotes.first().getByRole('combobox', { name: 'Who said it' }).fill('Jens Stoltenberg');
    await quotes.first().getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.corrected-note').count()).toBe(1);
    expect(await popup.locator('.group-label', { hasText: 'Jens Stoltenberg' }).count()).toBe(1);

    const figure = popup.locator('[aria-label="Whose numbers"] .item-row').first();
    const figureText = await figure.locator('.item-figure').innerText();
    await figure.getByRole('button', { name: 'Correct this figure' }).click();
    await figure.getByRole('button', { name: 'Not a figure' }).click();
    await expect.poll(() => popup.locator('.corrected-note').count()).toBe(2);
    await expect.poll(async () => (await painted(page))[HIGHLIGHT.claim]).toBe(before[HIGHLIGHT.claim]! - 1);
    await quotes.nth(1).getByRole('button', { name: 'Correct this quote' }).click();
    await quotes.nth(1).getByRole('button', { name: 'Wrong speaker →' }).click();
    await saveScrolledScreenshot(popup, 'popup-correction.png', '[aria-label="Who is speaking"]');
    await quotes.nth(1).getByRole('button', { name: 'Correct this quote' }).click();
    await popup.close();

    // A fresh page: a new content script, a new run; the corrections come from the store.
    await page.reload();
    popup = await openPopup(tabId);
    await popup.locator('.meta-title').waitFor({ timeout: 60_000 });
    await expect.poll(() => popup.locator('.corrected-note').count()).toBe(2);
    expect(await popup.locator('.item-corrected .item-text').allInnerTexts()).toEqual(expect.arrayContaining([firstQuote]));
    expect((await painted(page))[HIGHLIGHT.claim]).toBe(before[HIGHLIGHT.claim]! - 1);

    const gold = await sendToTabFrom(control, tabId, 'sourcelight/corrections/gold', null);
    if (!gold.ok) throw new Error(gold.error);
    expect(gold.value.corrections).toBe(2);
    expect(gold.value.quotes.filter((q) => q.corrected).map((q) => q.speaker)).toEqual(['Jens Stoltenberg']);
    expect(gold.value.excluded.map((e) => [e.item, e.text])).toEqual([['claim', figureText]]);

    // Undo: the figure is a figure again, painted and listed as detected.
    await popup.locator('.item-corrected', { hasText: figureText }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.locator('.corrected-note').count()).toBe(1);
    await expect.poll(async () => (await painted(page))[HIGHLIGHT.claim]).toBe(before[HIGHLIGHT.claim]);
    await popup.close();
  });
});

describe('corrections from the hover card', () => {
  test('Alt+Shift+C on a figure’s card offers its corrections; Enter on “Not a figure” unpaints it and the popup lists it corrected', async () => {
    const { page, tabId } = await openTab(fixtures.url(EXAMPLE));
    const popup = await openPopup(tabId);
    await popup.locator('.meta-title').waitFor({ timeout: 60_000 });
    const correctedBefore = await popup.locator('.corrected-note').count();
    await popup.close();
    const before = await painted(page);
    const card = async () => {
      const probe = await sendToTabFrom(control, tabId, 'sourcelight/test/card', null);
      return probe.ok ? probe.value : null;
    };
    const point = await page.evaluate((name) => {
      const range = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range?.getClientRects()[0];
      return box ? { x: box.left + Math.min(4, box.width / 2), y: box.top + box.height / 2 } : null;
    }, HIGHLIGHT.claim);
    if (!point) throw new Error('no painted figure');
    await page.bringToFront();
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(async () => (await card())?.text ?? '').toContain('Alt+Shift+C to correct');
    await page.keyboard.press('Alt+Shift+C');
    await expect.poll(async () => (await card())?.text ?? '').toContain('Not a figure');
    await saveScreenshot(page, 'card-correction.png', { readme: true });
    // The card stays while the pointer leaves the figure: the reader is using it.
    await page.mouse.move(point.x + 400, point.y + 300, { steps: 3 });
    expect((await card())?.text).toContain('Not a figure');
    await expect.poll(async () => (await card())?.focused ?? '').toContain('Not a figure');
    await page.keyboard.press('Enter');
    await expect.poll(card).toBeNull();
    await expect.poll(async () => (await painted(page))[HIGHLIGHT.claim]).toBe(before[HIGHLIGHT.claim]! - 1);
    const reopened = await openPopup(tabId);
    await expect.poll(() => reopened.locator('.corrected-note').count()).toBe(correctedBefore + 1);
    await reopened.close();
  });
});

describe('the whole session', () => {
  test('logged no console error', () => {
    expect(session.errors).toEqual([]);
  });
});
