// Numbers that do not state how many or how much (ANNOTATION-GUIDE.md, "Not marked"): dates,
// years, times, durations and ages that place events in time, ordinals, identifiers and names with
// numbers, phone numbers, a plain singular `one`, and small number words that refer back
// (`the two sides`). Each test looks only a few tokens around the amount.
import type { Amount } from './amount';
import { FRACTION_DENOMINATORS, TENS_WORDS, UNIT_WORDS } from './lexicon/number-words';
import { ANAPHORIC_DETERMINERS, ANAPHORIC_MODIFIERS, NOUN_PHRASE_STOPS } from './lexicon/function-words';
import { ADDRESS_SUFFIXES, CAPITALISED_IDENTIFIER_HEADS, IDENTIFIER_HEADS } from './lexicon/identifier-heads';
import { MEASURE_UNITS } from './lexicon/measures';
import { AGE_WORDS, CLOCK_MARKERS, DURATION_FILLERS, MONTHS, TIME_UNITS, WEEKDAYS } from './lexicon/time-words';
import type { Token } from './numeric-tokens';

export type NotClaimReason =
  | 'year' | 'date' | 'time' | 'duration' | 'age' | 'ordinal' | 'identifier' | 'phone' | 'name'
  | 'singular' | 'anaphora' | 'compound' | 'no amount';

/** How the amount is joined to a second one, if it is. */
export type Partner = { amount: Amount; link: 'range' | 'ratio' } | null;

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '(', '[', '\u2014', '\u2013', '-', '\u2022', '*', '|']);
const SLASHES = new Set(['/', '\u2044']);
// Words that make `half` one side of something (`the first half`, `the other half`), not an amount.
const HALF_SIDES: ReadonlySet<string> = new Set(['first', 'second', 'last', 'latter', 'other', 'back', 'front', 'top', 'bottom', 'lower', 'upper', 'better']);
const CONTINUATIONS = new Set(['-', '\u2010', '\u2011', '\u2013', '.', '/', ':']);
// The most words a line label carries after its number (`13 External links`).
const LABEL_WORDS = 4;
// Nouns that, before `of`, make a length of time a measured figure (`an average of 47 minutes`).
const STATISTIC_NOUNS: ReadonlySet<string> = new Set(['average', 'median', 'mean', 'target', 'total', 'record', 'maximum', 'minimum']);
// Title Case after a figure: how many words are read, and the short words Title Case leaves lower-case.
const TITLE_WORDS = 3;
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'by', 'with', 'from', 'or']);
const TERMINAL_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);
// How many tokens after a glued number word are searched for the next run-together block.
const RUN_TOGETHER_REACH = 12;
// People an age limit applies to (`children under 5`), and what may stand before `is 81` when it is an age.
const PERSON_NOUNS: ReadonlySet<string> = new Set(['children', 'kids', 'babies', 'infants', 'adults', 'people', 'anyone', 'everyone', 'those', 'men', 'women', 'boys', 'girls', 'patients', 'pupils', 'students', 'teenagers', 'youngsters', 'voters', 'workers', 'drivers']);
const AGE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'turned', 'turns', 'turning']);
const AGE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'he', 'she', 'i', 'now']);
const NUMBER_SIGNS = new Set(['#', '\u2116']);
// How many tokens either way a list marker's neighbour (`2.` after `1.`) is looked for.
const LIST_REACH = 30;
// Capitalised words before a number that do not name it (`I 100% agree`, `Only 20`).
const NOT_NAMES: ReadonlySet<string> = new Set(['i', 'only', 'just', 'some', 'about', 'nearly', 'almost', 'over', 'under', 'around', 'roughly', 'and', 'or', 'but', 'of', 'in', 'to', 'by', 'from', 'with', 'for', 'on', 'at', 'than']);
const PHONE_JOINS = new Set(['-', '.', ')']);

