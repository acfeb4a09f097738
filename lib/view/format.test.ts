import { expect, test, vi } from 'vitest';
import { truncate, valueLabel, wholeCharacters } from './format';

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
  ['short', 10, 'short'],
  ['  spaced\n\n out  ', 20, 'spaced out'],
  ['the quick brown fox jumps over the lazy dog', 20, 'the quick brown fox…'],
  ['the quick brown fox, jumps', 21, 'the quick brown fox…'],
  ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
])('truncate(%j, %i) = %j', (text, max, cut) => {
  expect(truncate(text, max)).toBe(cut);
  expect(truncate(text, max).length).toBeLessThanOrEqual(max);
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test.each<[string, string, number, string]>([
  ['an emoji that would be split in two', '😀'.repeat(30), 12, `${'😀'.repeat(5)}…`],
  ['a family emoji (joined code points)', `ab${'👨‍👩‍👧'.repeat(6)}`, 12, `ab👨‍👩‍👧…`],
  ['a flag', `${'🇫🇷'.repeat(10)}`, 8, `${'🇫🇷'.repeat(1)}…`],
  ['a word without spaces', 'x'.repeat(50), 10, `${'x'.repeat(9)}…`],
])('truncate never splits a character a reader sees: %s', (_case, text, max, cut) => {
  expect(truncate(text, max)).toBe(cut);
  expect(truncate(text, max)).not.toMatch(LONE_SURROGATE);
});

test('wholeCharacters cuts at the last boundary between characters that fits, at every length', () => {
  const text = 'a😀b👍🏽c🇫🇷d👨‍👩‍👧e';
  const boundaries = [0, ...[...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((g) => g.index + g.segment.length)];
  for (let max = 0; max <= text.length; max++) {
    const cut = wholeCharacters(text, max);
    expect(cut).toBe(text.slice(0, Math.max(...boundaries.filter((b) => b <= max))));
    expect(cut).not.toMatch(LONE_SURROGATE);
  }
});

test('loading the module builds no number format (the content script’s start-up); the first figure shown does', async () => {
  const Real = Intl.NumberFormat;
  let built = 0;
  Intl.NumberFormat = class extends Real {
    constructor(...args: ConstructorParameters<typeof Real>) {
      super(...args);
      built++;
    }
  } as typeof Intl.NumberFormat;
  try {
    vi.resetModules();
    const fresh = await import('./format');
    expect(built).toBe(0);
    expect(fresh.valueLabel(31000)).toBe('31,000');
    expect(fresh.valueLabel([1, 2.5])).toBe('1–2.5');
    expect(built).toBe(1);
  } finally {
    Intl.NumberFormat = Real;
  }
});
