import type { Claim, Quote, TextRange } from '../model';
import { detectClaims } from './claims/claims';
import { detectQuotes } from './quotes/quotes';

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