const tokenWord = (t: Token | undefined): string | null => (t && t.kind === 'word' ? t.norm : null);
const isMark = (t: Token | undefined, marks: ReadonlySet<string>): boolean => !!t && t.kind === 'mark' && marks.has(t.norm);

/** Token `i` opens a sentence, a paragraph or a quotation. */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return !t || !before || t.lineBreak || (before.kind === 'mark' && SENTENCE_MARKS.has(before.norm));
}

/** The word before token `i`, stepping over an abbreviation dot glued to it (`Sept. 25`, `p. 12`). */
function wordBefore(tokens: readonly Token[], i: number): { word: Token; index: number } | null {
  let j = i - 1;
  if (tokens[j]?.norm === '.' && tokens[j]?.spaced === false) j--;
  const t = tokens[j];
  return t && t.kind === 'word' ? { word: t, index: j } : null;
}

const plainInteger = (a: Amount): boolean =>
  !!a.numeral && !a.numeral.grouped && !a.numeral.fractional && !a.currency && !a.percent && !a.measure && a.multiplier === 1;

/** Four plain digits that read as a year (`2014`, `since 1991`). */
const looksLikeYear = (a: Amount): boolean =>
  plainInteger(a) && a.numeral?.integerDigits === 4 && a.value !== null && a.value >= 1000 && a.value <= 2199;

function isYear(tokens: readonly Token[], a: Amount, qualified: boolean): boolean {
  if (a.glued === 'decade') return true;
  const before = tokens[a.first - 1];
  // `’91`, `'90s`: an apostrophe glued before two digits.
  if (a.numeral?.integerDigits === 2 && before && (before.norm === "'" || before.norm === '\u2019') && !a.numeral.fractional && tokens[a.first]?.spaced === false) return true;
  // `2008-9`, `2019-20`: the second part of a span of years.
  const yearBefore = tokens[a.first - 2];
  if (isMark(before, HYPHENS) && before?.spaced === false && yearBefore?.numeral && yearBefore.numeral.integerDigits === 4 && plainInteger(a) && (a.numeral?.integerDigits ?? 0) <= 4) return true;
  if (!looksLikeYear(a)) return false;
  // `more than 1500 people`: a qualified count with its noun is not a year.
  const next = tokens[a.last + 1];
  return !(qualified && next?.kind === 'word' && next.spaced && !next.capitalised && !TIME_UNITS.has(next.norm));
}

function isDate(tokens: readonly Token[], a: Amount): boolean {
  if (!a.numeral || a.numeral.integerDigits > 2 || a.numeral.fractional || a.currency || a.percent || a.value === null || a.value < 1 || a.value > 31) return false;
  const before = wordBefore(tokens, a.first);
  if (before && before.word.capitalised && MONTHS.has(before.word.norm)) return true;
  // `27 February`, `25 of December`.
  let next = a.last + 1;
  if (tokenWord(tokens[next]) === 'of') next++;
  const month = tokens[next];
  return !!month && month.kind === 'word' && month.capitalised && MONTHS.has(month.norm);
}

function isTime(tokens: readonly Token[], a: Amount): boolean {
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
  return CLOCK_MARKERS.has(w) && !!a.numeral && (a.value ?? 99) < 2400 && (w !== 'h' && w !== 'hrs' || !next?.spaced);
}

/** A unit of duration follows (`nine months ago`, `two more years`, `a 10-year note`): a duration, or an age (`45-year-old`). */
function durationKind(tokens: readonly Token[], a: Amount): 'duration' | 'age' | null {
  if (a.currency || a.percent || a.measure) return null;
  let j = a.last + 1;
  if (isMark(tokens[j], HYPHENS) && tokens[j]?.spaced === false) j++;
  for (let k = 0; k < 2 && DURATION_FILLERS.has(tokenWord(tokens[j]) ?? ''); k++) j++;
  // `a year or two`, `a day or so`.
  if (tokenWord(tokens[a.first - 1]) === 'or' && TIME_UNITS.has(tokenWord(tokens[a.first - 2]) ?? '')) return 'duration';
  const article = tokenWord(tokens[a.last + 1]);
  // `half a century`, `half an hour`.
  if (a.wordKind === 'fraction' && (article === 'a' || article === 'an')) j = a.last + 2;
  if (!TIME_UNITS.has(tokenWord(tokens[j]) ?? '')) return null;
  if (isMark(tokens[j + 1], HYPHENS)) j++;
  return tokenWord(tokens[j + 1]) === 'old' ? 'age' : 'duration';
}

