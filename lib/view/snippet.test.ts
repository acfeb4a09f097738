import { expect, test } from 'vitest';
import { snippetAround } from './snippet';

const TEXT = 'First paragraph ends here.\nThe alliance has stationed 40,000 troops along its eastern flank since the war began.\nNext.';
const at = (needle: string): [number, number] => [TEXT.indexOf(needle), TEXT.indexOf(needle) + needle.length];

test.each<[string, number, string, string]>([
  ['40,000', 200, 'The alliance has stationed ', ' troops along its eastern flank since the war began.'],
  ['40,000', 16, '…has stationed ', ' troops along…'],
  ['First', 10, '', ' paragraph…'],
  ['Next.', 30, '', ''],
])('the context of %s within %i characters', (needle, radius, before, after) => {
  const [start, end] = at(needle);
  expect(snippetAround(TEXT, start, end, radius)).toEqual({ before, after });
});

test.each<[number, number]>([
  [-5, 3],
  [500, 600],
  [10, 2],
])('offsets outside the text (%i, %i) give a snippet, not an exception', (start, end) => {
  expect(() => snippetAround(TEXT, start, end)).not.toThrow();
});

test('a long text without line breaks is only read around the figure', () => {
  const long = 'word '.repeat(200_000);
  const started = performance.now();
  for (let i = 0; i < 2_000; i++) snippetAround(long, 500_000 + i * 5, 500_003 + i * 5);
  expect(performance.now() - started).toBeLessThan(500);
});
