import type { Claim, Quote } from '../model';
import { detectClaims } from './claims/claims';
import { detectQuotes } from './quotes/quotes';

export interface Detection {
  quotes: Quote[];
  claims: Claim[];
}

/** Quotes first: a claim's source is the speaker of the quote it stands in. */
export function detect(text: string): Detection {
  const quotes = detectQuotes(text);
  return { quotes, claims: detectClaims(text, quotes) };
}
