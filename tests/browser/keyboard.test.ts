import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CardProbe } from '../../lib/messages';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import { launchExtension, saveScreenshot, sendToRuntimeFrom, sendToTabFrom, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

// The marks by keyboard on the example article, in real Chromium: Alt+Shift+. and , go through
// them in reading order and open each one's card beside it; Alt+Shift+Enter opens it at once;
// Alt+Shift+H hides and shows them all; the page's own keys and a field being typed in are left
// alone; the manifest commands' path does the same. (The card's shadow root is closed: the test
// build's probe reports it as the content script sees it; its colours are checked in
// components/HoverCard.style.test.ts.)

const EXAMPLE = 'dev/wsws-nato-troops.html';

let server: FixtureServer;
let session: ExtensionSession;
let control: Page;
let article: Page;
let tabId: number;

/** The hover card as the content script sees it, or null. */
const card = async (): Promise<CardProbe> => {
  const probe = await sendToTabFrom(control, tabId, 'sourcelight/test/card', null);
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

/** Whether our marks' style sheet is on the page (without it the registered ranges paint nothing). */
const marksStyled = () =>
  article.evaluate((name) => [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(name))), HIGHLIGHT.quote);

async function press(keys: string): Promise<void> {
  await article.keyboard.press(keys);
}

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchExtension();
  control = await session.openExtensionPage('popup.html');
  article = await session.context.newPage();
  await article.setViewportSize({ width: 1280, height: 900 });
  await article.goto(server.url(EXAMPLE));
  tabId = await tabIdOf(control, server.url(EXAMPLE));
  const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId });
  if (!result.ok) throw new Error(result.error);
  await article.bringToFront();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the marks by keyboard', () => {
  const seen: string[] = [];

  test('Alt+Shift+. goes to the first mark in view and opens its card beside it, never over its lines', async () => {
    await press('Alt+Shift+Period');
    await expect.poll(cardCount).toBe(1);
    const mark = await focused();
    expect(mark).not.toBeNull();
    if (!mark) return;
    seen.push(mark.text);
    const box = (await card())?.box;
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.y >= mark.bottom || box.y + box.height <= mark.top, `card ${JSON.stringify(box)} over the mark's lines ${mark.top}–${mark.bottom}`).toBe(true);
    const viewport = article.viewportSize()!;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
  });

  test('Alt+Shift+. again goes to the next mark, Alt+Shift+, back to the one before', async () => {
    await press('Alt+Shift+Period');
    await expect.poll(async () => (await focused())?.text).not.toBe(seen[0]);
    seen.push((await focused())!.text);
    await expect.poll(cardCount).toBe(1);
    await press('Alt+Shift+Comma');
    await expect.poll(async () => (await focused())?.text).toBe(seen[0]);
    await expect.poll(cardCount).toBe(1);
  });

  test('Escape closes the card; Alt+Shift+Enter opens the current mark’s card again', async () => {
    await press('Escape');
    await expect.poll(cardCount).toBe(0);
    await press('Alt+Shift+Enter');
    await expect.poll(cardCount).toBe(1);
  });

  test('in the dark colour scheme the card is dark (a screenshot of it)', async () => {
    await article.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(cardCount).toBe(1);
    await saveScreenshot(article, 'hover-card-dark.png', { readme: true });
    await article.emulateMedia({ colorScheme: 'light' });
  });

  test('Alt+Shift+H hides every mark and its card, and shows them again', async () => {
    expect(await marksStyled()).toBe(true);
    await press('Alt+Shift+KeyH');
    await expect.poll(marksStyled).toBe(false);
    await expect.poll(cardCount).toBe(0);
    await press('Alt+Shift+KeyH');
    await expect.poll(marksStyled).toBe(true);
  });

  test('a key the page handles itself, and a key typed into a field, are left to the page', async () => {
    const before = (await focused())?.text ?? null;
    await article.evaluate(() => {
      window.addEventListener('keydown', (event) => event.code === 'Period' && event.preventDefault(), { once: true, capture: true });
    });
    await press('Alt+Shift+Period');
    await article.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'sourcelight-test-field';
      document.body.prepend(field);
      field.focus({ preventScroll: true });
    });
    await press('Alt+Shift+Period');
    const typedInto = await article.evaluate(() => document.activeElement?.id);
    expect(typedInto).toBe('sourcelight-test-field');
    // Neither key moved to another mark: the flash (if still on) is the same mark, and the command path reports where the keyboard is.
    const position = await sendToTabFrom(control, tabId, 'sourcelight/mark-command', { command: 'open-mark' });
    expect(position.ok && position.value.acted).toBe(true);
    if (before !== null) await expect.poll(async () => (await focused())?.text ?? before).toBe(before);
    await article.evaluate(() => document.getElementById('sourcelight-test-field')?.remove());
  });

  test('the manifest commands’ path (a key the reader bound in the browser) moves through the marks too', async () => {
    const first = await sendToTabFrom(control, tabId, 'sourcelight/mark-command', { command: 'next-mark' });
    const second = await sendToTabFrom(control, tabId, 'sourcelight/mark-command', { command: 'next-mark' });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.value.acted && second.value.acted).toBe(true);
    expect(second.value.current).not.toEqual(first.value.current);
    const back = await sendToTabFrom(control, tabId, 'sourcelight/mark-command', { command: 'previous-mark' });
    expect(back.ok && back.value.current).toEqual(first.value.current);
  });
});
