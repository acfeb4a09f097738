// Numbers that name or number something rather than count it (docs/annotation-guide.md, "Not
// marked"): identifiers (`Article 5`, `F-16`, `9/11`, `Firefox 85`), list and section numbers,
// headings, addresses and phone numbers.
import type { Amount } from './amount';
import { HYPHENS, isMark, opensSentence, plainInteger, TERMINAL_MARKS, tokenWord, wordBefore } from './amount-context';
import { NOT_NAMES, NOUN_PHRASE_STOPS } from '../lexicon/function-words';
import { ADDRESS_SUFFIXES, CAPITALISED_IDENTIFIER_HEADS, IDENTIFIER_HEADS, RANK_LEADS } from '../lexicon/identifier-heads';
import { UNIT_WORDS } from '../lexicon/number-words';
import { MONTHS, WEEKDAYS } from '../lexicon/time-words';
import type { Partner } from './not-claims';
import type { Token } from './numeric-tokens';
import { looksPastForm, looksPlural } from '../lexicon/word-class';

const SLASHES = new Set(['/', '\u2044']);
const NUMBER_SIGNS = new Set(['#', '\u2116']);
const PHONE_JOINS = new Set(['-', '.', ')']);
// How many tokens either way a list marker's neighbour (`2.` after `1.`) is looked for.
const LIST_REACH = 30;
// The most words a line label carries after its number (`13 External links`).
const LABEL_WORDS = 4;
// How many tokens after a glued number word are searched for the next run-together block.
const RUN_TOGETHER_REACH = 12;

/** A plain integer right after a capitalised or inner-capital name (`Firefox 85`, `eReader 3`, `Building 24`, `PlayStation 4 Pro`), unless a counted noun follows (`told Reuters 19 people`). */
function isNamedNumber(tokens: readonly Token[], a: Amount): boolean {
  const name = tokens[a.first - 1];
  const numberToken = tokens[a.first];
  const plainFigure = !!a.numeral && !a.numeral.grouped && !a.currency && !a.percent && !a.measure && a.multiplier === 1;
  // An inner capital (`eReader 3`) marks a name as well as an initial one does.
  if (!name || name.kind !== 'word' || !(name.capitalised || name.joined) || !numberToken?.spaced || numberToken.lineBreak || !plainFigure) return false;
  if (a.numeral?.integerDigits === 4 || NOT_NAMES.has(name.norm) || NOUN_PHRASE_STOPS.has(name.norm) || MONTHS.has(name.norm) || WEEKDAYS.has(name.norm)) return false;
  const next = tokens[a.last + 1];
  if (!next || next.kind !== 'word' || !next.spaced) return true;
  // A verb after the number (`NHS 111 received`, `Firefox 85 it's`) leaves it a name.
  const plural = next.norm.length > 3 && looksPlural(next.norm);
  // After a decimal only a plural noun is counted: `Bluetooth 4.1 support` is a name.
  const countedNoun = next.capitalised || a.numeral?.fractional ? plural : !NOUN_PHRASE_STOPS.has(next.norm) && !next.norm.includes("'") && !looksPastForm(next.norm);
  return !countedNoun;
}

