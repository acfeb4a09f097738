import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CardProbe } from '../../lib/messages';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import { NOTE_HIGHLIGHT } from '../../lib/paint/note-highlights';
import type { ItemRecord } from '../../lib/store/schema';
import { launchExtension, overlayTree, saveScreenshot, sendToRuntimeFrom, sendToTabFrom, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

// "Keep" where the reader meets an item (issue #8): a quote kept from the hover card on the page, a
// figure kept from the popup's list; both in the store and the side panel, shown kept in all three
// places, kept once however often; Undo, in the popup and in the card, takes each out again.

const EXAMPLE = 'dev/wsws-nato-troops.html';

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

/** The example article in a new tab, annotated; what the store keeps of it, and its card as the reader sees it. */
async function openAnnotatedExample(): Promise<{ article: Page; tabId: number; kept: () => Promise<ItemRecord[]>; card: () => Promise<CardProbe> }> {
  const article = await session.context.newPage();
  await article.setViewportSize({ width: 1000, height: 700 });
  await article.goto(server.url(EXAMPLE));
  const tabId = await tabIdOf(control, server.url(EXAMPLE));
  const annotated = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId });
  if (!annotated.ok) throw new Error(annotated.error);
  const canonicalUrl = await article.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? null);
  const kept = async (): Promise<ItemRecord[]> => {
    const listed = await sendToRuntimeFrom(control, 'sourcelight/notes/page', { url: server.url(EXAMPLE), canonicalUrl });
    if (!listed.ok) throw new Error(listed.error);
    return listed.value.items;
  };
  const card = async (): Promise<CardProbe> => {
    const probe = await sendToTabFrom(control, tabId, 'sourcelight/test/card', null);
    return probe.ok ? probe.value : null;
  };
  return { article, tabId, kept, card };
}

