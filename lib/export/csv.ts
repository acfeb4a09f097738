import Papa from 'papaparse';
import { isoTime } from '../library/library';
import type { LibraryRow } from '../library/rows';
import type { ExportJob, Piece } from './job';

// One CSV row per kept quote, figure or note (RFC 4180, via papaparse), for spreadsheets, R and pandas.
// A row the reader corrected says so last (`correction`: wrong-speaker, not-quote, not-figure), with
// the detector's speaker beside the corrected one, so older readers of the columns are undisturbed.

export const CSV_COLUMNS = [
  'kind',
  'id',
  'text',
  'speaker_or_source',
  'value',
  'value_high',
  'unit',
  'qualifier',
  'passage',
  'tags',
  'created',
  'updated',
  'article_title',
  'article_url',
  'outlet',
  'author',
  'published',
  'accessed',
  'correction',
  'detected_speaker_or_source',
] as const;

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"). papaparse's own
 * `escapeFormulae: true` pattern ends in `.*$` without the `s` flag, so it misses a cell with a line
 * break after the `=`; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const SLICE_ROWS = 500;

type CsvCell = string | number;

/** The reader's correction of the row's item, and what the detector said it was. */
const correctionCells = ({ correction }: LibraryRow): CsvCell[] => [correction?.kind ?? '', correction?.detectedSpeaker ?? ''];

function csvRecord(row: LibraryRow): CsvCell[] {
  const [low, high] = Array.isArray(row.value) ? row.value : [row.value, null];
  return [
    row.kind,
    row.id,
    row.text,
    row.speaker ?? '',
    low ?? '',
    high ?? '',
    row.unit ?? '',
    row.qualifier ?? '',
    row.passage ?? '',
    row.tags.join('; '),
    isoTime(row.created),
    isoTime(row.updated),
    row.article.title ?? '',
    row.article.canonicalUrl ?? row.article.url,
    row.outlet,
    row.article.byline ?? '',
    row.article.publishedTime ?? '',
    isoTime(row.article.firstSeen),
    ...correctionCells(row),
  ];
}

/** Numbers stay numbers (a negative value is data, not a formula); every text cell is checked. */
const unparse = (data: CsvCell[][], header: boolean): string =>
  Papa.unparse(header ? { fields: [...CSV_COLUMNS], data } : data, { escapeFormulae: FORMULA_START, newline: '\r\n', header });

export function csvJob(rows: readonly LibraryRow[], fileName = 'sourcelight.csv'): ExportJob {
  return {
    fileName,
    mimeType: 'text/csv;charset=utf-8',
    total: Math.ceil(rows.length / SLICE_ROWS) || 1,
    *pieces(): Iterable<Piece> {
      // A byte-order mark, so Excel reads the file as UTF-8.
      yield `\uFEFF${unparse([], true)}`;
      for (let start = 0; start < rows.length; start += SLICE_ROWS) {
        yield `\r\n${unparse(rows.slice(start, start + SLICE_ROWS).map(csvRecord), false)}`;
      }
      yield '\r\n';
    },
  };
}
