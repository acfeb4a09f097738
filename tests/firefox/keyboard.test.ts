import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CardProbe } from '../../lib/messages';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import { sendToTabFrom, setViewportSize, startTestBed, type FirefoxTestBed } from './harness';

// The marks by keyboard in Firefox, as in tests/browser/keyboard.test.ts: Alt+Shift+. and , in
// reading order with the card beside the mark, Escape, Alt+Shift+Enter, Alt+Shift+H.

const EXAMPLE = 'dev/wsws-nato-troops.html';

let bed: FirefoxTestBed;
let article: Page;
let tabId: number;

const card = async (): Promise<CardProbe> => {
  const probe = await sendToTabFrom(bed.control, tabId, 'sourcelight/test/card', null);
  return probe.ok ? probe.value : null;
};
const cardCount = async (): Promise<number> => ((await card()) ? 1 : 0);

/** The text of the mark the keyboard is on (the flashed one), and the vertical extent of its lines. */
const focused = () =>
  article.evaluate((name) => {
    const range = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined;
    if (!range) return null;
    const boxes = [...range.getClientRects()];
    return { text: range.toString(), top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) };
  }, HIGHLIGHT.focus);

const marksStyled = () =>
  article.evaluate((name) => [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(name))), HIGHLIGHT.quote);

async function press(key: 'Period' | 'Comma' | 'Enter' | 'KeyH'): Promise<void> {
  await article.keyboard.down('Alt');
  await article.keyboard.down('Shift');
  await article.keyboard.press(key);
  await article.keyboard.up('Shift');
  await article.keyboard.up('Alt');
}

beforeAll(async () => {
  bed = await startTestBed();
  ({ page: article, tabId } = await bed.openTab(EXAMPLE));
  await setViewportSize(article, 1280, 900);
  await bed.annotate(tabId);
  await article.bringToFront();
});

afterAll(async () => {
  await bed?.close();
});

describe('the marks by keyboard, in Firefox', () => {
  let first = '';

  test('Alt+Shift+. goes to a mark and opens its card beside it, never over its lines', async () => {
    await press('Period');
    await expect.poll(cardCount).toBe(1);
    const mark = await focused();
    expect(mark).not.toBeNull();
    if (!mark) return;
    first = mark.text;
    const box = (await card())?.box;
    expect(box && (box.y >= mark.bottom || box.y + box.height <= mark.top)).toBe(true);
  });

  test('Alt+Shift+. then Alt+Shift+, comes back to the same mark', async () => {
    await press('Period');
    await expect.poll(async () => (await focused())?.text).not.toBe(first);
    await press('Comma');
    await expect.poll(async () => (await focused())?.text).toBe(first);
  });

  test('Escape closes the card, Alt+Shift+Enter opens it again', async () => {
    await expect.poll(cardCount).toBe(1);
    await article.keyboard.press('Escape');
    await expect.poll(cardCount).toBe(0);
    await press('Enter');
    await expect.poll(cardCount).toBe(1);
  });

  test('Alt+Shift+H hides every mark, and shows them again', async () => {
    expect(await marksStyled()).toBe(true);
    await press('KeyH');
    await expect.poll(marksStyled).toBe(false);
    await press('KeyH');
    await expect.poll(marksStyled).toBe(true);
  });
});
