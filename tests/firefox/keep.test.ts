import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { NOTE_HIGHLIGHT } from '../../lib/paint/note-highlights';
import type { ItemRecord } from '../../lib/store/schema';
import { sendToRuntimeFrom, setViewportSize, startTestBed, textOf, type FirefoxTestBed } from './harness';

// "Keep" in the popup's list in Firefox (issue #8): the tab describes the figure through Firefox's
// Xray wrappers, the event page stores it once, the popup shows it kept, the page paints it, and
// Undo takes it out again.

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
