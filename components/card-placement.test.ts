import { expect, test } from 'vitest';
import { placeCard } from './card-placement';

const VIEWPORT = { width: 1000, height: 800 };

test.each([
  ['top left: below and right of the pointer', 100, 100, { left: 116, width: 300, top: 116, maxHeight: 680 }],
  ['near the right edge: left of the pointer', 900, 100, { left: 584, width: 300, top: 116, maxHeight: 680 }],
  ['low on the screen: above the pointer, its bottom edge by it', 100, 700, { left: 116, width: 300, bottom: 116, maxHeight: 680 }],
  ['at the very bottom: above, never past the top', 100, 800, { left: 116, width: 300, bottom: 16, maxHeight: 780 }],
])('%s', (_name, x, y, expected) => {
  expect(placeCard(x, y, VIEWPORT)).toEqual(expected);
});

test('a viewport narrower than the card: the card narrows to fit', () => {
  expect(placeCard(100, 100, { width: 200, height: 800 })).toMatchObject({ left: 4, width: 192 });
});

test.each([
  [0, 0],
  [500, 400],
  [999, 799],
  [1000, 800],
])('at (%i, %i) the card stays inside the viewport however tall it is', (x, y) => {
  const card = placeCard(x, y, VIEWPORT);
  expect(card.left).toBeGreaterThanOrEqual(0);
  expect(card.left + card.width).toBeLessThanOrEqual(VIEWPORT.width);
  const top = card.top ?? VIEWPORT.height - (card.bottom ?? 0) - card.maxHeight;
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top + card.maxHeight).toBeLessThanOrEqual(VIEWPORT.height);
});