test('a quote kept from the hover card and a figure from the popup are stored once, shown kept everywhere, and Undo takes each out', async () => {
  const { article, tabId, kept, card } = await openAnnotatedExample();
  const quoteMark = () =>
    article.evaluate((name) => {
      const range = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range?.getClientRects()[0];
      return box ? { x: box.left + Math.min(8, box.width / 2), y: box.top + box.height / 2, text: range!.toString() } : null;
    }, HIGHLIGHT.quote);

  // The hover card: rest on the first quote, then take the pointer to the card's Keep.
  await article.bringToFront();
  const mark = await quoteMark();
  if (!mark) throw new Error('the example article should have a painted quote');
  await article.mouse.move(1, 1);
  await article.mouse.move(mark.x, mark.y, { steps: 3 });
  await expect.poll(async () => (await card())?.text ?? '').toContain('Keep');
  await saveScreenshot(article, 'card-keep.png', { readme: true });
  const overlay = await overlayTree(article);
  await overlay.click('.card .keep button');
  await expect.poll(async () => (await card())?.text ?? '').toContain('Kept ✓');
  await expect.poll(async () => (await kept()).length).toBe(1);
  const [quote] = await kept();
  expect(quote).toMatchObject({ kind: 'quote', target: { kind: 'passage' } });
  expect(mark.text).toContain(quote!.text.slice(0, 20));
  expect(quote!.target.kind === 'passage' && quote!.target.selectors[0].exact).toBe(mark.text);
  expect(typeof quote!.speaker).toBe('string');
  await expect.poll(() => article.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, NOTE_HIGHLIGHT.kept)).toBe(1);
  await article.mouse.move(1, 1);
  await expect.poll(card).toBeNull();

  // The popup: the quote kept in the card shows kept there; keep the first figure of the list.
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 360, height: 600 });
  await expect.poll(() => popup.locator('.item-row').count()).toBeGreaterThan(1);
  await expect.poll(() => popup.locator('.keep.is-kept').count()).toBe(1);
  const figureRow = popup
    .locator('.item-row')
    .filter({ has: popup.locator('.item-claim') })
    .first();
  await figureRow.getByRole('button', { name: 'Keep' }).click();
  await expect.poll(() => figureRow.locator('.keep').textContent()).toBe('Kept ✓Undo');
  await expect.poll(async () => (await kept()).length).toBe(2);
  const figure = (await kept()).find((item) => item.kind === 'claim')!;
  expect(figure).toMatchObject({ kind: 'claim', target: { kind: 'passage' } });
  expect(await figureRow.locator('.item-figure').textContent()).toContain(figure.text);

  // Keeping again (the side panel's path, the same message) answers the same record: no duplicate.
  const listed = await sendToTabFrom(control, tabId, 'sourcelight/annotation', null);
  if (!listed.ok || !listed.value) throw new Error('no listing');
  const keptQuote = listed.value.quotes.findIndex((q) => q.kept === quote!.id);
  expect(keptQuote).toBeGreaterThanOrEqual(0);
  const keptAgain = await sendToTabFrom(control, tabId, 'sourcelight/notes/keep-detected', { kind: 'quote', index: keptQuote });
  expect(keptAgain.ok && keptAgain.value.id).toBe(quote!.id);
  expect((await kept()).length).toBe(2);

  await popup.evaluate(() => document.querySelector('.keep.is-kept')?.closest('.item-row')?.scrollIntoView({ block: 'center' }));
  await saveScreenshot(popup, 'popup-keep.png', { readme: true });

  // The side panel lists both, and its list of the page's items shows them kept.
  const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await expect.poll(() => panel.getByRole('heading', { name: 'Kept from this page (2)' }).count()).toBe(1);
  await expect.poll(() => panel.locator('.detected .keep.is-kept').count()).toBe(2);

  // Undo in the popup takes the figure out; the panel follows.
  await figureRow.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => figureRow.locator('.keep').textContent()).toBe('Keep');
  await expect.poll(async () => (await kept()).map((item) => item.kind)).toEqual(['quote']);
  await expect.poll(() => panel.getByRole('heading', { name: 'Kept from this page (1)' }).count()).toBe(1);

  // Keep after Undo brings back the same record, not a new one; Undo again.
  await figureRow.getByRole('button', { name: 'Keep' }).click();
  await expect.poll(() => figureRow.locator('.keep').textContent()).toBe('Kept ✓Undo');
  await expect.poll(async () => (await kept()).find((item) => item.kind === 'claim')?.id).toBe(figure.id);
  expect((await kept()).find((item) => item.kind === 'claim')?.created).toBe(figure.created);
  await figureRow.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await kept()).map((item) => item.kind)).toEqual(['quote']);

  // Undo in the card: the card opened again knows the quote is kept.
  await article.bringToFront();
  const markAgain = await quoteMark();
  await article.mouse.move(markAgain!.x, markAgain!.y, { steps: 3 });
  await expect.poll(async () => (await card())?.text ?? '').toContain('Kept ✓');
  await overlay.click('.card .keep button');
  await expect.poll(async () => (await card())?.text ?? '').toMatch(/Keep(?! ✓)/);
  await expect.poll(async () => (await kept()).length).toBe(0);
  await expect.poll(() => panel.getByRole('heading', { name: 'Kept from this page (0)' }).count()).toBe(1);
  await expect.poll(() => article.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, NOTE_HIGHLIGHT.kept)).toBe(0);
  expect(session.errors).toEqual([]);
});

test('from the keyboard: in a card held open with Alt+Shift+C, Shift+Tab reaches Keep, Enter keeps, Enter again undoes', async () => {
  const { article, kept, card: probe } = await openAnnotatedExample();
  const keptCount = async (): Promise<number> => (await kept()).length;
  const card = async (): Promise<string> => (await probe())?.text ?? '';
  const focused = async (): Promise<string> => (await probe())?.focused ?? '';
  const before = await keptCount();
  await article.bringToFront();
  await article.keyboard.press('Alt+Shift+.');
  await expect.poll(card).toContain('Keep');
  await article.keyboard.press('Alt+Shift+C');
  // Keys go where the focus is: wait for it to reach the card's first choice, then Keep.
  await expect.poll(focused).toMatch(/Not a quote|Not a figure/);
  await article.keyboard.press('Shift+Tab');
  await expect.poll(focused).toMatch(/^Keep/);
  await article.keyboard.press('Enter');
  await expect.poll(card).toContain('Kept ✓');
  await expect.poll(keptCount).toBe(before + 1);
  await article.keyboard.press('Enter');
  await expect.poll(card).not.toContain('Kept ✓');
  await expect.poll(keptCount).toBe(before);
  expect(session.errors).toEqual([]);
});
