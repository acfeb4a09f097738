import type { Claim, Quote, TextRange } from '../model';
import { detectClaims, detectClaimsWithRules } from './claims/claims';
import type { ExcludedNumber } from './claims/numeric-claims';
import { detectQuotes, detectQuotesWithRules, type DroppedQuotation, type RuledQuote } from './quotes/quotes';

export interface Detection {
  quotes: Quote[];
  claims: Claim[];
}

/**
 * Quotes first: a claim's source is the speaker of the quote it stands in. `blockQuotes` are the
 * page's block quotations in `text` (extraction's `Article.blockQuotes`); a bare string has none.
 */
export function detect(text: string, blockQuotes: readonly TextRange[] = []): Detection {
  const quotes = detectQuotes(text, blockQuotes);
  return { quotes, claims: detectClaims(text, quotes) };
}

/** What detection found and why: each quote's rule, the quotations dropped as no speech and the numbers judged no claim. */
export interface RuledDetection {
  quotes: RuledQuote[];
  claims: Claim[];
  dropped: DroppedQuotation[];
  excluded: ExcludedNumber[];
}

/** `detect` with the rules behind its answers (`npm run eval -- --rules`, the rule test tables); the same quotes and claims. */
export function detectWithRules(text: string, blockQuotes: readonly TextRange[] = []): RuledDetection {
  const { quotes, dropped } = detectQuotesWithRules(text, blockQuotes);
  const { claims, excluded } = detectClaimsWithRules(text, quotes);
  return { quotes, claims, dropped, excluded };
}
