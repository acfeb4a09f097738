import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CardProbe } from '../../lib/messages';
import { NOTE_HIGHLIGHT } from '../../lib/paint/note-highlights';
import type { ItemRecord } from '../../lib/store/schema';
import { sendToRuntimeFrom, sendToTabFrom, setViewportSize, startTestBed, textOf, type FirefoxTestBed } from './harness';

// "Keep" in Firefox (issue #8), in the popup's list and on the hover card (by keyboard): the tab
// describes the item through Firefox's Xray wrappers, the event page stores it once, the popup and
// the card show it kept, the page paints it, and Undo takes it out again.

const EXAMPLE = 'dev/wsws-nato-troops.html';

let bed: FirefoxTestBed;

beforeAll(async () => {
  bed = await startTestBed();
});

afterAll(async () => {
  await bed?.close();
});

const highlightSize = (page: Page, name: string): Promise<number> => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

test('a figure kept from the popup is stored once and painted; Undo takes it out', async () => {
  const { page: article, tabId } = await bed.openTab(EXAMPLE);
  await bed.annotate(tabId);
  const canonicalUrl = await article.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? null);
  const kept = async (): Promise<ItemRecord[]> => {
    const listed = await sendToRuntimeFrom(bed.control, 'sourcelight/notes/page', { url: bed.server.url(EXAMPLE), canonicalUrl });
    if (!listed.ok) throw new Error(listed.error);
    return listed.value.items;
  };
  const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
  await setViewportSize(popup, 360, 600);
  await expect.poll(async () => (await popup.$$('.item-claim')).length).toBeGreaterThan(0);
  // The first figure's row, and its Keep (an element handle: a background tab gets no animation frames).
  const keepFigure = async (): Promise<void> => {
    const button = await popup.$('.item-row:has(.item-claim) .keep button');
    await button?.click();
  };
  await keepFigure();
  await expect.poll(() => textOf(popup, '.item-row:has(.item-claim) .keep')).toBe('Kept ✓Undo');
  await expect.poll(async () => (await kept()).map((item) => item.kind)).toEqual(['claim']);
  const [figure] = await kept();
  expect(await textOf(popup, '.item-row:has(.item-claim) .item-figure')).toContain(figure!.text);
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.kept)).toBe(1);

  // Opened again, the popup shows it kept; keeping it once more adds nothing.
  await popup.evaluate(() => location.reload());
  await expect.poll(() => textOf(popup, '.item-row:has(.item-claim) .keep').catch(() => null)).toBe('Kept ✓Undo');
  const again = await sendToRuntimeFrom(bed.control, 'sourcelight/notes/keep', {
    page: { url: bed.server.url(EXAMPLE), meta: { canonicalUrl } },
    item: { kind: 'claim', value: figure!.kind === 'claim' ? figure!.value : 0, unit: null, qualifier: null, text: figure!.text, speaker: figure!.speaker, target: figure!.target },
  });
  expect(again.ok && again.value.id).toBe(figure!.id);

  await keepFigure();
  await expect.poll(() => textOf(popup, '.item-row:has(.item-claim) .keep')).toBe('Keep');
  await expect.poll(async () => (await kept()).length).toBe(0);
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.kept)).toBe(0);
  expect(bed.session.errors).toEqual([]);
});

test('the hover card keeps from the keyboard too: Alt+Shift+. , Alt+Shift+C, Shift+Tab to Keep, Enter; Enter again undoes', async () => {
  const { page: article, tabId } = await bed.openTab(EXAMPLE);
  await setViewportSize(article, 1280, 900);
  await bed.annotate(tabId);
  await article.bringToFront();
  const canonicalUrl = await article.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? null);
  const keptCount = async (): Promise<number> => {
    const listed = await sendToRuntimeFrom(bed.control, 'sourcelight/notes/page', { url: bed.server.url(EXAMPLE), canonicalUrl });
    return listed.ok ? listed.value.items.length : -1;
  };
  const probe = async (): Promise<CardProbe> => {
    const answer = await sendToTabFrom(bed.control, tabId, 'sourcelight/test/card', null);
    return answer.ok ? answer.value : null;
  };
  const card = async (): Promise<string> => (await probe())?.text ?? '';
  const focused = async (): Promise<string> => (await probe())?.focused ?? '';
  const altShift = async (key: 'Period' | 'KeyC'): Promise<void> => {
    await article.keyboard.down('Alt');
    await article.keyboard.down('Shift');
    await article.keyboard.press(key);
    await article.keyboard.up('Shift');
    await article.keyboard.up('Alt');
  };
  const before = await keptCount();
  await altShift('Period');
  await expect.poll(card).toContain('Keep');
  await altShift('KeyC');
  // Keys go where the focus is: wait for it to reach the card's first choice, then Keep.
  await expect.poll(focused).toMatch(/Not a quote|Not a figure/);
  await article.keyboard.down('Shift');
  await article.keyboard.press('Tab');
  await article.keyboard.up('Shift');
  await expect.poll(focused).toMatch(/^Keep/);
  await article.keyboard.press('Enter');
  await expect.poll(card).toContain('Kept ✓');
  await expect.poll(keptCount).toBe(before + 1);
  await expect.poll(() => highlightSize(article, NOTE_HIGHLIGHT.kept)).toBe(1);
  await article.keyboard.press('Enter');
  await expect.poll(keptCount).toBe(before);
  expect(bed.session.errors).toEqual([]);
});
