// Word tokens with their offsets: the unit every detector walks. Apostrophes and hyphens inside a
// word keep it whole (`Ramírez’s`, `long-range`), as does an ampersand between capitals (`AT&T`);
// soft hyphens and zero-width marks stay inside. Blocks glued together by extraction (`AcmeThe`)
// are two words (glued-blocks.ts).

import { isGluedBlockStart } from './glued-blocks';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, without soft hyphens, zero-width marks or a possessive `'s`. */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;
const INVISIBLE_TEST = /[\u00ad\u200b-\u200d\u2060]/;
const POSSESSIVE = /['\u2019]s$/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** A letter, digit or combining mark; ASCII is decided without a regular expression. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text.charAt(i));
}

/** Soft hyphens and zero-width marks inside a word keep it whole (`Netan\u00adyahu`). */
const isInvisible = (c: number): boolean => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
/** Apostrophes and hyphens join two word parts (`Ukraine's`, `long-range`). */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiCapital = (c: number): boolean => c >= 65 && c <= 90;
const isDigitSeparator = (c: number): boolean => c === 44 || c === 46;

function normalise(word: string): string {
  let norm = word.toLowerCase();
  if (INVISIBLE_TEST.test(norm)) norm = norm.replace(INVISIBLE, '');
  return norm.length > 2 && norm.charCodeAt(norm.length - 1) === 115 && POSSESSIVE.test(norm) ? norm.slice(0, -2) : norm;
}

/** All word tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      if (i < n && (isWordChar(text, i) || isInvisible(text.charCodeAt(i))) && !isGluedBlockStart(text, i)) {
        i++;
        continue;
      }
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
        i += 2;
        continue;
      }
      // `AT&T`, `R&D`: an ampersand between capitals joins one name.
      if (i + 1 < n && text.charCodeAt(i) === 38 && isAsciiCapital(text.charCodeAt(i - 1)) && isAsciiCapital(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      // `4,000`, `1.3`: separators between digits keep a number whole.
      if (i + 1 < n && isDigitSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    const word = text.slice(start, i);
    const first = word.charAt(0);
    tokens.push({ start, end: i, text: word, norm: normalise(word), cap: first !== first.toLowerCase() });
  }
  return tokens;
}

/** Index of the first token that ends after `offset` (tokens.length when none): a binary search. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? offset + 1) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
