import { EXPORT_FORMATS } from '../lib/export/formats';
import { runExport } from '../lib/export/run';
import { ledger } from '../lib/library/figures';
import { facets, filterRows, NO_FILTER } from '../lib/library/filter';
import { liveLibrary, type Library } from '../lib/library/library';
import { libraryRows, type LibraryRow } from '../lib/library/rows';
import { syntheticLibrary } from '../lib/library/sample-library';
import { searchIndex, type SearchIndex } from '../lib/library/search';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../lib/store/backup';
import { DB_VERSION } from '../lib/store/migrations';
import { median } from './stats';

// The library page's work at 10k and 100k kept quotes, figures and notes, in Node: preparing the
// rows after the store is read (to the first rows on screen), the first search (which folds every
// row's text) and later ones, a filter and sort, the
// figures ledger, and each export as the page runs it (10 ms slices), with the file's size.
// Reading the records out of IndexedDB is the browser's and is not in these figures.

const RUNS = 5;
const QUERIES = ['ceasefire', '12,500', 'ana budget', '"not now"', 'nothing matches this'];

export interface LibraryBenchRow {
  rows: number;
  /** Rows, search index, facets and the first sorted order from the store's records. */
  prepareMs: number;
  /** The first search, which builds the folded texts. */
  firstSearchMs: number;
  /** Median over QUERIES, once the texts are folded. */
  searchMs: number;
  filterSortMs: number;
  ledgerMs: number;
  exports: { format: string; ms: number; mb: number }[];
}

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const timeMedian = (work: () => void): number => median(Array.from({ length: RUNS }, () => time(work)));

function prepare(library: Library): { rows: LibraryRow[]; index: SearchIndex } {
  const rows = libraryRows(liveLibrary(library));
  const index = searchIndex(rows);
  facets(rows, (row) => [row.outlet]);
  facets(rows, (row) => [row.speaker]);
  facets(rows, (row) => row.tags);
  filterRows(rows, index.search(''), NO_FILTER);
  return { rows, index };
}

export async function measureLibrary(sizes: readonly number[]): Promise<LibraryBenchRow[]> {
  const results: LibraryBenchRow[] = [];
  for (const size of sizes) {
    const library = syntheticLibrary(size);
    const prepareMs = timeMedian(() => prepare(library));
    const { rows, index } = prepare(library);
    const firstSearchMs = time(() => index.search(QUERIES[0]!));
    const searchMs = median(QUERIES.map((query) => timeMedian(() => index.search(query))));
    const all = rows.map((_, i) => i);
    const filterSortMs = timeMedian(() => filterRows(rows, all, { ...NO_FILTER, kinds: ['quote', 'claim'], sort: 'speaker' }));
    const ledgerMs = timeMedian(() => ledger(rows));
    const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: DB_VERSION, exportedAt: new Date(0).toISOString(), ...library };
    const exports: LibraryBenchRow['exports'] = [];
    for (const format of EXPORT_FORMATS) {
      const start = performance.now();
      const blob = await runExport(format.job({ library, rows, backup, newId: () => '00000000-0000-4000-8000-000000000000' }));
      exports.push({ format: format.label, ms: performance.now() - start, mb: blob.size / 2 ** 20 });
    }
    results.push({ rows: rows.length, prepareMs, firstSearchMs, searchMs, filterSortMs, ledgerMs, exports });
  }
  return results;
}
