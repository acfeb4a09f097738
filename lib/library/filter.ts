import type { LibraryRow, RowKind } from './rows';
import { fold } from './search';

// The library's filters and sort orders, over rows by index.

export type SortOrder = 'read' | 'published' | 'updated' | 'outlet' | 'speaker';

export interface LibraryFilter {
  kinds: readonly RowKind[];
  outlet: string | null;
  /** Matched case- and accent-insensitively. */
  speaker: string | null;
  tag: string | null;
  /** YYYY-MM-DD, inclusive. */
  readFrom: string | null;
  readTo: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
  sort: SortOrder;
}

export const NO_FILTER: LibraryFilter = {
  kinds: ['quote', 'claim', 'note'],
  outlet: null,
  speaker: null,
  tag: null,
  readFrom: null,
  readTo: null,
  publishedFrom: null,
  publishedTo: null,
  sort: 'read',
};

const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const inRange = (day: () => string | null, from: string | null, to: string | null): boolean => {
  if (!from && !to) return true;
  const value = day();
  return value !== null && (!from || value >= from) && (!to || value <= to);
};

export function matchesFilter(row: LibraryRow, filter: LibraryFilter): boolean {
  if (!filter.kinds.includes(row.kind)) return false;
  if (filter.outlet && row.outlet !== filter.outlet) return false;
  if (filter.speaker && fold(row.speaker ?? '') !== fold(filter.speaker)) return false;
  if (filter.tag && !row.tags.some((tag) => fold(tag) === fold(filter.tag!))) return false;
  if (!inRange(() => dayOf(row.article.firstSeen), filter.readFrom, filter.readTo)) return false;
  return inRange(() => row.article.publishedTime?.slice(0, 10) ?? null, filter.publishedFrom, filter.publishedTo);
}

/** Dates sort newest first, names A–Z with rows that have none last. */
function sortKey(row: LibraryRow, order: SortOrder): number | string {
  switch (order) {
    case 'read':
      return -row.article.firstSeen;
    case 'published':
      return row.article.publishedTime ? -(Date.parse(row.article.publishedTime) || 0) : Infinity;
    case 'updated':
      return -row.updated;
    case 'outlet':
      return fold(row.outlet);
    case 'speaker':
      return row.speaker ? fold(row.speaker) : '\uffff';
  }
}

/** The indices of the rows passing the filter, in its sort order (ties keep row order). */
export function filterRows(rows: readonly LibraryRow[], among: readonly number[], filter: LibraryFilter): number[] {
  const kept = among.filter((index) => matchesFilter(rows[index]!, filter));
  const keys = new Array<number | string>(rows.length);
  for (const index of kept) keys[index] = sortKey(rows[index]!, filter.sort);
  return kept.sort((a, b) => {
    const [ka, kb] = [keys[a]!, keys[b]!];
    return (ka < kb ? -1 : ka > kb ? 1 : 0) || a - b;
  });
}

export interface Facet {
  value: string;
  count: number;
}

/** The values a filter can take, with how many rows have each, most frequent first. */
export function facets(rows: readonly LibraryRow[], pick: (row: LibraryRow) => readonly (string | null)[]): Facet[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const value of pick(row)) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
