import { matchCorrections, type MatchedCorrections } from '../corrections/corrections';
import type { PageAnnotation } from '../messages';
import type { AnchoredRanges } from '../paint/hit-test';
import type { CorrectionRecord } from '../store/schema';
import type { PaintedAnnotation } from './pipeline';

// The page as the reader corrected it: an item that is "not a quote" or "not a figure" is neither
// painted nor hovered, a quote's corrected speaker replaces the detector's (whose mark, on the
// wrong words, goes), and the popup lists each corrected item as corrected.

export interface CorrectedView {
  items: PageAnnotation;
  /** The ranges to paint and hit-test. */
  shown: AnchoredRanges;
  matched: MatchedCorrections;
}

export function correctedView(painted: PaintedAnnotation, listed: PageAnnotation, corrections: readonly CorrectionRecord[]): CorrectedView {
  const matched = matchCorrections(painted.annotation, corrections);
  const { ranges } = painted;
  const rejected = (c: CorrectionRecord | undefined): boolean => c !== undefined && c.kind !== 'wrong-speaker';
  return {
    matched,
    items: {
      ...listed,
      quotes: listed.quotes.map((quote, i) => {
        const correction = matched.quotes.get(i);
        if (!correction) return quote;
        if (correction.kind !== 'wrong-speaker') return { ...quote, correction: { id: correction.id, kind: correction.kind } };
        const speaker = { name: correction.speaker ?? '', start: quote.speaker?.start ?? quote.start, end: quote.speaker?.end ?? quote.start };
        return { ...quote, speaker, correction: { id: correction.id, kind: correction.kind, detectedSpeaker: quote.speaker?.name ?? null } };
      }),
      claims: listed.claims.map((claim, i) => {
        const correction = matched.claims.get(i);
        if (correction) return { ...claim, correction: { id: correction.id, kind: correction.kind } };
        // A figure inside a quote the reader corrected follows it: their speaker's, or the article's own.
        const inQuote = claim.quote === null ? undefined : matched.quotes.get(claim.quote);
        if (!inQuote) return claim;
        return { ...claim, source: inQuote.kind === 'wrong-speaker' ? inQuote.speaker : null };
      }),
    },
    shown: {
      quotes: ranges.quotes.map((r, i) => (rejected(matched.quotes.get(i)) ? null : r)),
      speakers: ranges.speakers.map((r, i) => (matched.quotes.has(i) ? null : r)),
      claims: ranges.claims.map((r, i) => (rejected(matched.claims.get(i)) ? null : r)),
    },
  };
}
