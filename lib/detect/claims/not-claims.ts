// Numbers that do not state how many or how much (docs/annotation-guide.md, "Not marked"): the time
// rules (time-numbers.ts), the reference rules (reference-numbers.ts), and here a plain singular
// `one`, small number words that refer back (`the two sides`), compounds and a lone `half`.
import type { Amount } from './amount';
import { HYPHENS, isMark, opensSentence, tokenWord } from './amount-context';
import { COUNT_COMPOUND_HEADS, MULTIPLIER_HEADS } from '../lexicon/compound-heads';
import { ANAPHORIC_DETERMINERS, ANAPHORIC_MODIFIERS, HALF_SIDES, NOUN_PHRASE_STOPS } from '../lexicon/function-words';
import { MEASURE_UNITS } from '../lexicon/measures';
import { FRACTION_DENOMINATORS, TENS_WORDS } from '../lexicon/number-words';
import { TIME_UNITS } from '../lexicon/time-words';
import type { Token } from './numeric-tokens';
import { isIdentifier, isNamedByWordAfter, phoneEnd } from './reference-numbers';
import { durationKind, isAge, isDate, isStatistic, isTime, isYear } from './time-numbers';
import { looksParticiple, looksPlural } from '../lexicon/word-class';

/** Every reason a number is not a claim (`npm run eval -- --rules` lists each, fired or not). */
export const NOT_CLAIM_REASONS = [
  'year',
  'date',
  'time',
  'duration',
  'age',
  'ordinal',
  'identifier',
  'phone',
  'name',
  'singular',
  'anaphora',
  'compound',
  'no amount',
  'rate base',
] as const;

export type NotClaimReason = (typeof NOT_CLAIM_REASONS)[number];

/** How the amount is joined to a second one, if it is. */
export type Partner = { amount: Amount; link: 'range' | 'ratio' | 'score' } | null;

export interface NotClaim {
  reason: NotClaimReason;
  /** The last token the non-claim covers: a whole phone number, both ends of a span of years. */
  through: number;
}

// What may glue an identifier's further numbers on to it (`Table 6-1`, `Route 9.2`).
const CONTINUATIONS = new Set(['-', '\u2010', '\u2011', '\u2013', '.', '/', ':']);

/**
 * A small number word after `the`, `these`, `their` refers back to things already named (`the two
 * sides`); hyphened to a noun it modifies the next one (`the three-day journey`).
 */
function isAnaphoric(tokens: readonly Token[], a: Amount): boolean {
  if (a.wordKind !== 'cardinal' || a.scaled || a.currency || a.percent || a.measure || a.value === null || a.value > 20) return false;
  if (isMark(tokens[a.last + 1], HYPHENS) && tokens[a.last + 1]?.spaced === false) return false;
  let j = a.first - 1;
  if (ANAPHORIC_MODIFIERS.has(tokenWord(tokens[j]) ?? '')) j--;
  return ANAPHORIC_DETERMINERS.has(tokenWord(tokens[j]) ?? '');
}

/** `two-state solution`, `one-two punch`, `zero-sum`: a number word compounded into a name or an idiom. */
function isCompound(tokens: readonly Token[], a: Amount): boolean {
  if (a.wordKind === 'vague' || a.numeral || a.scaled) return false;
  const after = tokens[a.last + 1];
  if (isMark(after, HYPHENS) && !after?.spaced && tokens[a.last + 2]?.spaced === false) {
    const w = tokenWord(tokens[a.last + 2]) ?? '';
    // `a six-member crew`, `a three-judge panel` count members and judges; `two-fold` multiplies.
    if (!MEASURE_UNITS.has(w) && !TIME_UNITS.has(w) && !FRACTION_DENOMINATORS.has(w) && !TENS_WORDS.has(w) && !COUNT_COMPOUND_HEADS.has(w) && !MULTIPLIER_HEADS.has(w)) return true;
  }
  const before = tokens[a.first - 1];
  return isMark(before, HYPHENS) && !before?.spaced && tokens[a.first]?.spaced === false && tokens[a.first - 2]?.kind === 'word';
}

/**
 * `zero rating`, `zero-rated` written open: `zero` before an -ing or -ed word forms a term (a
 * gerund or a participle compound), not a count of nothing (`zero support`, `zero deaths`).
 */
function isZeroTerm(tokens: readonly Token[], a: Amount): boolean {
  if (a.numeral || a.value !== 0 || a.scaled || a.currency || a.percent || a.measure) return false;
  const next = tokens[a.last + 1];
  return !!next && next.kind === 'word' && next.spaced && !next.capitalised && next.norm.length > 4 && looksParticiple(next.norm);
}

/**
 * `zero tolerance`, `zero self-respect`: an unqualified `zero` before a singular noun of quality or
 * attitude is an idiom for none at all; before a plural it counts (`zero deaths`), and a qualifier
 * makes it a figure (`precisely zero support`).
 */
