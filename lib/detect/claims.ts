import type { Claim, Quote } from '../model';
import { attributeClaims } from './claim-source';
import { scanNumericClaims } from './numeric-claims';
import { tokenizeForClaims } from './numeric-tokens';

/** Numeric claims in `text`, in text order, each linked to the quote it stands in (guide section 2). */
export function detectClaims(text: string, quotes: readonly Quote[]): Claim[] {
  const found = scanNumericClaims(tokenizeForClaims(text));
  const sources = attributeClaims(text, found, quotes);
  return found.map((claim, i) => ({ ...claim, quote: sources[i]?.quote ?? null, source: sources[i]?.source ?? null }));
}
