import type { Claim, Quote } from '../model';

/** Numeric claims in `text`, in text order, each linked to the quote it stands in (guide section 2). */
export function detectClaims(text: string, quotes: readonly Quote[]): Claim[] {
  void text;
  void quotes;
  return [];
}
