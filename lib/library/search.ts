import type { LibraryRow } from './rows';

// Full-text search by scanning one folded string per row. Measured at 100k rows in npm run bench
// (the "library search" rows): a scan needs no index to build when the library opens, finds
// substrings ("31,0", "zelens") that a word index would miss, and holds one string per row.

/** Lower case without diacritics, so `ZELENSKY` finds `Zelensky` and `élection` finds `election`. */
export const fold = (text: string): string =>
  // Most text is ASCII: normalising it would change nothing and costs most of the time.
  /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();

/** What a row is found by: its text, passage, speaker or source, tags, article title and outlet. */
export function haystack(row: LibraryRow): string {
  return fold([row.text, row.passage ?? '', row.speaker ?? '', row.tags.join(' '), row.article.title ?? '', row.outlet].join('\n'));
}

/** The words of a query; a "quoted phrase" is one term. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of fold(query).matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term) terms.push(term);
  }
  return terms;
}

export interface SearchIndex {
  /** Indices of the rows holding every term, in row order; all rows for an empty query. */
  search(query: string, among?: readonly number[]): number[];
}

/** The folded texts are made on the first search, so opening the library does not wait for them. */
export function searchIndex(rows: readonly LibraryRow[]): SearchIndex {
  let texts: string[] | null = null;
  return {
    search(query, among) {
      const terms = queryTerms(query);
      const candidates = among ?? rows.map((_, index) => index);
      if (terms.length === 0) return [...candidates];
      const folded = (texts ??= rows.map(haystack));
      return candidates.filter((index) => terms.every((term) => folded[index]!.includes(term)));
    },
  };
}
