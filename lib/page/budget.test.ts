import { expect, test } from 'vitest';
import { budgetNotice, count, firstWords, paintCutoff } from './budget';

test('firstWords keeps the text up to the end of the budget-th word, and says whether it cut', () => {
  expect(firstWords('one two  three four', 2)).toEqual({ text: 'one two', cut: true });
  expect(firstWords('one two  ', 2)).toEqual({ text: 'one two', cut: false });
  expect(firstWords(' one ', 5)).toEqual({ text: ' one ', cut: false });
});

test('firstWords on a text of millions of words takes the budget without overflowing', () => {
  const text = 'word '.repeat(2_000_000);
  const { text: kept, cut } = firstWords(text, 100_000);
  expect(cut).toBe(true);
  expect(kept.split(' ')).toHaveLength(100_000);
});

test('paintCutoff: the start of the first span over the budget, in text order; none over: Infinity', () => {
  expect(paintCutoff([50, 10, 30, 20], 2)).toBe(30);
  expect(paintCutoff([50, 10], 2)).toBe(Number.POSITIVE_INFINITY);
  expect(
    paintCutoff(
      Array.from({ length: 200_000 }, (_, i) => 200_000 - i),
      2_000,
    ),
  ).toBe(2_001);
});

test('the notice says what was left out, and nothing when nothing was', () => {
  expect(budgetNotice(false, 10, 10)).toBeUndefined();
  expect(budgetNotice(true, 10, 10)).toBe('This page is very long: Sourcelight read its first 100,000 words.');
  expect(budgetNotice(false, 12_223, 2_000)).toBe('It marks the first 2,000 of the 12,223 quotes and figures found, so the page stays quick.');
});

test("counts read as English numbers do, without the browser's number formatting", () => {
  for (const n of [0, 7, 999, 1_000, 12_223, 100_000, 1_234_567, 30_000_000]) expect(count(n)).toBe(n.toLocaleString('en'));
});
