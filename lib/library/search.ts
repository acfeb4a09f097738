import type { LibraryRow } from './rows';

// Full-text search by scanning one folded string per row. Measured at 100k rows in npm run bench
// (the "library search" rows): a scan needs no index to build when the library opens, finds
// substrings ("31,0", "zelens") that a word index would miss, and holds one string per row.

/** Lower case without diacritics, so `Zelenskyy` finds `Zelenskyy` and `élection` finds `election`. */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

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

export function searchIndex(rows: readonly LibraryRow[]): SearchIndex {
  const texts = rows.map(haystack);
  return {
    search(query, among) {
      const terms = queryTerms(query);
      const candidates = among ?? texts.map((_, index) => index);
      if (terms.length === 0) return [...candidates];
      return candidates.filter((index) => terms.every((term) => texts[index]!.includes(term)));
    },
  };
}
