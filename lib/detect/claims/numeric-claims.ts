// The claim scanner: one pass over the tokens that reads each amount, joins it to a range partner
// (`300,000-350,000`, `between 4 and 5`, `four or five`), a ratio partner (`40 of 200`, `one in
// five`) or the other side of a score (tallies.ts), drops what is not a claim (not-claims.ts, with
// the exceptions of claim-exceptions.ts) and records qualifier and unit.
import { readAmount, type Amount } from './amount';
import { countedNounAfter, qualifierBefore } from './claim-context';
import { introducesCount, isBrand, listsAfterCount, NO_BRANDS, retentionUnit } from './claim-exceptions';
import { CHANGE_WORDS, RANGE_OPENERS } from '../lexicon/qualifiers';
import { NOT_CLAIM_REASONS, notClaim, type NotClaim, type Partner } from './not-claims';
import type { Token } from './numeric-tokens';
import { isScore } from './tallies';
import type { ClaimValue } from '../../model';

export interface NumericClaim {
  start: number;
  end: number;
  value: ClaimValue;
  unit: string | null;
  qualifier: string | null;
}

/** What the claim rules know of the whole text, beyond the few tokens around a figure. */
export interface TextFacts {
  /** Numbers used as names, and `name number` keys written twice (numbered-names.ts). */
  brandNumbers: ReadonlySet<string>;
  /** End offsets of a listicle's item numbers (list-numbers.ts). */
  listNumbers: ReadonlySet<number>;
  /** End offsets of the cells of tables of figures (table-cells.ts). */
  tableCells: ReadonlySet<number>;
  /** Where the text first writes each `number-word noun` pair (counted-phrases.ts). */
  firstCounts: ReadonlyMap<string, number>;
}

/** The rules that judge a number no claim: a reason of not-claims.ts, a listicle's item number, a brand's number. */
export const EXCLUSION_RULES = [...NOT_CLAIM_REASONS, 'list number', 'brand'] as const;

/** A number read and judged no claim, with the rule that judged it (`npm run eval -- --rules`). */
export interface ExcludedNumber {
  start: number;
  end: number;
  rule: (typeof EXCLUSION_RULES)[number];
}

const NO_FACTS: TextFacts = { brandNumbers: NO_BRANDS, listNumbers: new Set(), tableCells: new Set(), firstCounts: new Map() };

// How many words may stand between `between` and the first end of its range.
const RANGE_OPENER_REACH = 4;
const RANGE_DASHES = new Set(['-', '\u2010', '\u2011', '\u2013']);

const wordAt = (tokens: readonly Token[], i: number): string | null => {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.norm : null;
};

const isYearLike = (a: Amount): boolean =>
  !!a.numeral && a.numeral.integerDigits === 4 && !a.numeral.grouped && !a.numeral.fractional && a.multiplier === 1 && !a.currency && !a.percent;

const isPlainOne = (a: Amount): boolean => a.wordKind === 'cardinal' && !a.scaled && a.value === 1 && !a.currency && !a.percent && !a.measure;

const PREDICATE_LEADS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', "it's", "that's", "he's", "she's", 'as']);

/**
 * A qualifier makes a number a figure (`at least one`, `just one person survived`), but `just` before
 * a plain `one` that is a predicate only stresses a singular (`it's just one simple way`, `regards it
 * as just one among many`).
 */
function quantifies(tokens: readonly Token[], qualifier: string | null, a: Amount): boolean {
  if (qualifier === null) return false;
  return !(qualifier === 'just' && isPlainOne(a) && tokens[a.first - 1]?.norm === 'just' && PREDICATE_LEADS.has(tokens[a.first - 2]?.norm ?? ''));
}

// How many times the low end may go into the high end for `10-15,000` to read as thousands (`1-10,000` does not).
const THOUSANDS_SPREAD = 4;

/** Both amounts valued, written alike, the second larger: `2-3 million` takes the million onto the 2. */
function asRange(a: Amount, b: Amount): [number, number] | null {
  if (a.value === null || b.value === null || !!a.numeral !== !!b.numeral || a.wordKind === 'fraction' || b.wordKind === 'fraction' || b.glued) return null;
  // Both ends measure the same thing: `0.3 percentage points to 4.1%` is a change, not a range.
  const unitA = a.percent ?? a.currency ?? a.measure;
  const unitB = b.percent ?? b.currency ?? b.measure;
  if (unitA && unitB && unitA !== unitB) return null;
  let low = a.value;
  if (a.multiplier === 1 && b.multiplier > 1 && low * b.multiplier <= b.value) low *= b.multiplier;
  // `10-15,000` is ten to fifteen thousand: the thousands are written on the upper end only.
  else if (a.numeral && b.numeral?.grouped && !a.numeral.grouped && !a.numeral.fractional && low < 1000 && low * 1000 < b.value && low * 1000 * THOUSANDS_SPREAD >= b.value)
    low *= 1000;
  return low < b.value ? [low, b.value] : null;
}

/** `between` a few words before token `first` (`between 4 and 5`, `between the ages of 25 and 54`). */
function rangeOpener(tokens: readonly Token[], first: number): string | null {
  for (let j = first - 1; j >= first - RANGE_OPENER_REACH && j >= 0; j--) {
    const w = wordAt(tokens, j);
    if (w === null) return null;
    if (RANGE_OPENERS.has(w)) return w;
  }
  return null;
}

