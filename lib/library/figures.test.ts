import { expect, test } from 'vitest';
import { ledger, measureOf } from './figures';
import { libraryRows, type LibraryRow } from './rows';
import { sampleLibrary } from './sample-library';

const rows = libraryRows(sampleLibrary());

test('the casualty figures of both articles form one group, largest first, each with qualifier, source and outlet', () => {
  const [group] = ledger(rows);
  expect(group).toMatchObject({ measure: 'soldier', label: 'soldiers', outlets: 2, words: ['ukrainian'] });
  expect(group!.entries.map(({ row }) => [row.text, row.qualifier, row.speaker, row.outlet])).toEqual([
    ['400,000', 'at least', 'Douglas Macgregor', 'World Socialist Web Site'],
    ['300,000', null, 'Volodymyr Zelensky', 'globalresearch.ca'],
    ['31,000', null, 'Volodymyr Zelensky', 'World Socialist Web Site'],
  ]);
});

const claim = (text: string, unit: string | null, passage: string | null, value: LibraryRow['value'] = 1): LibraryRow => ({ ...rows[2]!, text, unit, passage, value });

test.each([
  ['its unit, singular', claim('5', 'Tonnes', null), 'tonne'],
  ['a unit that ends in ss stays', claim('5', 'glass', null), 'glass'],
  ['no unit: the first word after the number', claim('1,200', null, 'about 1,200 of the refugees arrived'), 'refugee'],
  ['nothing to go by', claim('7', null, null), 'unspecified'],
])('measureOf: %s', (_, row, measure) => {
  expect(measureOf(row)).toBe(measure);
});

test('ranges compare by their low end; groups from more outlets come first', () => {
  const groups = ledger([claim('2–3', '%', 'x', [2, 3]), claim('5', '%', 'y', 5), ...rows]);
  expect(groups.map((g) => g.measure)).toEqual(['soldier', '%']);
  expect(groups[1]!.entries.map((e) => e.value)).toEqual([5, 2]);
});