/** `an average of 47 minutes`, `a target of 18 weeks`: a length of time given as a statistic, not a place in time. */
function isStatistic(tokens: readonly Token[], a: Amount): boolean {
  return tokenWord(tokens[a.first - 1]) === 'of' && STATISTIC_NOUNS.has(tokenWord(tokens[a.first - 2]) ?? '');
}

/** `aged 45`, `the age of 10`, `Parata, 75,`, `Kaiarahi (10)`. */
function isAge(tokens: readonly Token[], a: Amount): boolean {
  if (!a.numeral || !plainInteger(a) || a.value === null || a.value > 120) return false;
  const before = tokens[a.first - 1];
  const w = tokenWord(before);
  if (w && AGE_WORDS.has(w)) return true;
  if (w === 'of' && AGE_WORDS.has(tokenWord(tokens[a.first - 2]) ?? '')) return true;
  const next = tokens[a.last + 1];
  const named = tokens[a.first - 2];
  const bare = !next || next.kind !== 'word' || NOUN_PHRASE_STOPS.has(next.norm);
  // `children under 5`, `anyone over 18`: an age limit on people.
  if ((w === 'under' || w === 'over') && bare && PERSON_NOUNS.has(tokenWord(named) ?? '')) return true;
  // `who is 81`, `she turned 100`: a person's age given by a verb.
  if (w && AGE_VERBS.has(w) && bare && (w.startsWith('turn') || AGE_SUBJECTS.has(tokenWord(named) ?? ''))) return true;
  if (before?.norm === ',' && named?.kind === 'word' && (next?.norm === ',' || next?.norm === ';') && next.spaced === false) return true;
  return before?.norm === '(' && !!named && named.kind === 'word' && named.capitalised && next?.norm === ')';
}

/** A plain integer right after a capitalised name (`Firefox 85`, `Building 24`, `PlayStation 4 Pro`), unless a counted noun follows (`told Reuters 19 people`). */
function isNamedNumber(tokens: readonly Token[], a: Amount): boolean {
  const name = tokens[a.first - 1];
  const numberToken = tokens[a.first];
  const plainFigure = !!a.numeral && !a.numeral.grouped && !a.currency && !a.percent && !a.measure && a.multiplier === 1;
  if (!name || name.kind !== 'word' || !name.capitalised || !numberToken?.spaced || numberToken.lineBreak || !plainFigure) return false;
  if (a.numeral?.integerDigits === 4 || NOT_NAMES.has(name.norm) || NOUN_PHRASE_STOPS.has(name.norm) || MONTHS.has(name.norm) || WEEKDAYS.has(name.norm)) return false;
  const next = tokens[a.last + 1];
  if (!next || next.kind !== 'word' || !next.spaced) return true;
  // A verb after the number (`NHS 111 received`, `Firefox 85 it's`) leaves it a name.
  const plural = next.norm.length > 3 && next.norm.endsWith('s');
  // After a decimal only a plural noun is counted: `Bluetooth 4.1 support` is a name.
  const countedNoun = next.capitalised || a.numeral?.fractional ? plural : !NOUN_PHRASE_STOPS.has(next.norm) && !next.norm.includes("'") && !next.norm.endsWith('ed');
  return !countedNoun;
}

