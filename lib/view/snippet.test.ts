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

test.each<[string, string, string, string, string]>([
  [
    'two paragraphs the extractor joined with nothing between them',
    'Mr Obama said it was "distressing".He vowed to keep trying, with 100 more bills.',
    '100',
    'He vowed to keep trying, with ',
    ' more bills.',
  ],
  [
    'the page’s own line breaks inside a paragraph',
    'Gunmen opened fire on visitors at\n      Tunisia’s museum, killing at least 19 people,\n      including 17 foreigners.\n   It was the worst attack.',
    '19',
    '…on visitors at Tunisia’s museum, killing at least ',
    ' people, including 17 foreigners.',
  ],
  ['a paragraph that ends without a full stop, before an empty line', 'Key figures\n\n  The toll rose to 40 people.', '40', 'The toll rose to ', ' people.'],
])('the context stays in its paragraph: %s', (_case, text, figure, before, after) => {
  const start = text.indexOf(figure);
  expect(snippetAround(text, start, start + figure.length, 60)).toEqual({ before, after });
});

test('a long text without line breaks gives the words around the figure, cut at the radius', () => {
  const long = 'word '.repeat(200_000);
  const snippets = Array.from({ length: 2_000 }, (_, i) => snippetAround(long, 500_000 + i * 5, 500_004 + i * 5, 20));
  expect(new Set(snippets.map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify({ before: '…word word word word ', after: ' word word word word…' })]));
});
