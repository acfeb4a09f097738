// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { trackHover, type CardTarget, type HoverState, type HoverTracking } from './hover-tracker';
import type { HoveredItem } from './session';

const quote: HoveredItem = { kind: 'quote', item: { start: 0, end: 3, kind: 'direct', cue: 'said', speaker: null, text: 'abc', anchored: true } };
const claim: HoveredItem = {
  kind: 'claim',
  item: { start: 5, end: 6, value: 1, unit: null, qualifier: null, quote: null, source: null, text: '1', anchored: true, context: { before: '', after: '' } },
};
const DELAY = 300;
const LINE = { x: 0, top: 0, bottom: 20 };
const target = (hovered: HoveredItem, anchor = LINE): CardTarget => ({ hovered, anchor: () => anchor });

let under: HoveredItem | null;
let shown: Array<HoverState | null>;
let tracking: HoverTracking;
const find = vi.fn((x: number) => (under ? target(under, { x, top: 0, bottom: 20 }) : null));

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const move = async (x: number): Promise<void> => {
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: 5 }));
  await frame();
};
/** A move, then the pointer rests long enough for the card. */
const rest = async (x: number): Promise<void> => {
  await move(x);
  vi.advanceTimersByTime(DELAY);
};

beforeEach(() => {
  // Timers only: animation frames stay real, so a move is looked up as in a page.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  under = null;
  shown = [];
  find.mockClear();
  tracking = trackHover(window, find, (state) => shown.push(state), { delayMs: DELAY });
});
afterEach(() => {
  tracking.stop();
  vi.useRealTimers();
});

test('looks up the pointer at most once per frame, and shows what is under it once the pointer rests there', async () => {
  under = quote;
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: 1, clientY: 5 }));
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: 2, clientY: 5 }));
  await frame();
  expect(find).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(DELAY - 1);
  expect(shown).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(shown).toEqual([{ hovered: quote, anchor: { x: 2, top: 0, bottom: 20 } }]);
});

test('passing over an item without resting shows nothing', async () => {
  under = quote;
  await move(1);
  under = null;
  await move(2);
  vi.advanceTimersByTime(DELAY);
  expect(shown).toEqual([]);
});

test('once open, the card follows the pointer along its item at once', async () => {
  under = quote;
  await rest(1);
  await move(40);
  expect(shown.at(-1)).toEqual({ hovered: quote, anchor: { x: 40, top: 0, bottom: 20 } });
});

test('leaving the item hides the card, once', async () => {
  under = quote;
  await rest(1);
  under = null;
  await move(2);
  await move(3);
  expect(shown.at(-1)).toBeNull();
  expect(shown.filter((s) => s === null)).toHaveLength(1);
});

test('Escape hides the card until the pointer reaches another item', async () => {
  under = quote;
  await rest(1);
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  expect(shown.at(-1)).toBeNull();
  await rest(2);
  expect(shown.at(-1)).toBeNull();
  under = claim;
  await rest(3);
  expect(shown.at(-1)).toMatchObject({ hovered: claim });
});

test('scrolling hides the card', async () => {
  under = quote;
  await rest(1);
  window.dispatchEvent(new Event('scroll'));
  expect(shown.at(-1)).toBeNull();
});

test('hide() takes the card away at once, and the next move shows what is there', async () => {
  under = quote;
  await rest(1);
  tracking.hide();
  expect(shown.at(-1)).toBeNull();
  await rest(2);
  expect(shown.at(-1)).toMatchObject({ hovered: quote });
});

test('focus opens the card after the delay, measured when it opens; a scroll meanwhile restarts the wait', () => {
  let line = { x: 10, top: 500, bottom: 520 };
  tracking.focus({ hovered: claim, anchor: () => line });
  vi.advanceTimersByTime(DELAY - 100);
  window.dispatchEvent(new Event('scroll'));
  line = { x: 10, top: 300, bottom: 320 };
  vi.advanceTimersByTime(DELAY - 1);
  expect(shown).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(shown).toEqual([{ hovered: claim, anchor: line }]);
});

test('focus with now opens at once; focus(null) closes a card opened by focus, not one the pointer opened', async () => {
  tracking.focus(target(claim), { now: true });
  expect(shown).toEqual([{ hovered: claim, anchor: LINE }]);
  tracking.focus(null);
  expect(shown.at(-1)).toBeNull();
  under = quote;
  await rest(1);
  tracking.focus(null);
  expect(shown.at(-1)).toMatchObject({ hovered: quote });
});

test('a pointer moving over nothing leaves a card opened by focus open', async () => {
  tracking.focus(target(claim), { now: true });
  await move(5);
  expect(shown.at(-1)).toMatchObject({ hovered: claim });
});

test('a pinned card stays while the pointer leaves its item and the page scrolls; Escape takes it away', async () => {
  expect(tracking.pin()).toBeNull();
  under = quote;
  await rest(1);
  expect(tracking.pin()).toEqual({ hovered: quote, anchor: { x: 1, top: 0, bottom: 20 } });
  const before = shown.length;
  under = null;
  await move(200);
  window.dispatchEvent(new Event('scroll'));
  expect(shown).toHaveLength(before);
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  expect(shown.at(-1)).toBeNull();
  under = claim;
  await rest(3);
  expect(shown.at(-1)).toMatchObject({ hovered: claim });
});

test('a card’s delay starts with prepare, so what shows the card can load meanwhile; nothing to show prepares nothing', async () => {
  tracking.stop();
  const prepare = vi.fn();
  tracking = trackHover(window, find, (state) => shown.push(state), { delayMs: DELAY, prepare });
  await move(1);
  expect(prepare).not.toHaveBeenCalled();
  under = quote;
  await move(2);
  expect(prepare).toHaveBeenCalledTimes(1);
  expect(shown).toEqual([]);
  vi.advanceTimersByTime(DELAY);
  expect(shown).toHaveLength(1);
  tracking.focus(target(claim));
  expect(prepare).toHaveBeenCalledTimes(2);
});

test('the card stays while the pointer is on it (its Keep button), and goes once the pointer leaves it', async () => {
  tracking.stop();
  const onCard = (x: number): boolean => x >= 100 && x <= 200;
  tracking = trackHover(window, find, (state) => shown.push(state), { delayMs: DELAY, onCard });
  under = quote;
  await rest(1);
  expect(shown).toHaveLength(1);
  // Off the mark, onto the card: no item under the pointer there, and the card stays.
  under = null;
  await move(150);
  vi.advanceTimersByTime(DELAY);
  expect(shown).toHaveLength(1);
  await move(250);
  expect(shown.at(-1)).toBeNull();
  // With no card shown, the same place is just the page.
  await move(150);
  expect(shown.at(-1)).toBeNull();
});

test('a card opened by keyboard and held (Alt+Shift+C) stays when the focus leaves the mark for the card', () => {
  tracking.focus(target(claim), { now: true });
  expect(shown).toHaveLength(1);
  expect(tracking.pin()).not.toBeNull();
  // The card's first choice takes the focus: the page's focusout says no mark has it.
  tracking.focus(null);
  expect(shown).toHaveLength(1);
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  expect(shown.at(-1)).toBeNull();
});
