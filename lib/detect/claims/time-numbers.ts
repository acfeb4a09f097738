// Numbers that place events in time rather than count (docs/annotation-guide.md, "Not marked"):
// years, dates, clock times, durations and the ages of people.
import type { Amount } from './amount';
import { HYPHENS, isMark, opensSentence, plainInteger, tokenWord, wordBefore } from './amount-context';
import { PERSON_HEAD_NOUNS } from '../lexicon/compound-heads';
import { NOUN_PHRASE_STOPS } from '../lexicon/function-words';
import { AGE_SUBJECTS, AGE_VERBS, AGE_WORDS, CLOCK_MARKERS, DURATION_FILLERS, MONTHS, PERSON_NOUNS, STATISTIC_NOUNS, TIME_PLACING_HEADS, TIME_UNITS } from '../lexicon/time-words';
import type { Token } from './numeric-tokens';

// Units of time long enough that a vague number of them places things in history (`hundreds of years`).
const LONG_TIME_UNITS: ReadonlySet<string> = new Set(['years', 'decades', 'centuries', 'millennia', 'generations']);

// Units a person's age is given in (`93 year-old`, `6 month-old`).
const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day']);

/** Era markers after a year (`500 BC`, `5,316 BCE`, `79 AD`). */
const ERAS: ReadonlySet<string> = new Set(['bc', 'bce', 'ad', 'ce', 'b.c', 'a.d']);

/** Four plain digits that read as a year (`2014`, `since 1991`). */
const looksLikeYear = (a: Amount): boolean => plainInteger(a) && a.numeral?.integerDigits === 4 && a.value !== null && a.value >= 1000 && a.value <= 2199;

/** A year (`2014`, `since 1991`), a decade (`1930s`, `'90s`) or the end of a span of years (`2008-9`). */
export function isYear(tokens: readonly Token[], a: Amount, qualified: boolean): boolean {
  if (a.glued === 'decade') return true;
  const before = tokens[a.first - 1];
  // `’91`, `'90s`: an apostrophe glued before two digits.
  if (a.numeral?.integerDigits === 2 && before && (before.norm === "'" || before.norm === '\u2019') && !a.numeral.fractional && tokens[a.first]?.spaced === false) return true;
  // `2008-9`, `2019-20`: the second part of a span of years.
  const yearBefore = tokens[a.first - 2];
  if (
    isMark(before, HYPHENS) &&
    before?.spaced === false &&
    yearBefore?.numeral &&
    yearBefore.numeral.integerDigits === 4 &&
    plainInteger(a) &&
    (a.numeral?.integerDigits ?? 0) <= 4
  )
    return true;
  // `5,316 BCE`, `500 BC`, `AD 79`: a year of an era.
  const era = tokens[a.last + 1];
  const wholeNumber = !!a.numeral && !a.numeral.fractional && !a.currency && !a.percent && a.multiplier === 1;
  if (
    wholeNumber &&
    ((era?.kind === 'word' && era.capitalised && ERAS.has(era.norm)) || (before?.kind === 'word' && before.capitalised && (before.norm === 'ad' || before.norm === 'ce')))
  )
    return true;
  if (!looksLikeYear(a)) return false;
  // `more than 1500 people`: a qualified count with its noun is not a year.
  const next = tokens[a.last + 1];
  return !(qualified && next?.kind === 'word' && next.spaced && !next.capitalised && !TIME_UNITS.has(next.norm));
}

/** A day of the month beside its month (`February 26`, `27 February`, `Sept. 25`). */
export function isDate(tokens: readonly Token[], a: Amount): boolean {
  if (!a.numeral || a.numeral.integerDigits > 2 || a.numeral.fractional || a.currency || a.percent || a.value === null || a.value < 1 || a.value > 31) return false;
  const before = wordBefore(tokens, a.first);
  if (before && before.word.capitalised && MONTHS.has(before.word.norm)) return true;
  // `27 February`, `25 of December`.
  let next = a.last + 1;
  if (tokenWord(tokens[next]) === 'of') next++;
  const month = tokens[next];
  return !!month && month.kind === 'word' && month.capitalised && MONTHS.has(month.norm);
}