/** `1. Finland 2. Norway`, `21) Star Wars`: list numbering, at a line start or next to its neighbour. */
function isListMarker(tokens: readonly Token[], a: Amount): boolean {
  if (!plainInteger(a) || a.value === null || (a.numeral?.integerDigits ?? 9) > 3) return false;
  const mark = tokens[a.last + 1];
  if (!mark || mark.spaced || (mark.norm !== '.' && mark.norm !== ')') || !tokens[a.last + 2]?.spaced) return false;
  if (tokens[a.first]?.lineBreak) return true;
  const marked = (i: number, value: number): boolean =>
    tokens[i]?.numeral?.value === value && tokens[i + 1]?.norm === mark.norm && tokens[i + 1]?.spaced === false;
  for (let j = a.last + 2; j < a.last + LIST_REACH && j < tokens.length; j++) if (marked(j, a.value + 1)) return true;
  for (let j = a.first - 2; j > a.first - LIST_REACH && j >= 0; j--) if (marked(j, a.value - 1)) return true;
  return false;
}

/**
 * A number that opens a short line with no sentence in it (`4.1 Geography`, `13 External links`) or
 * stands alone on its line (`386`): section numbers, counters and labels of page furniture.
 */
function isLineLabel(tokens: readonly Token[], a: Amount): boolean {
  const first = tokens[a.first];
  if (!first?.lineBreak || !a.numeral || a.currency || a.percent) return false;
  const next = tokens[a.last + 1];
  if (!next || next.lineBreak) return true;
  if (next.kind === 'mark' && next.norm === '.' && !next.spaced) return isLineLabel(tokens, { ...a, last: a.last + 1 });
  if (next.kind !== 'word' || !next.capitalised) return false;
  for (let j = a.last + 1; j <= a.last + LABEL_WORDS + 1; j++) {
    const t = tokens[j];
    if (!t || (t.lineBreak && j > a.last + 1)) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/**
 * A heading or link title rather than prose: a figure opening words in Title Case (`Seven Tips for
 * Repurposing Video`), or a number word glued to the sentence before it whose block runs into the
 * next one without a full stop (`…zero.Five things we learned from Obama interviewThe…`).
 */
function isTitle(tokens: readonly Token[], a: Amount): boolean {
  if (!opensSentence(tokens, a.first)) return false;
  let capitals = 0;
  let titleCase = true;
  for (let j = a.last + 1; j <= a.last + TITLE_WORDS && titleCase; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || !t.spaced || t.lineBreak) titleCase = false;
    else if (t.capitalised) capitals++;
    else if (!TITLE_FUNCTION_WORDS.has(t.norm)) titleCase = false;
  }
  if (titleCase && capitals >= 2) return true;
  const before = tokens[a.first - 1];
  if (a.numeral || !tokens[a.first]?.capitalised || !before || before.spaced || !TERMINAL_MARKS.has(before.norm) || tokens[a.first]?.spaced) return false;
  for (let j = a.last + 1; j <= a.last + RUN_TOGETHER_REACH; j++) {
    const t = tokens[j];
    if (!t || t.lineBreak || TERMINAL_MARKS.has(t.norm)) return false;
    if (t.joined) return true;
  }
  return false;
}

function isIdentifier(tokens: readonly Token[], a: Amount): boolean {
  if (a.glued === 'letters' || a.numeral?.dotted) return true;
  const numberToken = tokens[a.numberFirst];
  const before = tokens[a.numberFirst - 1];
  if (a.numeral && !a.currency && numberToken && !numberToken.spaced && before) {
    // `M270`, `G40`, `A1`: letters glued before the digits; `#1`, `No. 10`.
    if (before.kind === 'word' || NUMBER_SIGNS.has(before.norm)) return true;
    // `F-16`, `COVID-19`, `mid-2020`: a word hyphened to the digits.
    if (isMark(before, HYPHENS) && !before.spaced && tokens[a.numberFirst - 2]?.kind === 'word' && !UNIT_WORDS.has(tokens[a.numberFirst - 2]?.norm ?? '')) return true;
  }
  const after = tokens[a.last + 1];
  // `9/11`, `24/7`, `1 / 5`, `HTTP/1.1`.
  if (a.numeral && isMark(before, SLASHES) && (tokens[a.numberFirst - 2]?.kind === 'number' || (tokens[a.numberFirst - 2]?.kind === 'word' && !before?.spaced && !numberToken?.spaced))) return true;
  // `[25]`: a reference to a footnote.
  if (a.numeral && before?.norm === '[' && !numberToken?.spaced && after?.norm === ']' && !after.spaced) return true;
  if (a.numeral && isMark(after, SLASHES) && tokens[a.last + 2]?.kind === 'number') return true;
  // `Overcast 2.0`, `Web 2.0`: a bare figure with a zero decimal is a version.
  if (a.numeral?.fractional && !a.currency && !a.percent && !a.measure && a.multiplier === 1 && /\.0$/.test(numberToken?.norm ?? '')) return true;
  const head = wordBefore(tokens, a.first);
  if (head && !head.word.lineBreak) {
    if (IDENTIFIER_HEADS.has(head.word.norm)) return true;
    if (head.word.capitalised && CAPITALISED_IDENTIFIER_HEADS.has(head.word.norm)) return true;
  }
  if (isNamedNumber(tokens, a) || isListMarker(tokens, a) || isLineLabel(tokens, a) || isTitle(tokens, a)) return true;
  // `401(k)`, `Section 230(c)`.
  if (a.numeral && after?.norm === '(' && !after.spaced && tokens[a.last + 2]?.spaced === false) return true;
  // `10 Downing Street`: a number before a capitalised name that ends in a street word.
  if (a.numeral && !a.currency && !a.percent) {
    for (let j = a.last + 1; j <= a.last + 3; j++) {
      const t = tokens[j];
      if (!t || t.kind !== 'word' || !t.capitalised) break;
      if (j > a.last + 1 && ADDRESS_SUFFIXES.has(t.norm)) return true;
    }
  }
  return false;
}

/** The last token of a phone number starting at `a` (`+44 20 7946 0958`, `(555) 123-4567`, `555-123-4567`), or -1. */
function phoneEnd(tokens: readonly Token[], a: Amount, partner: Partner): number {
  if (!a.numeral || a.currency || a.percent) return -1;
  let groups = 1;
  let digits = a.numeral.integerDigits;
  let j = a.last;
  for (;;) {
    const sep = tokens[j + 1];
    const next = tokens[j + 2];
    const joined = !!sep && sep.kind === 'mark' && PHONE_JOINS.has(sep.norm) && !!next?.numeral && !next.numeral.grouped && !next.numeral.fractional;
    // Space-separated groups count only after a `+` or a leading 0 (`+44 20 7946`, `020 7946 0958`).
    const spacedGroup = !!sep?.numeral && sep.spaced && !sep.numeral.grouped && !sep.numeral.fractional && (a.numeral.leadingZero || tokens[a.first - 1]?.norm === '+');
    if (joined && next) { j += 2; digits += next.numeral?.integerDigits ?? 0; } else if (spacedGroup && sep) { j += 1; digits += sep.numeral?.integerDigits ?? 0; } else break;
    groups++;
  }
  if (tokens[a.first - 1]?.norm === '+' && tokens[a.first]?.spaced === false && digits >= 7) return j;
  if (a.numeral.leadingZero) return j;
  if (groups >= 3 && digits >= 7) return j;
  const range = partner?.link === 'range' ? partner.amount.numeral : null;
  const rangeLike = !!range && plainInteger(a) && !range.grouped && !range.fractional && a.numeral.integerDigits >= 3 && range.integerDigits >= 4 && a.numeral.integerDigits + range.integerDigits >= 7;
  return rangeLike && partner ? partner.amount.last : -1;
}

/** A small number word after `the`, `these`, `their` refers back to things already named (`the two sides`). */
function isAnaphoric(tokens: readonly Token[], a: Amount): boolean {
  if (a.wordKind !== 'cardinal' || a.scaled || a.currency || a.percent || a.measure || a.value === null || a.value > 20) return false;
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
    if (!MEASURE_UNITS.has(w) && !TIME_UNITS.has(w) && !FRACTION_DENOMINATORS.has(w) && !TENS_WORDS.has(w)) return true;
  }
  const before = tokens[a.first - 1];
  return isMark(before, HYPHENS) && !before?.spaced && tokens[a.first]?.spaced === false && tokens[a.first - 2]?.kind === 'word';
}

