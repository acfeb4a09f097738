import { expect, test } from 'vitest';
import { libraryRows } from './rows';
import { sampleLibrary } from './sample-library';
import { fold, queryTerms, searchIndex } from './search';

const rows = libraryRows(sampleLibrary());
const index = searchIndex(rows);
const found = (query: string): string[] => index.search(query).map((i) => `${rows[i]!.kind}:${rows[i]!.text.slice(0, 12)}`);

test.each([
  ['', 8],
  ['31,000', 3],
  ['31,0', 3],
  ['ZELENSKY', 4],
  ['zelensky soldiers', 3],
  ['"order of magnitude"', 1],
  ['macgregor', 2],
  ['casualties', 1],
  ['globalresearch', 3],
  ['nato powers', 5],
  ['nothing at all matches this', 0],
])('search %j finds %i rows', (query, count) => {
  expect(found(query)).toHaveLength(count);
});

test('a search within a set of rows keeps to it', () => {
  expect(index.search('zelensky', [0, 1, 2])).toEqual([1, 2]);
});

test.each([
  ['Zelenskyy Élection', 'zelenskyy election'],
  ['ＡＢＣ', 'abc'],
])('fold(%j)', (text, folded) => {
  expect(fold(text)).toBe(folded);
});

test('queryTerms: words, and quoted phrases as one', () => {
  expect(queryTerms('  Fico "bilateral basis"  troops ')).toEqual(['fico', 'bilateral basis', 'troops']);
});