/** A clock time (`10:30`, `3 p.m.`, `10am`, `three o'clock`). */
export function isTime(tokens: readonly Token[], a: Amount): boolean {
  if (a.glued === 'clock') return true;
  const next = tokens[a.last + 1];
  const before = tokens[a.first - 1];
  // `10:30`, and the `30` of it.
  if (next?.norm === ':' && !next.spaced && tokens[a.last + 2]?.kind === 'number' && tokens[a.last + 2]?.spaced === false) return true;
  if (before?.norm === ':' && !before.spaced && tokens[a.first - 2]?.kind === 'number' && tokens[a.first]?.spaced === false) return true;
  const w = tokenWord(next);
  if (!w || a.currency || a.percent) return false;
  // `3 p.m.`, `10 a.m.`
  if ((w === 'a' || w === 'p') && tokens[a.last + 2]?.norm === '.' && tokenWord(tokens[a.last + 3]) === 'm') return true;
  if (w === 'o' && tokens[a.last + 2]?.norm === "'") return true;
  if (w === "o'clock") return true;
  return CLOCK_MARKERS.has(w) && !!a.numeral && (a.value ?? 99) < 2400 && ((w !== 'h' && w !== 'hrs') || !next?.spaced);
}

/** A unit of duration follows (`nine months ago`, `two more years`, `a 10-year note`): a duration, or an age (`45-year-old`). */
export function durationKind(tokens: readonly Token[], a: Amount): 'duration' | 'age' | null {
  // `750 billion hours`: an amount of time counted in millions is a quantity, not a place in time.
  if (a.currency || a.percent || a.measure || (a.scaled && a.wordKind !== 'vague')) return null;
  let j = a.last + 1;
  // `hundreds of years`, `thousands of years ago`: a vague number of long time units is an age of things.
  if (a.wordKind === 'vague' && tokenWord(tokens[j]) === 'of' && LONG_TIME_UNITS.has(tokenWord(tokens[j + 1]) ?? '')) return 'duration';
  const hyphened = isMark(tokens[j], HYPHENS) && tokens[j]?.spaced === false;
  if (hyphened) j++;
  for (let k = 0; k < 2 && DURATION_FILLERS.has(tokenWord(tokens[j]) ?? ''); k++) j++;
  // `a year or two`, `a day or so`.
  if (tokenWord(tokens[a.first - 1]) === 'or' && TIME_UNITS.has(tokenWord(tokens[a.first - 2]) ?? '')) return 'duration';
  const article = tokenWord(tokens[a.last + 1]);
  // `half a century`, `half an hour`.
  if (a.wordKind === 'fraction' && (article === 'a' || article === 'an')) j = a.last + 2;
  const unit = tokenWord(tokens[j]) ?? '';
  if (!TIME_UNITS.has(unit)) return null;
  const old = isMark(tokens[j + 1], HYPHENS) && tokenWord(tokens[j + 2]) === 'old';
  // `four century-old schooners`: the compound gives the schooners' age and the number counts them;
  // `the 93 year-old` is a person's age and `a ten minute walk` a duration.
  if (!hyphened && (a.value ?? 0) > 1 && old && !AGE_UNITS.has(unit)) return null;
  if (!old && measuresThing(tokens, a, j)) return null;
  return old || tokenWord(tokens[j + 1]) === 'old' ? 'age' : 'duration';
}

/**
 * `a five-minute test`, `a two-week cap`, `30-minute rides`: a length of time hyphened to the unit
 * `unit` before a common noun measures that thing (guide, "Measurements"), unless the noun is a span
 * or an event placed in time, or a bond's tenor (TIME_PLACING_HEADS: `the one-year period since`).
 */
