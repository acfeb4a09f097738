import Papa from 'papaparse';
import type { NewspaperRow, NewssiteRow, OutletTables, PerennialDomainRow, PerennialEntryRow, PerennialTable, StateMediaRow } from './tables';

// data/outlets/*.csv → the compact tables the extension ships. Plain functions over CSV text, so
// a unit test can compile the CSVs again and find a stale compiled file.

type CsvRow = Record<string, string>;

/** The rows of a CSV with a header row; a malformed file throws, naming the first bad line. */
export function parseCsv(text: string, file: string): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true, delimiter: ',' });
  const [error] = parsed.errors;
  if (error) throw new Error(`${file}: line ${errorLine(text, error)}: ${error.message}`);
  return parsed.data;
}

/** The 1-based line of a parse error: where its character is, else its row after the header. */
function errorLine(text: string, error: Papa.ParseError): number {
  if (typeof error.index === 'number') return text.slice(0, error.index).split('\n').length;
  return (error.row ?? 0) + 2;
}

/** A multi-valued cell (` | `-joined in these files). */
const split = (cell: string | undefined, separator = ' | '): string[] => (cell ? cell.split(separator).map((s) => s.trim()) : []);

const at = (values: string[], i: number): string => values[i] ?? values[0] ?? '';

export function compileNewssites(csv: string): NewssiteRow[] {
  return parseCsv(csv, 'newssites-qid.csv').map((r): NewssiteRow => [r.domain ?? '', r.qid ?? '', r.name ?? '']);
}

/** Each RSP entry once (a big outlet's entry applies to many domains), with the domains pointing at it. */
export function compilePerennial(csv: string): PerennialTable {
  const entries: PerennialEntryRow[] = [];
  const index = new Map<string, number>();
  const domains: PerennialDomainRow[] = [];
  for (const r of parseCsv(csv, 'perennial-sources.csv')) {
    const ids = split(r.entries);
    const [status, labels, qualifiers, lasts, urls] = [split(r.status), split(r.status_label), split(r.qualifier), split(r.rsp_last), split(r.rsp_url)];
    const summaries = split(r.summary, ' || ');
    const row: PerennialDomainRow = [r.domain ?? ''];
    ids.forEach((id, i) => {
      const key = `${r.snapshot}\u0000${id}`;
      let n = index.get(key);
      if (n === undefined) {
        n = entries.length;
        index.set(key, n);
        // 2021 rows have no RSP anchor: their link is the outlet's Wikipedia article.
        entries.push([id, at(status, i), at(labels, i), qualifiers[i] ?? '', at(summaries, i), lasts[i] ?? '', urls[i] || r.wiki_url || '', r.snapshot ?? '']);
      }
      row.push(n);
    });
    domains.push(row);
  }
  return { entries, domains };
}

export function compileStateMedia(csv: string): StateMediaRow[] {
  return parseCsv(csv, 'state-media.csv').map((r): StateMediaRow => [r.domain ?? '', r.name ?? '', r.owner ?? '', r.country ?? '', r.typology ?? '', r.typology_label ?? '']);
}

/**
 * Only the rows that clearly describe their domain's outlet: the item is the one the hand-curated
 * list names for the domain, or — when the list names none — the only item on the domain and one
 * whose website is the bare domain. A different item in the list means this one is a sister
 * publication (the International Edition on nytimes.com, The Observer on theguardian.com).
 */
export function compileNewspapers(csv: string, newssites: readonly NewssiteRow[]): NewspaperRow[] {
  const curated = new Map(newssites.map(([domain, qid]) => [domain, qid]));
  return parseCsv(csv, 'wikidata-newspapers.csv')
    .filter((r) => {
      const named = curated.get(r.domain ?? '');
      if (named) return named === r.qid;
      return r.n_items_on_domain === '1' && r.match === 'domain-root';
    })
    .map((r): NewspaperRow => [r.domain ?? '', r.qid ?? '', r.name ?? '', r.owner ?? '', r.country ?? '', r.language ?? '', r.founded ?? '', r.wikidata_modified ?? '']);
}

export type OutletCsvs = Record<keyof OutletTables, string>;

export function compileOutletTables(csvs: OutletCsvs): OutletTables {
  const newssites = compileNewssites(csvs.newssites);
  return {
    newssites,
    perennial: compilePerennial(csvs.perennial),
    stateMedia: compileStateMedia(csvs.stateMedia),
    newspapers: compileNewspapers(csvs.newspapers, newssites),
  };
}
