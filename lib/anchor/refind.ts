// Finding painted items again after the page changed its own text, from the selectors recorded
// when each was found (lib/anchor/anchor.ts). Only the same words in the same surroundings count
// as the same item: a mark on nearly the same words, or on the same words somewhere else, would
// show the old item's card over text it does not describe.
import type { SpanSelectors } from './anchor';
import { contextAgreement, matchQuoteIn } from './match-quote';
import { squeezeText, toSqueezedOffset } from './squeeze';
import { buildTextIndex, rangeFromOffsets, type TextIndex } from './text-index';

/** Where an item is now: found again, its words changed (the fuzzy matcher finds something close), or gone. */
export type Refound = { state: 'found'; range: Range } | { state: 'changed' } | { state: 'gone' };

/** At least this share of the recorded prefix or suffix must still surround the words. */
export const MIN_CONTEXT_AGREEMENT = 0.5;

/** How far (whitespace aside) from where an item was an approximate match is looked for. */
const SEARCH_RADIUS = 20_000;

/** The words of a text as anchoring compares them: whitespace and invisible characters left out. */
export const wordsOf = (text: string): string => squeezeText(text).text;

/** Whether a live Range still shows `words` (wordsOf the text it was painted on); a Range whose text the page removed has collapsed. */
export function stillShows(range: Range, words: string): boolean {
  return !range.collapsed && wordsOf(range.toString()) === words;
}

/** Each item of `selectors` looked for under `root` as it is now; the page is indexed once for all. */
export function refindAll(root: Node, selectors: ReadonlyArray<SpanSelectors>): Refound[] {
  if (selectors.length === 0) return [];
  const index = buildTextIndex(root);
  return selectors.map((s) => refindIn(index, s));
}

function refindIn(index: TextIndex, [quote, position]: SpanSelectors): Refound {
  const exact = wordsOf(quote.exact);
  const page = index.squeezed;
  const match = matchQuoteIn(page, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position.start, searchRadius: SEARCH_RADIUS });
  if (!match || exact.length === 0) return { state: 'gone' };
  const start = toSqueezedOffset(page, match.start);
  const end = toSqueezedOffset(page, match.end);
  if (page.text.slice(start, end) !== exact) return { state: 'changed' };
  const agreement = contextAgreement(page.text, start, end, wordsOf(quote.prefix), wordsOf(quote.suffix));
  if (Math.max(agreement.prefix, agreement.suffix) < MIN_CONTEXT_AGREEMENT) return { state: 'gone' };
  return { state: 'found', range: rangeFromOffsets(index, match.start, match.end) };
}
