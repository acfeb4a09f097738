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

test.each<[number, number, string, string]>([
  [-5, 3, '', 'st paragraph ends here.'],
  [500, 600, 'Next.', ''],
  [10, 2, 'First para', 'graph ends here.'],
])('offsets outside the text (%i, %i) are clamped into it: before %j, after %j', (start, end, before, after) => {
  expect(snippetAround(TEXT, start, end)).toEqual({ before, after });
});

test('a long text without line breaks gives the words around the figure, cut at the radius', () => {
  const long = 'word '.repeat(200_000);
  const snippets = Array.from({ length: 2_000 }, (_, i) => snippetAround(long, 500_000 + i * 5, 500_004 + i * 5, 20));
  expect(new Set(snippets.map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify({ before: '…word word word word ', after: ' word word word word…' })]));
});
