// Where the not-claim rules need the scanner's context: a plain `one` that ends a list of counts,
// a retention period (`store records for two years`) the duration rule would drop, and a number
// the text uses elsewhere as a brand (numbered-names.ts), which the other rules would keep.
import type { Amount } from './amount';
import { tokenWord } from './amount-context';
import { NOUN_PHRASE_STOPS } from '../lexicon/function-words';
import { KEEPING_VERBS, TIME_UNITS } from '../lexicon/time-words';
import { countKey } from './counted-phrases';
import { nameNumberKey } from './numbered-names';
import type { Token } from './numeric-tokens';
import { hasInflectionalS } from '../lexicon/word-class';

const wordAt = (tokens: readonly Token[], i: number): string | null => tokenWord(tokens[i]);

// How many tokens back the count before a listed `one` may end (`three cosmonauts, two NASA astronauts and one …`).
const LIST_REACH = 8;
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', ',']);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':']);

/**
 * A plain `one` in a list of counts is a count of one: with its own noun (`three lizards, one
 * freshwater fish`) or after `and` (`two NASA astronauts and one from Japan`). Not when it picks
 * from what was just counted (`one of them`; `two builds, one with X and one without`).
 */
export function listsAfterCount(tokens: readonly Token[], a: Amount, lastCountEnd: number): boolean {
  if (lastCountEnd < 0 || a.first - lastCountEnd > LIST_REACH) return false;
  const join = tokens[a.first - 1]?.norm ?? '';
  const next = tokens[a.last + 1];
  const ownNoun = next?.kind === 'word' && next.spaced && !NOUN_PHRASE_STOPS.has(next.norm);
  if (!LIST_JOINS.has(join) || (!ownNoun && join === ',') || wordAt(tokens, a.last + 1) === 'of') return false;
  for (let j = lastCountEnd + 1; j < a.first; j++) {
    const t = tokens[j];
    if (!t || t.lineBreak || (t.kind === 'mark' && CLAUSE_BREAKS.has(t.norm)) || t.norm === 'one') return false;
  }
  return true;
}

export const NO_BRANDS: ReadonlySet<string> = new Set();

/**
 * `the eight Harry Potter films`, `the eight PSVR games`: a name between the number and a plural
 * head makes the phrase a description that introduces the count, not one that refers back (`the
 * two sides`); so does `all` before a number and its noun (`on all four sides`, `in all eight
 * films`; `all three have` is a pronoun). Not when the text has already counted those things (`two
 * companies … The two Acme companies`), per `firstCounts` (counted-phrases.ts).
 */
export function introducesCount(tokens: readonly Token[], a: Amount, firstCounts: ReadonlyMap<string, number>): boolean {
  const head = pluralHeadAfterName(tokens, a.last + 1) ?? (wordAt(tokens, a.first - 1) === 'all' ? pluralHeadAfterAll(tokens, a.last + 1) : null);
  if (!head) return false;
  const at = tokens[a.first]?.start ?? 0;
  const number = tokens[a.last]?.norm ?? '';
  const countedBefore = (noun: string): boolean => (firstCounts.get(countKey(number, noun)) ?? at) < at;
  return !countedBefore(head) && !countedBefore(wordAt(tokens, a.last + 1) ?? head);
}

/** The plural noun right after `all four`, or after one modifier (`all four golden signals`), or null. */
function pluralHeadAfterAll(tokens: readonly Token[], from: number): string | null {
  if (isPlural(tokens[from])) return tokens[from]?.norm ?? null;
  const modifier = tokens[from];
  return modifier?.kind === 'word' && modifier.spaced && !modifier.capitalised && isPlural(tokens[from + 1]) ? (tokens[from + 1]?.norm ?? null) : null;
}

const isPlural = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.spaced && !t.capitalised && t.norm.length > 3 && hasInflectionalS(t.norm);

/** The plural noun after capitalised words from token `from` on (`Harry Potter films` → `films`), or null. */
function pluralHeadAfterName(tokens: readonly Token[], from: number): string | null {
  let j = from;
  while (tokens[j]?.kind === 'word' && tokens[j]?.capitalised && tokens[j]?.spaced) j++;
  return j > from && isPlural(tokens[j]) ? (tokens[j]?.norm ?? null) : null;
}

/** Bare digits the text uses elsewhere as a brand, or after the same name more than once (numbered-names.ts): `the chain's 365 stores`, `the Zephyr 9 lineup`. */
export function isBrand(tokens: readonly Token[], a: Amount, brandNumbers: ReadonlySet<string>): boolean {
  if (!brandNumbers.size || !a.numeral || a.currency || a.percent || a.measure || a.multiplier !== 1 || a.first !== a.numberFirst) return false;
  const digits = tokens[a.numberFirst]?.norm ?? '';
  const name = tokens[a.numberFirst - 1];
  const named = name?.kind === 'word' && tokens[a.numberFirst]?.spaced === true && brandNumbers.has(nameNumberKey(name.norm, digits));
  return named || brandNumbers.has(digits);
}

// How many tokens before `for` the keeping verb may stand (`store so-called 'metadata' for two years`).
const KEEPING_REACH = 8;
// The longest aside stepped over, in tokens, and the marks that open (value) and close (key) one.
const ASIDE_REACH = 40;
const ASIDE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['\u2014', '\u2014'],
  [')', '('],
]);

/**
 * `store metadata for two years`, `retained for six months`: how long something must be kept is a
 * measurement (a requirement), not a place in time. The index of the time unit, or -1.
 */
export function retentionUnit(tokens: readonly Token[], a: Amount): number {
  const unit = a.last + 1;
  if (wordAt(tokens, a.first - 1) !== 'for' || !TIME_UNITS.has(wordAt(tokens, unit) ?? '')) return -1;
  let words = 0;
  for (let j = a.first - 2; words < KEEPING_REACH && j >= 0; j--, words++) {
    const t = tokens[j];
    if (!t || (t.kind === 'mark' && CLAUSE_BREAKS.has(t.norm))) return -1;
    // `store "metadata" — the who, where and when of a call — for two years`: an aside is stepped over.
    const closes = t.kind === 'mark' ? ASIDE_PAIRS.get(t.norm) : undefined;
    if (closes) {
      let k = j - 1;
      while (k >= 0 && k > j - ASIDE_REACH && tokens[k]?.norm !== closes && !CLAUSE_BREAKS.has(tokens[k]?.norm ?? '')) k--;
      // A dash with no partner before it ends a clause.
      if (tokens[k]?.norm !== closes) return -1;
      j = k;
      continue;
    }
    if (t.kind === 'word' && KEEPING_VERBS.has(t.norm)) return unit;
    if (t.lineBreak) return -1;
  }
  return -1;
}
