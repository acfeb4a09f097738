// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { trackHover, type HoverState, type HoverTracking } from './hover-tracker';
import type { HoveredItem } from './session';

const quote: HoveredItem = { kind: 'quote', item: { start: 0, end: 3, kind: 'direct', cue: 'said', speaker: null, text: 'abc', anchored: true } };
const claim: HoveredItem = {
  kind: 'claim',
  item: { start: 5, end: 6, value: 1, unit: null, qualifier: null, quote: null, source: null, text: '1', anchored: true, context: { before: '', after: '' } },
};

let under: HoveredItem | null;
let shown: Array<HoverState | null>;
let tracking: HoverTracking;
const find = vi.fn(() => under);

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const move = async (x: number): Promise<void> => {
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: 5 }));
  await frame();
};

beforeEach(() => {
  under = null;
  shown = [];
  find.mockClear();
  tracking = trackHover(window, find, (state) => shown.push(state));
});
afterEach(() => tracking.stop());

test('looks up the pointer at most once per frame and shows what is under it', async () => {
  under = quote;
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: 1, clientY: 5 }));
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: 2, clientY: 5 }));
  await frame();
  expect(find).toHaveBeenCalledTimes(1);
  expect(shown).toEqual([{ hovered: quote, x: 2, y: 5 }]);
});

test('leaving the item hides the card, once', async () => {
  under = quote;
  await move(1);
  under = null;
  await move(2);
  await move(3);
  expect(shown.at(-1)).toBeNull();
  expect(shown.filter((s) => s === null)).toHaveLength(1);
});

test('Escape hides the card until the pointer reaches another item', async () => {
  under = quote;
  await move(1);
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  expect(shown.at(-1)).toBeNull();
  await move(2);
  expect(shown.at(-1)).toBeNull();
  under = claim;
  await move(3);
  expect(shown.at(-1)).toMatchObject({ hovered: claim });
});

test('scrolling hides the card', async () => {
  under = quote;
  await move(1);
  window.dispatchEvent(new Event('scroll'));
  expect(shown.at(-1)).toBeNull();
});

test('hide() takes the card away at once, and the next move shows what is there', async () => {
  under = quote;
  await move(1);
  tracking.hide();
  expect(shown.at(-1)).toBeNull();
  await move(2);
  expect(shown.at(-1)).toMatchObject({ hovered: quote });
});
