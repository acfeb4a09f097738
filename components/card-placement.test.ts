import fc from 'fast-check';
import { expect, test } from 'vitest';
import { placeCard } from './card-placement';

const VIEWPORT = { width: 1000, height: 800 };
const line = (x: number, top: number, bottom = top + 20) => ({ x, top, bottom });

test.each([
  ['high on the screen: below the line, from where the reader is', line(100, 100), { left: 100, width: 300, top: 126, maxHeight: 670 }],
  ['near the right edge: pulled in to fit', line(900, 100), { left: 696, width: 300, top: 126, maxHeight: 670 }],
  ['low on the screen: above the line, its bottom edge by it', line(100, 700), { left: 100, width: 300, bottom: 106, maxHeight: 690 }],
  ['at the very bottom: above, never past the top', line(100, 780), { left: 100, width: 300, bottom: 26, maxHeight: 770 }],
])('%s', (_name, anchor, expected) => {
  expect(placeCard(anchor, VIEWPORT)).toEqual(expected);
});

test('a viewport narrower than the card: the card narrows to fit', () => {
  expect(placeCard(line(100, 100), { width: 200, height: 800 })).toMatchObject({ left: 4, width: 192 });
});

/** The card's box at its tallest. */
function box(anchor: { x: number; top: number; bottom: number }, viewport: { width: number; height: number }) {
  const card = placeCard(anchor, viewport);
  const top = card.top ?? viewport.height - (card.bottom ?? 0) - card.maxHeight;
  return { left: card.left, right: card.left + card.width, top, bottom: top + card.maxHeight };
}

test('wherever the line is, the card at its tallest stays on screen and never covers the line', () => {
  const viewports = fc.record({ width: fc.integer({ min: 320, max: 2000 }), height: fc.integer({ min: 200, max: 1400 }) });
  const cases = viewports.chain((viewport) =>
    fc.record({
      viewport: fc.constant(viewport),
      x: fc.integer({ min: 0, max: viewport.width }),
      top: fc.integer({ min: 0, max: viewport.height - 40 }),
      height: fc.integer({ min: 10, max: 40 }),
    }),
  );
  fc.assert(
    fc.property(cases, ({ viewport, x, top, height }) => {
      const anchor = { x, top, bottom: top + height };
      const card = box(anchor, viewport);
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(viewport.width);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(card.bottom).toBeLessThanOrEqual(viewport.height);
      expect(card.bottom <= anchor.top || card.top >= anchor.bottom).toBe(true);
    }),
    { seed: 10, numRuns: 500 },
  );
});
