import type { ClaimItem, QuoteItem } from '../messages';

export interface Indexed<T> {
  item: T;
  /** Position in the annotation's list: what 'sourcelight/scroll-to' takes. */
  index: number;
}

export interface Group<T> {
  /** The speaker or the source; null for an unknown speaker or the article's own figures. */
  key: string | null;
  items: Array<Indexed<T>>;
}

/** Items grouped by `keyOf`, groups in order of first appearance, the null group last. */
function groupBy<T>(list: T[], keyOf: (item: T) => string | null): Array<Group<T>> {
  const groups = new Map<string | null, Group<T>>();
  list.forEach((item, index) => {
    const key = keyOf(item)?.trim() || null;
    const group = groups.get(key) ?? { key, items: [] };
    group.items.push({ item, index });
    groups.set(key, group);
  });
  return [...groups.values()].sort((a, b) => Number(a.key === null) - Number(b.key === null));
}

export const groupQuotesBySpeaker = (quotes: QuoteItem[]): Array<Group<QuoteItem>> => groupBy(quotes, (q) => q.speaker?.name ?? null);

export const groupClaimsBySource = (claims: ClaimItem[]): Array<Group<ClaimItem>> => groupBy(claims, (c) => c.source);

export const countSpeakers = (quotes: QuoteItem[]): number =>
  new Set(quotes.flatMap((q) => (q.speaker?.name.trim() ? [q.speaker.name.trim()] : []))).size;
