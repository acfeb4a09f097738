import type { ItemRef, ListWindow, PageAnnotation } from '../messages';
import { wholeCharacters } from './format';

/**
 * How many quotes and how many claims one answer to the popup carries. A page of 50,000 items
 * listed whole came to more than the 64 MiB a message may hold (the popup then showed nothing,
 * not even "Remove highlights"); a page of this many stays in the hundreds of kilobytes and
 * draws at once. The popup asks for the next page when the reader wants it.
 */
export const LIST_PAGE = 500;
/** The longest item text sent: a "quote" the size of a whole paragraph is shown cut anyway. */
export const ITEM_TEXT_MAX = 1_000;

const withKept = <T extends { kept?: string }>(item: T, kept: string | undefined): T => (kept ? { ...item, kept } : item);

const bounded = (text: string): string => (text.length > ITEM_TEXT_MAX ? `${wholeCharacters(text, ITEM_TEXT_MAX - 1)}…` : text);

/**
 * One page of `annotation`'s items, from `window.from`, their texts bounded, with the totals (and,
 * on the first page, the article's text and links); `keptOf` names the kept item of an item the
 * reader kept.
 */
export function listWindow(annotation: PageAnnotation | null, window: ListWindow | null, keptOf: (ref: ItemRef) => string | undefined = () => undefined): PageAnnotation | null {
  if (!annotation) return null;
  const from = Math.max(0, Math.floor(Number(window?.from) || 0));
  // The article's text and links come with the first page only: the popup keeps them.
  const { text, links, ...rest } = annotation;
  return {
    ...rest,
    ...(from === 0 ? { text, links } : {}),
    quotes: annotation.quotes.slice(from, from + LIST_PAGE).map((q, i) => withKept({ ...q, text: bounded(q.text) }, keptOf({ kind: 'quote', index: from + i }))),
    claims: annotation.claims.slice(from, from + LIST_PAGE).map((c, i) => withKept({ ...c, text: bounded(c.text) }, keptOf({ kind: 'claim', index: from + i }))),
    totals: { quotes: annotation.quotes.length, claims: annotation.claims.length },
  };
}