/** `1. Finland 2. Norway`, `21) Star Wars`: list numbering, at a line start or next to its neighbour. */
function isListMarker(tokens: readonly Token[], a: Amount): boolean {
  if (!plainInteger(a) || a.value === null || (a.numeral?.integerDigits ?? 9) > 3) return false;
  const mark = tokens[a.last + 1];
  if (!mark || mark.spaced || (mark.norm !== '.' && mark.norm !== ')') || !tokens[a.last + 2]?.spaced) return false;
  if (tokens[a.first]?.lineBreak) return true;
  const marked = (i: number, value: number): boolean => tokens[i]?.numeral?.value === value && tokens[i + 1]?.norm === mark.norm && tokens[i + 1]?.spaced === false;
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
  if (!first?.lineBreak || !a.numeral || a.currency || a.percent || a.measure) return false;
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
 * A link title run into the text: a number word glued to the sentence before it whose block runs
 * into the next one without a full stop (`…zero.Five things we learned from the interviewThe…`).
 * A figure opening a kept heading in Title Case (`Five Apple Products Expected …`, `$150K Pearl
 * Dress …`) is a claim like any other (the labels' kept-heading rule, after decision 1).
 */
function isTitle(tokens: readonly Token[], a: Amount): boolean {
  if (!opensSentence(tokens, a.first)) return false;
  const before = tokens[a.first - 1];
  if (a.numeral || !tokens[a.first]?.capitalised || !before || before.spaced || !TERMINAL_MARKS.has(before.norm) || tokens[a.first]?.spaced) return false;
  for (let j = a.last + 1; j <= a.last + RUN_TOGETHER_REACH; j++) {
    const t = tokens[j];
    if (!t || t.lineBreak || TERMINAL_MARKS.has(t.norm)) return false;
    if (t.joined) return true;
  }
  return false;
}

/** `ranked number five`, `at number 3`, `the number one priority`: a place in a ranking. */
function isRank(tokens: readonly Token[], a: Amount, head: number): boolean {
  const w = tokens[head];
  if (!w || w.norm !== 'number' || a.value === null || a.value > 100 || a.currency || a.percent || a.measure || a.numeral?.grouped || a.numeral?.fractional) return false;
  const lead = tokens[head - 1];
  return !!lead && lead.kind === 'word' && RANK_LEADS.has(lead.norm);
}

/** `3-D`, `7-Eleven`, `4-H`: digits hyphened to a capitalised word or letter form a name. */
export function isNamedByWordAfter(tokens: readonly Token[], a: Amount): boolean {
  const hyphen = tokens[a.last + 1];
  const word = tokens[a.last + 2];
  return !!a.numeral && a.last === a.numberLast && isMark(hyphen, HYPHENS) && !hyphen?.spaced && !!word && word.kind === 'word' && !word.spaced && word.capitalised;
}

/**
 * A number that names or numbers something: glued codes, heads (`Article 5`), names, list and
 * section numbers, headings, addresses. A cell of a table of figures (table-cells.ts) is no label.
 */
export function isIdentifier(tokens: readonly Token[], a: Amount, tableCell = false): boolean {
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
  if (isNamedByWordAfter(tokens, a)) return true;
  // `9/11`, `24/7`, `1 / 5`, `HTTP/1.1`.
  if (
    a.numeral &&
    isMark(before, SLASHES) &&
    (tokens[a.numberFirst - 2]?.kind === 'number' || (tokens[a.numberFirst - 2]?.kind === 'word' && !before?.spaced && !numberToken?.spaced))
  )
    return true;
  // `[25]`: a reference to a footnote.
  if (a.numeral && before?.norm === '[' && !numberToken?.spaced && after?.norm === ']' && !after.spaced) return true;
  if (a.numeral && isMark(after, SLASHES) && tokens[a.last + 2]?.kind === 'number') return true;
  // `Overcast 2.0`, `Web 2.0`: a bare figure with a zero decimal is a version.
  if (a.numeral?.fractional && !a.currency && !a.percent && !a.measure && a.multiplier === 1 && /\.0$/.test(numberToken?.norm ?? '')) return true;
  const head = wordBefore(tokens, a.first);
  // A table cell's word before it is another cell (`Harbour Bay` then `4,200`), no head of it.
  if (head && !head.word.lineBreak && !tableCell) {
    if (IDENTIFIER_HEADS.has(head.word.norm)) return true;
    if (isRank(tokens, a, head.index)) return true;
    if (head.word.capitalised && CAPITALISED_IDENTIFIER_HEADS.has(head.word.norm)) return true;
  }
  if (isNamedNumber(tokens, a) || isListMarker(tokens, a) || (!tableCell && isLineLabel(tokens, a)) || isTitle(tokens, a)) return true;
  // `401(k)`, `Section 230(c)`.
  if (a.numeral && after?.norm === '(' && !after.spaced && tokens[a.last + 2]?.spaced === false) return true;
  return isAddress(tokens, a);
}

/**
 * `10 Downing Street`: a number before a capitalised name that ends in a street word; or after `at`
 * before a capitalised name (`the basement at 80 New York`, `at 30 Rockefeller center`), where a
 * date, a time or a unit would have been read already.
 */
function isAddress(tokens: readonly Token[], a: Amount): boolean {
  if (!a.numeral || a.currency || a.percent) return false;
  for (let j = a.last + 1; j <= a.last + 3; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || !t.capitalised) break;
    if (j > a.last + 1 && ADDRESS_SUFFIXES.has(t.norm)) return true;
  }
  return plainInteger(a) && tokenWord(tokens[a.first - 1]) === 'at' && isPlaceName(tokens[a.last + 1]);
}

const isPlaceName = (t: Token | undefined): boolean =>
  t?.kind === 'word' && t.capitalised && t.spaced && !t.lineBreak && !MONTHS.has(t.norm) && !WEEKDAYS.has(t.norm) && !NOT_NAMES.has(t.norm);

/** The last token of a phone number starting at `a` (`+44 20 7946 0958`, `(555) 123-4567`, `555-123-4567`), or -1. */
export function phoneEnd(tokens: readonly Token[], a: Amount, partner: Partner): number {
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
    if (joined && next) {
      j += 2;
      digits += next.numeral?.integerDigits ?? 0;
    } else if (spacedGroup && sep) {
      j += 1;
      digits += sep.numeral?.integerDigits ?? 0;
    } else break;
    groups++;
  }
  if (tokens[a.first - 1]?.norm === '+' && tokens[a.first]?.spaced === false && digits >= 7) return j;
  if (a.numeral.leadingZero) return j;
  if (groups >= 3 && digits >= 7) return j;
  const range = partner?.link === 'range' ? partner.amount.numeral : null;
  const rangeLike =
    !!range &&
    plainInteger(a) &&
    !range.grouped &&
    !range.fractional &&
    a.numeral.integerDigits >= 3 &&
    range.integerDigits >= 4 &&
    a.numeral.integerDigits + range.integerDigits >= 7;
  return rangeLike && partner ? partner.amount.last : -1;
}
