import { detectClaims } from '../lib/detect/claims/claims';
import { detectQuotes } from '../lib/detect/quotes/quotes';
import { countWords, firstWords, timeMedian } from './stats';

// Detection time against text length: equal milliseconds per 1,000 words at every size means
// the detectors are linear.

export interface ScalingRow {
  words: number;
  quotesMsPer1kWords: number;
  claimsMsPer1kWords: number;
}

/** `sources` joined as paragraphs and repeated until the text has `words` words, cut there. */
export function textOfLength(sources: readonly string[], words: number): string {
  const unit = sources
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n\n');
  const unitWords = countWords(unit);
  if (!unitWords) return '';
  return firstWords(Array.from({ length: Math.ceil(words / unitWords) }, () => unit).join('\n\n'), words);
}

export function measureScaling(sources: readonly string[], sizes: readonly number[], runs: number): ScalingRow[] {
  return sizes.map((size) => {
    const text = textOfLength(sources, size);
    const words = countWords(text);
    const quotes = detectQuotes(text);
    const perThousand = (ms: number) => (ms * 1000) / Math.max(1, words);
    return {
      words,
      quotesMsPer1kWords: perThousand(
        timeMedian(
          runs,
          () => null,
          () => detectQuotes(text),
        ),
      ),
      claimsMsPer1kWords: perThousand(
        timeMedian(
          runs,
          () => null,
          () => detectClaims(text, quotes),
        ),
      ),
    };
  });
}
