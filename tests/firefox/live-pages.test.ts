import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PageAnnotation, PageStatus } from '../../lib/messages';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import { sendToTabFrom, startTestBed, type FirefoxTestBed } from './harness';

// Issue #10, part 1 in Firefox: a page that renders its article again, or replaces a node inside
// a quote, after it was annotated. The observer and the ranges live behind Xray wrappers here.

const LIVE = 'browser/live-article.html';

let bed: FirefoxTestBed;

beforeAll(async () => {
  bed = await startTestBed();
});

afterAll(async () => {
  await bed?.close();
});

async function listed(tabId: number): Promise<PageAnnotation> {
  const r = await sendToTabFrom(bed.control, tabId, 'sourcelight/annotation', null);
  if (!r.ok || !r.value) throw new Error('no annotation');
  return r.value;
}

async function status(tabId: number): Promise<PageStatus> {
  const r = await sendToTabFrom(bed.control, tabId, 'sourcelight/status', null);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Painted quote and claim words, from the page's own registry, and the words of the items listed as painted. */
async function marks(page: Awaited<ReturnType<FirefoxTestBed['openTab']>>['page'], tabId: number) {
  const painted = (await page.evaluate(
    (names: string[]) => names.map((k) => [...((CSS.highlights.get(k) as Set<Range> | undefined) ?? [])].map((r) => r.toString().replace(/\s+/g, '')).sort()),
    [HIGHLIGHT.quote, HIGHLIGHT.claim],
  )) as [string[], string[]];
  const items = await listed(tabId);
  const words = (list: Array<{ text: string; anchored: boolean }>): string[] =>
    list
      .filter((i) => i.anchored)
      .map((i) => i.text.replace(/\s+/g, ''))
      .sort();
  return { painted, expected: [words(items.quotes), words(items.claims)], items };
}

test('an article rendered again into new nodes: every mark is found again on the same words', async () => {
  const { page, tabId } = await bed.openTab(LIVE);
  const before = await bed.annotate(tabId);
  expect(before).toMatchObject({ state: 'annotated', quotes: 6, claims: 4 });
  await page.evaluate(() => (window as unknown as { rerender: () => void }).rerender());
  await expect.poll(async () => (await status(tabId)).anchored).toBe(before.anchored);
  const { painted, expected } = await marks(page, tabId);
  expect(painted).toEqual(expected);
  expect(painted[0]).toHaveLength(before.quotes);
  await page.close();
});

test('a node replaced inside a quote: the quote comes off and is reported, never painted over the new words', async () => {
  const { page, tabId } = await bed.openTab(LIVE);
  const before = await bed.annotate(tabId);
  await page.evaluate(() => (window as unknown as { replaceInQuote: () => string }).replaceInQuote());
  await expect.poll(async () => (await status(tabId)).lost).toBe(1);
  const { painted, expected, items } = await marks(page, tabId);
  expect(painted).toEqual(expected);
  expect(painted[0]!.some((w) => w.includes('consultedateverystage'))).toBe(false);
  expect(items.quotes.find((q) => q.text.includes('not consulted'))).toMatchObject({ anchored: false });
  expect((await status(tabId)).anchored).toBe(before.anchored - 1);
  await page.close();
});

test('paragraphs appended ("read more"): their quote and figure are painted on their words and listed, in the open popup too', async () => {
  const { page, tabId } = await bed.openTab(LIVE);
  const before = await bed.annotate(tabId);
  const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
  const listedInPopup = (): Promise<string[]> => popup.$$eval('button.item', (buttons) => buttons.map((b) => b.textContent ?? ''));
  await expect.poll(async () => (await listedInPopup()).length).toBe(before.quotes + before.claims);
  await page.evaluate(() => (window as unknown as { appendParagraphs: () => void }).appendParagraphs());
  await expect.poll(async () => (await status(tabId)).anchored, { timeout: 30_000 }).toBe(before.anchored + 2);
  const { painted, expected, items } = await marks(page, tabId);
  expect(painted).toEqual(expected);
  expect(items.quotes.at(-1)).toMatchObject({ text: 'Every resident will have a say before the first stone is laid', speaker: { name: 'Maria Okafor' }, anchored: true });
  expect(items.claims.at(-1)).toMatchObject({ text: '40', anchored: true });
  await expect.poll(async () => (await listedInPopup()).filter((text) => text.includes('Every resident will have a say')).length).toBe(1);
  await popup.close();
  await page.close();
});
