import { describe, expect, test } from 'vitest';
import { squeezeText, toOriginalSpan, toSqueezedOffset } from './squeeze';

describe('squeezeText', () => {
  test.each([
    ['plain', 'abc', 'abc', [0, 1, 2]],
    ['spaces and newlines', ' a b\n\nc ', 'abc', [1, 3, 6]],
    ['nbsp and narrow nbsp', 'a\u00a0b\u202fc', 'abc', [0, 2, 4]],
    ['soft hyphen', 'no\u00adthing', 'nothing', [0, 1, 3, 4, 5, 6, 7]],
    ['zero-width space and BOM', '\ufeffa\u200bb', 'ab', [1, 3]],
    ['only whitespace', ' \t\n', '', []],
    ['empty', '', '', []],
  ])('%s', (_name, text, squeezed, offsets) => {
    const result = squeezeText(text);
    expect(result.text).toBe(squeezed);
    expect([...result.offsets]).toEqual(offsets);
    expect(result.originalLength).toBe(text.length);
  });
});

describe('toSqueezedOffset', () => {
  const squeezed = squeezeText('ab  cd'); // kept offsets 0 1 4 5
  test.each([
    [0, 0],
    [1, 1],
    [2, 2], // in the gap: the next kept character
    [3, 2],
    [4, 2],
    [5, 3],
    [6, 4], // the end maps to the end
    [99, 4],
    [-3, 0],
  ])('original %i → squeezed %i', (original, expected) => {
    expect(toSqueezedOffset(squeezed, original)).toBe(expected);
  });
});

describe('toOriginalSpan', () => {
  const squeezed = squeezeText('ab  cd'); // kept offsets 0 1 4 5
  test.each([
    [0, 4, { start: 0, end: 6 }],
    [1, 3, { start: 1, end: 5 }], // the gap between kept characters stays inside
    [2, 4, { start: 4, end: 6 }],
    [-5, 99, { start: 0, end: 6 }],
    [2, 2, null],
    [3, 1, null],
  ])('squeezed [%i, %i)', (start, end, expected) => {
    expect(toOriginalSpan(squeezed, start, end)).toEqual(expected);
  });
});

test('exactly whitespace and the invisible characters are left out, over every UTF-16 code unit', () => {
  const out = (code: number): boolean =>
    code <= 0x20 || [0x85, 0xa0, 0xad, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff].includes(code) || (code >= 0x2000 && code <= 0x200d);
  const all = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join('');
  const squeezed = squeezeText(all);
  const kept = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => !out(code));
  expect(squeezed.text.length).toBe(kept.length);
  expect(Array.from(squeezed.offsets)).toEqual(kept);
});
