import { expect, test } from 'vitest';
import { facets, filterRows, NO_FILTER, type LibraryFilter } from './filter';
import { libraryRows } from './rows';
import { sampleLibrary } from './sample-library';

const rows = libraryRows(sampleLibrary());
const all = rows.map((_, i) => i);
const ids = (filter: Partial<LibraryFilter>): string[] => filterRows(rows, all, { ...NO_FILTER, ...filter }).map((i) => `${rows[i]!.kind}:${rows[i]!.id.slice(-2)}`);

test.each<[string, Partial<LibraryFilter>, string[]]>([
  ['kind', { kinds: ['note'] }, ['note:02', 'note:01']],
  ['outlet', { outlet: 'globalresearch.ca', kinds: ['claim', 'quote'] }, ['claim:05', 'quote:06']],
  ['speaker, whatever the case', { speaker: 'robert fico' }, ['quote:01']],
  ['tag', { tag: 'Casualties' }, ['note:01']],
  ['date read', { readFrom: '2026-12-01', readTo: '2026-12-01' }, ['claim:05', 'quote:06', 'note:02']],
  ['date published', { publishedTo: '2024-02-27', kinds: ['claim'] }, ['claim:03', 'claim:04']],
  ['published range leaves out articles without a date', { publishedFrom: '2000-01-01', kinds: ['note'] }, ['note:02', 'note:01']],
  ['sorted by speaker, A–Z, none last', { sort: 'speaker', kinds: ['claim', 'note'] }, ['claim:04', 'claim:03', 'claim:05', 'note:01', 'note:02']],
])('filter by %s', (_, filter, expected) => {
  expect(ids(filter)).toEqual(expected);
});

test('facets count each value, most frequent first', () => {
  expect(facets(rows, (row) => [row.outlet])).toEqual([
    { value: 'World Socialist Web Site', count: 5 },
    { value: 'globalresearch.ca', count: 3 },
  ]);
});
