// Numbers a text uses as a name. A brand: where it names the brand in full once (`365 by Acme Foods
// Market`), the bare number names it in every other use too (`the chain's 365 stores`). A model or
// series: a name with a number after it that the text writes more than once (`Zephyr 9 … the Zephyr
// 9 lineup`) is a model name each time, though a noun follows it; a count after a name
// (`told Reuters 19 people`) is not written twice with the same name. A version: a decimal the
// text also writes as the head of a dotted version (`2.8.x`, `4.1.1`) names that release wherever
// it stands bare (`2.8 has been labelled …`, `the 4.1 release`).
import { HOLIDAYS, MONTHS, WEEKDAYS } from '../lexicon/time-words';
import { NOT_NAMES, NOUN_PHRASE_STOPS } from '../lexicon/function-words';

// A number, `by`, and a name of two or more capitalised words. Each match starts at a digit run and
// moves forward, so the scan stays linear.
const BRAND_NAME = /(?<![\d.,$£€])\b(\d{1,4}) by ([A-Z][\w'\u2019&-]*)((?: [A-Z][\w'\u2019&-]*)+)/g;
// A plain number of up to three digits after a space; the word before it is read back from there,
// so the scan stops only at figures, not at every word.
const SPACED_NUMBER = /(?<=[A-Za-z]) (\d{1,3})(?![\d,%]|\.\d)(?!\w)/g;
// A decimal with a third part after it (`2.8.1`, `2.8.x`). A match starts at the first digit of a
// run (no lookbehind, which would be tried at every character); the head is kept at three digits a part.
const DOTTED_VERSION = /(\d+)\.(\d+)\.(?:\d|x\b)/g;
// A capitalised or prefix-lettered word (`Zephyr`, `eReader`).
const NAME_WORD = /^(?:[A-Z][a-zA-Z]*|[a-z][A-Z][a-zA-Z]*)$/;
// The longest word read back before a number.
const MAX_NAME = 24;

const isTimeWord = (w: string): boolean => MONTHS.has(w) || WEEKDAYS.has(w) || HOLIDAYS.has(w);

// Where a sentence or a quotation opens, a capital letter says nothing of a name.
const OPENERS = new Set(['.', '!', '?', '"', '\u201c', '\u2018', "'", '(', ':']);

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return i < 0 || OPENERS.has(text.charAt(i));
}

/** The key under which `namedNumbers` records a name and its number: `zephyr 9`. */
export const nameNumberKey = (name: string, digits: string): string => `${name.toLowerCase()} ${digits}`;

/** The digit strings the text uses as brand names or versions, and the `name number` keys it writes twice or more. */
export function numberedNames(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(BRAND_NAME)) {
    const digits = match[1];
    const firstWord = (match[2] ?? '').toLowerCase();
    if (digits && !isTimeWord(firstWord)) names.add(digits);
  }
  for (const match of text.matchAll(DOTTED_VERSION)) {
    const [, major = '', minor = ''] = match;
    if (major.length <= 3 && minor.length <= 3 && text.charAt(match.index - 1) !== '.') names.add(`${major}.${minor}`);
  }
  const seen = new Set<string>();
  for (const match of text.matchAll(SPACED_NUMBER)) {
    let from = match.index;
    while (from > 0 && match.index - from < MAX_NAME && /[A-Za-z]/.test(text.charAt(from - 1))) from--;
    if (from > 0 && /[\w'\u2019]/.test(text.charAt(from - 1))) continue;
    const written = text.slice(from, match.index);
    if (!NAME_WORD.test(written)) continue;
    const name = written.toLowerCase();
    // A capitalised word opening a sentence may be any word (`Another 14 …`); a prefix-lettered one is a name anywhere.
    if (written.charAt(0) !== name.charAt(0) && opensSentence(text, from)) continue;
    if (isTimeWord(name) || NOT_NAMES.has(name) || NOUN_PHRASE_STOPS.has(name)) continue;
    const key = nameNumberKey(name, match[1] ?? '');
    if (seen.has(key)) names.add(key);
    else seen.add(key);
  }
  return names;
}