/** `half` is an amount only with what it is half of (`half of`, `half the`, `more than half`), not in `second half`. */
function isLoneHalf(tokens: readonly Token[], a: Amount, qualified: boolean): boolean {
  if (a.wordKind !== 'fraction' || a.value !== 0.5 || a.last !== a.numberFirst || qualified) return false;
  if (HALF_SIDES.has(tokenWord(tokens[a.first - 1]) ?? '')) return true;
  const next = tokenWord(tokens[a.last + 1]);
  return !(next === 'of' || next === 'the' || next === 'its' || next === 'their' || next === 'his' || next === 'her' || next === 'our' || next === 'all');
}

export interface NotClaim {
  reason: NotClaimReason;
  /** The last token the non-claim covers: a whole phone number, both ends of a span of years. */
  through: number;
}

function reasonFor(tokens: readonly Token[], a: Amount, partner: Partner, qualified: boolean): NotClaimReason | null {
  if (a.glued === 'ordinal') return 'ordinal';
  if (isTime(tokens, a) || (partner?.link === 'range' && isTime(tokens, partner.amount))) return 'time';
  if (isYear(tokens, a, qualified)) return 'year';
  if (isDate(tokens, a)) return 'date';
  if (isIdentifier(tokens, a)) return 'identifier';
  const duration = partner?.link === 'ratio' || isStatistic(tokens, a) ? null : durationKind(tokens, partner ? partner.amount : a);
  if (duration) return duration;
  if (isAge(tokens, a)) return 'age';
  const first = tokens[a.numberFirst];
  if (a.numeral === null && first?.capitalised && !opensSentence(tokens, a.numberFirst)) return 'name';
  if (isCompound(tokens, a)) return 'compound';
  if (!partner && !a.currency && !a.percent && !a.measure && a.wordKind === 'cardinal' && !a.scaled && a.value === 1) return 'singular';
  if (!partner && isAnaphoric(tokens, a)) return 'anaphora';
  if (isLoneHalf(tokens, a, qualified)) return 'no amount';
  return null;
}

/** Why the amount `a` (joined to `partner`, if any) is not a numeric claim, or null when it is one. */
export function notClaim(tokens: readonly Token[], a: Amount, partner: Partner, qualified: boolean): NotClaim | null {
  const phone = phoneEnd(tokens, a, partner);
  if (phone >= 0) return { reason: 'phone', through: phone };
  const reason = reasonFor(tokens, a, partner, qualified);
  if (reason === null) return null;
  const wholeSpan = reason === 'year' || reason === 'date' || reason === 'time' || reason === 'identifier' || reason === 'duration' || reason === 'age';
  let through = partner && wholeSpan ? partner.amount.last : a.last;
  // `Table 6-1`, `Route 9.2`: numbers glued on to an identifier belong to it.
  while (reason === 'identifier' && tokens[through + 1]?.kind === 'mark' && tokens[through + 1]?.spaced === false && CONTINUATIONS.has(tokens[through + 1]?.norm ?? '') && tokens[through + 2]?.kind === 'number' && tokens[through + 2]?.spaced === false) through += 2;
  return { reason, through };
}
