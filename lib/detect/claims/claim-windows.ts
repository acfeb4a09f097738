// Where numbers can be: stretches of text around every digit, currency sign or number word, wide
// enough to hold all the context the claim rules read. Most article text holds no figure, so the
// claim tokenizer only walks these stretches; overlapping ones merge, so the cost stays linear.
import { CURRENCY_SYMBOLS } from '../lexicon/currencies';
import { DOZEN_WORDS, FRACTION_DENOMINATORS, MULTIPLE_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_AMOUNT_WORDS, VAGUE_SCALE_PREFIXES } from '../lexicon/number-words';
import { digitValue } from './parse-number';

export interface TextWindow {
  start: number;
  end: number;
}

// Context the rules read before and after a figure, in characters: qualifiers, `between the ages
// of`, list numbering and counted nouns all fit well inside.
const REACH_BEFORE = 160;
const REACH_AFTER = 200;
// How far a window edge moves to reach white space, so it does not cut a word.
const SNAP = 40;
const LONGEST_WORD = 11;

const ANCHOR_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...SCALE_WORDS.keys(),
  ...DOZEN_WORDS.keys(),
  ...FRACTION_DENOMINATORS.keys(),
  ...MULTIPLE_WORDS.keys(),
  ...VAGUE_AMOUNT_WORDS,
  ...VAGUE_SCALE_PREFIXES,
  'dozens',
]);
const ANCHOR_MARKS: ReadonlySet<string> = new Set([...CURRENCY_SYMBOLS.keys(), '\u00bd', '\u00bc', '\u00be', '\u2153', '\u2154', '\u215b']);

const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c > 0x7f && digitValue(c) >= 0);
const isSpaceCode = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;

function snapBack(text: string, at: number): number {
  let i = Math.max(0, at);
  const floor = Math.max(0, i - SNAP);
  while (i > floor && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

function snapForward(text: string, at: number): number {
  let i = Math.min(text.length, at);
  const ceiling = Math.min(text.length, i + SNAP);
  while (i < ceiling && !isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** The stretches of `text` that may hold a numeric claim, in order, not overlapping. */
export function claimWindows(text: string): TextWindow[] {
  const windows: TextWindow[] = [];
  const add = (from: number, to: number): void => {
    const start = snapBack(text, from - REACH_BEFORE);
    const end = snapForward(text, to + REACH_AFTER);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
      add(i, j);
      i = j;
    } else if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
      if (j - i >= 3 && j - i <= LONGEST_WORD && ANCHOR_WORDS.has(text.slice(i, j).toLowerCase())) add(i, j);
      i = j;
    } else {
      if (c > 0x7f || c === 0x24) {
        const ch = text.charAt(i);
        if (ANCHOR_MARKS.has(ch)) add(i, i + 1);
      }
      i++;
    }
  }
  return windows;
}
