// One left-to-right pass that cuts text into numerals, words and single marks, so the claim
// scanner can look a few tokens either way without ever re-reading the text. (The quote detector
// has its own word tokens in tokens.ts; claims need numerals, currency signs and spacing too.)
import { digitValue, readNumeral, type Numeral } from './parse-number';

export type TokenKind = 'number' | 'word' | 'mark';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Words: lower-cased, soft hyphens dropped, `’` as `'`. Marks: the character. Numbers: the text. */
  norm: string;
  /** Whitespace stands between the previous token and this one. */
  spaced: boolean;
  /** That whitespace holds a line break: a paragraph or block boundary in extracted text. */
  lineBreak: boolean;
  /** A word that begins with an upper-case letter. */
  capitalised: boolean;
  numeral: Numeral | null;
}

const SOFT_HYPHEN = 0xad;
const APOSTROPHES = new Set([0x27, 0x2019]);

function isLetter(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return code === SOFT_HYPHEN || /[\p{L}\p{M}]/u.test(ch);
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/** The tokens of `text`, in order; whitespace is not a token but is recorded on the token after it. */
export function tokenizeForClaims(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaced = true;
  let lineBreak = true;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      spaced = true;
      if (isLineBreak(code)) lineBreak = true;
      i++;
      continue;
    }
    const ch = text.charAt(i);
    let token: Token;
    if (digitValue(code) >= 0) {
      const read = readNumeral(text, i);
      const end = read ? read.end : i + 1;
      token = { kind: 'number', start: i, end, norm: text.slice(i, end), spaced, lineBreak, capitalised: false, numeral: read ? read.numeral : null };
    } else if (isLetter(code, ch)) {
      let j = i + 1;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (isLetter(c, text.charAt(j))) { j++; continue; }
        // An apostrophe between letters stays inside the word (`it's`, `Mugabe's`, `o'clock`).
        if (APOSTROPHES.has(c) && j + 1 < text.length && isLetter(text.charCodeAt(j + 1), text.charAt(j + 1))) { j += 2; continue; }
        break;
      }
      const clean = text.slice(i, j).replace(/\u00ad/g, '').replace(/\u2019/g, "'");
      const norm = clean.toLowerCase();
      token = { kind: 'word', start: i, end: j, norm, spaced, lineBreak, capitalised: clean.length > 0 && clean.charAt(0) !== norm.charAt(0), numeral: null };
    } else {
      // Surrogate pairs (emoji, rare scripts) stay whole so no offset falls inside a character.
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      token = { kind: 'mark', start: i, end: i + width, norm: text.slice(i, i + width), spaced, lineBreak, capitalised: false, numeral: null };
    }
    tokens.push(token);
    i = token.end;
    spaced = false;
    lineBreak = false;
  }
  return tokens;
}
