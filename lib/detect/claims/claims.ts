import type { Claim, Quote } from '../../model';
import { attributeClaims } from './claim-source';
import { claimWindows } from './claim-windows';
import { listNumberEnds } from './list-numbers';
import { numberedNames } from './numbered-names';
import { scanNumericClaims, type ExcludedNumber, type NumericClaim, type TextFacts } from './numeric-claims';
import { firstCounts } from './counted-phrases';
import { tokenizeForClaims } from './numeric-tokens';
import { numberStyle } from './parse-number';
import { tableCellEnds } from './table-cells';

/** Numeric claims in `text`, in text order, each linked to the quote it stands in (guide section 2). */
export function detectClaims(text: string, quotes: readonly Quote[]): Claim[] {
  return claimsIn(text, quotes);
}

/** The claims, and the numbers judged no claim with the rule that judged each (`npm run eval -- --rules`). */
export function detectClaimsWithRules(text: string, quotes: readonly Quote[]): { claims: Claim[]; excluded: ExcludedNumber[] } {
  const excluded: ExcludedNumber[] = [];
  return { claims: claimsIn(text, quotes, excluded), excluded };
}

/** The claims; what is judged no claim goes to `excluded` when given (detection itself keeps none). */
function claimsIn(text: string, quotes: readonly Quote[], excluded?: ExcludedNumber[]): Claim[] {
  const found: NumericClaim[] = [];
  const style = numberStyle(text);
  const facts: TextFacts = { brandNumbers: numberedNames(text), listNumbers: listNumberEnds(text), tableCells: tableCellEnds(text), firstCounts: firstCounts(text) };
  for (const window of claimWindows(text)) {
    for (const claim of scanNumericClaims(tokenizeForClaims(text, window.start, window.end, style), facts, excluded)) found.push(claim);
  }
  const sources = attributeClaims(text, found, quotes);
  return found.map((c, i) => ({
    start: c.start,
    end: c.end,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    quote: sources[i]?.quote ?? null,
    source: sources[i]?.source ?? null,
  }));
}
