import type { Annotation, Claim, Quote } from '../model';
import type { NewCorrection } from '../store/corrections';
import type { CorrectionKind, CorrectionRecord } from '../store/schema';

// The reader's corrections of detected items: made from an item of the annotation, found again
// in a fresh annotation of the page, and applied to it.

/** How far (in characters) a corrected item may have moved in a fresh extraction and still be found. */
const DRIFT = 2_000;
/** The gold files' `before`: the text just before an item, up to about 40 characters. */
const BEFORE_CHARS = 40;

export type ItemKind = 'quote' | 'claim';

/** What a correction does to its kind of item. */
export const CORRECTS: Record<CorrectionKind, ItemKind> = { 'not-quote': 'quote', 'wrong-speaker': 'quote', 'not-figure': 'claim' };

export const CORRECTION_LABEL: Record<CorrectionKind, string> = {
  'not-quote': 'not a quote',
  'wrong-speaker': 'speaker corrected',
  'not-figure': 'not a figure',
};

const beforeOf = (text: string, start: number): string => text.slice(Math.max(0, start - BEFORE_CHARS), start);

/** Why `kind` cannot be made on item `index` of `annotation`, or the correction itself. */
export function describeCorrection(
  annotation: Pick<Annotation, 'text' | 'quotes' | 'claims'>,
  item: ItemKind,
  index: number,
  kind: CorrectionKind,
  speaker: string | null = null,
): NewCorrection | string {
  if (CORRECTS[kind] !== item) return `“${CORRECTION_LABEL[kind]}” does not apply to a ${item === 'quote' ? 'quote' : 'figure'}.`;
  const name = speaker?.replace(/\s+/g, ' ').trim() ?? '';
  if (kind === 'wrong-speaker' && (!name || name.length > 200)) return 'Name who said it.';
  const { text } = annotation;
  if (item === 'quote') {
    const quote: Quote | undefined = annotation.quotes[index];
    if (!quote) return 'That quote is not on the page.';
    return {
      kind,
      item,
      text: text.slice(quote.start, quote.end),
      start: quote.start,
      end: quote.end,
      before: beforeOf(text, quote.start),
      detected: { quoteKind: quote.kind, cue: quote.cue, speaker: quote.speaker?.name ?? null },
      speaker: kind === 'wrong-speaker' ? name : null,
    };
  }
  const claim: Claim | undefined = annotation.claims[index];
  if (!claim) return 'That figure is not on the page.';
  return {
    kind,
    item,
    text: text.slice(claim.start, claim.end),
    start: claim.start,
    end: claim.end,
    before: beforeOf(text, claim.start),
    detected: { value: claim.value, unit: claim.unit, source: claim.source },
    speaker: null,
  };
}

/** Each correction's item in `annotation` (index by kind), the latest correction of an item winning; a correction whose words are gone is left out. */
export interface MatchedCorrections {
  quotes: Map<number, CorrectionRecord>;
  claims: Map<number, CorrectionRecord>;
}

/**
 * Finds each correction's item: the item of its kind with its words at its place, else the one
 * with its words and the same text before it nearest its place (the page changed a little).
 */
export function matchCorrections(annotation: Pick<Annotation, 'text' | 'quotes' | 'claims'>, corrections: readonly CorrectionRecord[]): MatchedCorrections {
  const matched: MatchedCorrections = { quotes: new Map(), claims: new Map() };
  const { text } = annotation;
  for (const correction of [...corrections].sort((a, b) => a.created - b.created)) {
    const items: ReadonlyArray<{ start: number; end: number }> = correction.item === 'quote' ? annotation.quotes : annotation.claims;
    let best = -1;
    let distance = Infinity;
    items.forEach((span, index) => {
      const gap = Math.abs(span.start - correction.start);
      if (gap > DRIFT || gap >= distance || text.slice(span.start, span.end) !== correction.text) return;
      if (gap > 0 && !beforeOf(text, span.start).endsWith(correction.before.slice(-12))) return;
      best = index;
      distance = gap;
    });
    if (best >= 0) (correction.item === 'quote' ? matched.quotes : matched.claims).set(best, correction);
  }
  return matched;
}