/** The amount joined to `a` as the other end of a range or as the whole of a ratio. */
function readPartner(tokens: readonly Token[], a: Amount): Partner {
  const link = tokens[a.last + 1];
  if (!link) return null;
  const opener = rangeOpener(tokens, a.first);
  if (link.kind === 'mark' && RANGE_DASHES.has(link.norm) && link.spaced === (tokens[a.last + 2]?.spaced ?? false)) {
    const b = readAmount(tokens, a.last + 2);
    if (b && isScore(tokens, a, b)) return { amount: b, link: 'score' };
    return b && asRange(a, b) ? { amount: b, link: 'range' } : null;
  }
  if (link.kind !== 'word') return null;
  if (link.norm === 'and' && opener) {
    const b = readAmount(tokens, a.last + 2);
    return b && asRange(a, b) ? { amount: b, link: 'range' } : null;
  }
  // `from 6.6 percent to 13 percent`, `rose $2.40 to $84.50`: a change between two figures, not a range.
  if ((link.norm === 'to' && !CHANGE_WORDS.has(wordAt(tokens, a.first - 1) ?? '')) || link.norm === 'or') {
    const b = readAmount(tokens, a.last + 2);
    if (link.norm === 'to' && b && isScore(tokens, a, b)) return { amount: b, link: 'score' };
    return b && asRange(a, b) && !isYearLike(b) ? { amount: b, link: 'range' } : null;
  }
  // `one of four schooners` picks one thing out of a count: the count is the claim, `one` a plain singular.
  if (link.norm === 'of' && isPlainOne(a)) return null;
  const ratioAt = link.norm === 'out' && wordAt(tokens, a.last + 2) === 'of' ? a.last + 3 : link.norm === 'of' || link.norm === 'in' ? a.last + 2 : -1;
  if (ratioAt < 0 || a.value === null || a.wordKind === 'vague' || a.wordKind === 'fraction' || a.percent || a.currency) return null;
  // `1 in every 10`, `3 of the 10 largest banks`.
  const skipped = wordAt(tokens, ratioAt);
  const every = skipped === 'every' || (skipped === 'the' && link.norm === 'of') ? ratioAt + 1 : ratioAt;
  const b = readAmount(tokens, every);
  if (!b || b.value === null || b.wordKind === 'vague' || b.wordKind === 'fraction' || b.percent || b.currency || isYearLike(b) || b.value <= a.value) return null;
  return { amount: b, link: 'ratio' };
}

function unitOf(tokens: readonly Token[], a: Amount, end: Amount): string | null {
  if (a.percent ?? end.percent) return a.percent ?? end.percent;
  if (a.currency ?? end.currency) return a.currency ?? end.currency;
  if (end.measure ?? a.measure) return end.measure ?? a.measure;
  return countedNounAfter(tokens, end.last, a.wordKind === 'vague' || a.wordKind === 'fraction');
}

/** Every numeric claim in the tokens, in text order, with value, unit and qualifier; what was judged no claim goes to `excludedOut`. */
export function scanNumericClaims(tokens: readonly Token[], facts: TextFacts = NO_FACTS, excludedOut?: ExcludedNumber[]): NumericClaim[] {
  const { brandNumbers, listNumbers, tableCells, firstCounts } = facts;
  const claims: NumericClaim[] = [];
  let lastCountEnd = -1;
  let i = 0;
  while (i < tokens.length) {
    const a = readAmount(tokens, i);
    if (!a) {
      i++;
      continue;
    }
    const partner = readPartner(tokens, a);
    const end = partner ? partner.amount : a;
    const qualifier = qualifierBefore(tokens, a.first);
    const opener = rangeOpener(tokens, a.first);
    const listNumber = !!a.numeral && !a.currency && !a.percent && !a.measure && listNumbers.has(tokens[a.numberLast]?.end ?? -1);
    const listed: NotClaim | null = listNumber ? { reason: 'identifier', through: a.numberLast } : null;
    const ruled = listed ?? notClaim(tokens, a, partner, quantifies(tokens, qualifier?.text ?? null, a), tableCells.has(tokens[a.numberLast]?.end ?? -1));
    const brand: NotClaim | null = !ruled && isBrand(tokens, a, brandNumbers) ? { reason: 'name', through: a.last } : null;
    const notOne = ruled ?? brand;
    const keptFor = notOne?.reason === 'duration' && !partner ? retentionUnit(tokens, a) : -1;
    const excepted = (notOne?.reason === 'singular' && listsAfterCount(tokens, a, lastCountEnd)) || (notOne?.reason === 'anaphora' && introducesCount(tokens, a, firstCounts));
    const excluded = excepted || keptFor > 0 ? null : notOne;
    if (excluded === null) {
      const range = partner?.link === 'range' ? asRange(a, partner.amount) : null;
      const first = tokens[a.first];
      const last = tokens[keptFor > 0 ? keptFor : end.last];
      if (first && last) {
        claims.push({
          start: first.start,
          end: last.end,
          // A score's two sides are no one number.
          value: partner?.link === 'score' ? null : (range ?? a.value),
          unit: keptFor > 0 ? (tokens[keptFor]?.norm ?? null) : unitOf(tokens, a, end),
          qualifier: range && opener ? opener : (qualifier?.text ?? null),
        });
        if (!a.currency && !a.percent && !a.measure && a.wordKind !== 'vague' && a.wordKind !== 'fraction') lastCountEnd = end.last;
      }
      i = end.last + 1;
    } else {
      excludedOut?.push({ start: tokens[a.first]?.start ?? 0, end: tokens[excluded.through]?.end ?? 0, rule: listed ? 'list number' : brand ? 'brand' : excluded.reason });
      i = excluded.through + 1;
    }
  }
  return claims;
}
