import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { libraryRows, type LibraryRow } from '../library/rows';
import { liveLibrary } from '../library/library';
import { sampleCorrection, sampleLibrary, syntheticLibrary } from '../library/sample-library';
import { CSV_COLUMNS, csvJob } from './csv';
import { exportText } from './job';

const readBack = async (rows: readonly LibraryRow[]): Promise<Record<string, string>[]> => {
  const text = await exportText(csvJob(rows));
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  return parsed.data;
};

const withText = (text: string): LibraryRow => ({ ...libraryRows(sampleLibrary())[0]!, text });

describe('formula injection', () => {
  test.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', "'\rreturn"],
    // papaparse's own pattern misses these: `.` does not cross the line break.
    ['=HYPERLINK("http://x")\nmore', '\'=HYPERLINK("http://x")\nmore'],
    ['-\n', "'-\n"],
    ['a = b', 'a = b'],
    [' =1', ' =1'],
  ])('%j is read back as %j', async (text, cell) => {
    const [row] = await readBack([withText(text)]);
    expect(row!.text).toBe(cell);
  });

  test('negative numbers stay numbers', async () => {
    const row = { ...withText('x'), kind: 'claim' as const, value: [-5, -2] as [number, number] };
    const [read] = await readBack([row]);
    expect([read!.value, read!.value_high]).toEqual(['-5', '-2']);
  });
});

test('one row per kept quote, claim and note, with article and outlet columns', async () => {
  const rows = await readBack(libraryRows(sampleLibrary()));
  expect(rows.map((row) => row.kind)).toEqual(['quote', 'quote', 'claim', 'claim', 'claim', 'quote', 'note', 'note']);
  expect(rows[3]).toMatchObject({
    text: '400,000',
    speaker_or_source: 'Douglas Macgregor',
    value: '400000',
    unit: 'soldiers',
    qualifier: 'at least',
    article_title: 'NATO powers discuss sending troops to Ukraine',
    article_url: 'https://www.wsws.org/en/articles/2024/02/27/pers-f27.html',
    outlet: 'World Socialist Web Site',
    author: 'Andre Damon',
    published: '2024-02-27T03:00:00Z',
    accessed: '2026-11-30T09:12:00.000Z',
  });
  expect(rows[6]).toMatchObject({ kind: 'note', passage: '31,000', speaker_or_source: 'Volodymyr Zelensky', tags: 'casualties; #ukraine war' });
  expect(rows[7]!.text).toBe('\'=HYPERLINK("http://evil.example","click")');
  expect(rows[7]!.outlet).toBe('globalresearch.ca');
});

test('a kept quote whose speaker the reader corrected: their speaker, then the correction and the detector’s speaker in the last columns', async () => {
  const notAFigure = sampleCorrection({ id: 'c2', kind: 'not-figure', item: 'claim', text: '400,000', before: 'Macgregor estimates that at least ', speaker: null });
  const rows = await readBack(libraryRows(liveLibrary({ ...sampleLibrary(), corrections: [sampleCorrection(), notAFigure] })));
  expect(CSV_COLUMNS.slice(-2)).toEqual(['correction', 'detected_speaker_or_source']);
  expect(rows[1]).toMatchObject({ kind: 'quote', speaker_or_source: 'Ann Lee', correction: 'wrong-speaker', detected_speaker_or_source: 'Volodymyr Zelensky' });
  expect(rows[3]).toMatchObject({ kind: 'claim', text: '400,000', speaker_or_source: 'Douglas Macgregor', correction: 'not-figure', detected_speaker_or_source: '' });
  expect(rows[0]).toMatchObject({ speaker_or_source: 'Robert Fico', correction: '', detected_speaker_or_source: '' });
});

test('commas, quotes and line breaks survive; thousands of rows in slices read back whole', async () => {
  const rows = libraryRows(syntheticLibrary(2_345));
  rows[7] = { ...rows[7]!, text: 'He said, "no"\nand left; “fine”' };
  const read = await readBack(rows);
  expect(read).toHaveLength(rows.length);
  expect(read[7]!.text).toBe('He said, "no"\nand left; “fine”');
  expect(read.at(-1)!.id).toBe(rows.at(-1)!.id);
});