function measuresThing(tokens: readonly Token[], a: Amount, unit: number): boolean {
  const hyphen = tokens[a.last + 1];
  const head = tokens[unit + 1];
  if (unit !== a.last + 2 || !isMark(hyphen, HYPHENS) || hyphen?.spaced || tokens[unit]?.spaced !== false) return false;
  return head?.kind === 'word' && head.spaced && !head.capitalised && !NOUN_PHRASE_STOPS.has(head.norm) && !TIME_PLACING_HEADS.has(head.norm);
}

/** `an average of 47 minutes`, `a target of 18 weeks`: a length of time given as a statistic, not a place in time. */
export function isStatistic(tokens: readonly Token[], a: Amount): boolean {
  return tokenWord(tokens[a.first - 1]) === 'of' && STATISTIC_NOUNS.has(tokenWord(tokens[a.first - 2]) ?? '');
}

/** A pronoun, a person noun (`her grandmother was 72`) or a name (`Jones is 81`) before an age verb. */
function isAgeSubject(t: Token | undefined): boolean {
  const w = tokenWord(t);
  if (w === null) return false;
  return AGE_SUBJECTS.has(w) || PERSON_HEAD_NOUNS.has(w) || (!!t?.capitalised && !NOUN_PHRASE_STOPS.has(w));
}

/** `aged 45`, `the age of 10`, `Parata, 75,`, `Kaiarahi (10)`. */
export function isAge(tokens: readonly Token[], a: Amount): boolean {
  const before = tokens[a.first - 1];
  const w = tokenWord(before);
  // `aged 19`, `at the age of ten`: after an age word, digits and number words alike.
  const smallCount = a.value !== null && a.value <= 120 && (a.numeral ? plainInteger(a) : a.wordKind === 'cardinal' && !a.scaled && !a.currency && !a.percent && !a.measure);
  if (smallCount && ((w && AGE_WORDS.has(w)) || (w === 'of' && AGE_WORDS.has(tokenWord(tokens[a.first - 2]) ?? '')))) return true;
  if (!a.numeral || !plainInteger(a) || a.value === null || a.value > 120) return false;
  // `aged 19 and 21`, `aged 19, 20 and 21`: the later ages of a list after `aged`.
  if ((w === 'and' || w === 'or' || before?.norm === ',') && tokens[a.first - 2]?.numeral) {
    for (let j = a.first - 3; j >= a.first - 9 && j >= 0; j--) {
      const t = tokens[j];
      if (!t || !(t.numeral || t.norm === ',' || t.norm === 'and')) {
        if (AGE_WORDS.has(tokenWord(t) ?? '')) return true;
        break;
      }
    }
  }
  // `At 72, she still runs`: an age opening a sentence about a person.
  if (w === 'at' && opensSentence(tokens, a.first - 1) && tokens[a.last + 1]?.norm === ',' && AGE_SUBJECTS.has(tokenWord(tokens[a.last + 2]) ?? '')) return true;
  const next = tokens[a.last + 1];
  const named = tokens[a.first - 2];
  const bare = !next || next.kind !== 'word' || NOUN_PHRASE_STOPS.has(next.norm);
  // `children under 5`, `anyone over 18`: an age limit on people.
  if ((w === 'under' || w === 'over') && bare && PERSON_NOUNS.has(tokenWord(named) ?? '')) return true;
  // `who is 81`, `she turned 100`: a person's age given by a verb.
  if (w && AGE_VERBS.has(w) && bare && (w.startsWith('turn') || isAgeSubject(named))) return true;
  if (before?.norm === ',' && named?.kind === 'word' && (next?.norm === ',' || next?.norm === ';') && next.spaced === false) return true;
  return before?.norm === '(' && !!named && named.kind === 'word' && named.capitalised && next?.norm === ')';
}