function isZeroIdiom(tokens: readonly Token[], a: Amount, qualified: boolean): boolean {
  if (qualified || a.numeral || a.value !== 0 || a.scaled || a.currency || a.percent || a.measure) return false;
  const next = tokens[a.last + 1];
  return (
    !!next &&
    next.kind === 'word' &&
    next.spaced &&
    !next.capitalised &&
    !looksPlural(next.norm) &&
    !NOUN_PHRASE_STOPS.has(next.norm) &&
    !MEASURE_UNITS.has(next.norm) &&
    !TIME_UNITS.has(next.norm)
  );
}

/** `a word or two`, `a blot or two`: an idiom for a few, not a count. */
function isOrTwoIdiom(tokens: readonly Token[], a: Amount): boolean {
  if (a.wordKind !== 'cardinal' || a.value !== 2 || a.scaled || tokenWord(tokens[a.first - 1]) !== 'or') return false;
  for (let j = a.first - 3; j >= a.first - 4 && j >= 0; j--) {
    const w = tokenWord(tokens[j]);
    if (w === null) return false;
    if (w === 'a' || w === 'an') return true;
  }
  return false;
}

const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** `half` is an amount only with what it is half of (`half of`, `half the`, `more than half`), not in `second half`. */
function isLoneHalf(tokens: readonly Token[], a: Amount, qualified: boolean): boolean {
  if (a.wordKind !== 'fraction' || a.value !== 0.5 || a.last !== a.numberFirst || qualified) return false;
  if (HALF_SIDES.has(tokenWord(tokens[a.first - 1]) ?? '')) return true;
  const next = tokenWord(tokens[a.last + 1]);
  return !(next === 'of' || next === 'the' || next === 'all' || POSSESSIVE_DETERMINERS.has(next ?? ''));
}

function reasonFor(tokens: readonly Token[], a: Amount, partner: Partner, qualified: boolean, tableCell: boolean): NotClaimReason | null {
  if (a.glued === 'ordinal') return 'ordinal';
  if (isTime(tokens, a) || (partner?.link === 'range' && isTime(tokens, partner.amount))) return 'time';
  if (isYear(tokens, a, qualified)) return 'year';
  if (isDate(tokens, a)) return 'date';
  if (isIdentifier(tokens, a, tableCell)) return 'identifier';
  const duration = partner?.link === 'ratio' || isStatistic(tokens, a) ? null : durationKind(tokens, partner ? partner.amount : a);
  if (duration) return duration;
  if (isAge(tokens, a)) return 'age';
  const first = tokens[a.numberFirst];
  if (a.numeral === null && first?.capitalised && !opensSentence(tokens, a.numberFirst)) return 'name';
  if (isCompound(tokens, a) || isZeroTerm(tokens, a)) return 'compound';
  // `at least one person`, `about one a week`: a qualified `one` is a count.
  if (!partner && !qualified && !a.currency && !a.percent && !a.measure && a.wordKind === 'cardinal' && !a.scaled && a.value === 1) return 'singular';
  if (!partner && isAnaphoric(tokens, a)) return 'anaphora';
  if (isLoneHalf(tokens, a, qualified) || isOrTwoIdiom(tokens, a) || (!partner && isZeroIdiom(tokens, a, qualified))) return 'no amount';
  // `1.2 deaths per 100,000 people`: the base of a rate belongs to the rate's unit.
  if (tokenWord(tokens[a.first - 1]) === 'per') return 'rate base';
  return null;
}

/**
 * Why the amount `a` (joined to `partner`, if any) is not a numeric claim, or null when it is one;
 * `tableCell`: it fills a cell of a table of figures (table-cells.ts).
 */
export function notClaim(tokens: readonly Token[], a: Amount, partner: Partner, qualified: boolean, tableCell = false): NotClaim | null {
  const phone = phoneEnd(tokens, a, partner);
  if (phone >= 0) return { reason: 'phone', through: phone };
  const reason = reasonFor(tokens, a, partner, qualified, tableCell);
  if (reason === null) return null;
  const wholeSpan = reason === 'year' || reason === 'date' || reason === 'time' || reason === 'identifier' || reason === 'duration' || reason === 'age';
  let through = partner && wholeSpan ? partner.amount.last : a.last;
  if (reason === 'identifier' && isNamedByWordAfter(tokens, a)) through = a.last + 2;
  // `Table 6-1`, `Route 9.2`: numbers glued on to an identifier belong to it.
  while (
    reason === 'identifier' &&
    tokens[through + 1]?.kind === 'mark' &&
    tokens[through + 1]?.spaced === false &&
    CONTINUATIONS.has(tokens[through + 1]?.norm ?? '') &&
    tokens[through + 2]?.kind === 'number' &&
    tokens[through + 2]?.spaced === false
  )
    through += 2;
  return { reason, through };
}
