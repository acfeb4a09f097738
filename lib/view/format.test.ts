import { expect, test } from 'vitest';
import { ARTICLE_ITSELF, sourceLabel, speakerLabel, truncate, UNKNOWN_SPEAKER, valueLabel } from './format';

test.each([
  [3000, '3,000'],
  [0.5, '0.5'],
  [[2, 3] as [number, number], '2–3'],
  [null, '—'],
  [1.5e9, '1,500,000,000'],
])('valueLabel(%j) = %s', (value, label) => {
  expect(valueLabel(value)).toBe(label);
});

test.each([
  ['Jens Stoltenberg', 'Jens Stoltenberg'],
  ['  ', UNKNOWN_SPEAKER],
  [null, UNKNOWN_SPEAKER],
  [undefined, UNKNOWN_SPEAKER],
])('speakerLabel(%j) = %s', (name, label) => {
  expect(speakerLabel(name)).toBe(label);
});

test.each([
  ['the Pentagon', 'the Pentagon'],
  [null, ARTICLE_ITSELF],
  ['', ARTICLE_ITSELF],
])('sourceLabel(%j) = %s', (source, label) => {
  expect(sourceLabel(source)).toBe(label);
});

test.each([
  ['short', 10, 'short'],
  ['  spaced\n\n out  ', 20, 'spaced out'],
  ['the quick brown fox jumps over the lazy dog', 20, 'the quick brown fox…'],
  ['the quick brown fox, jumps', 21, 'the quick brown fox…'],
  ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
])('truncate(%j, %i) = %j', (text, max, cut) => {
  expect(truncate(text, max)).toBe(cut);
  expect(truncate(text, max).length).toBeLessThanOrEqual(max);
});
