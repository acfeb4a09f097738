// One left-to-right pass that cuts text into numerals, words and single marks, so the claim
// scanner can look a few tokens either way without ever re-reading the text. (The quote detector
// has its own word tokens in tokens.ts; claims need numerals, currency signs and spacing too.)
import { digitValue, readNumeral, type Numeral, type NumberStyle } from './parse-number';

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
  /** A word with a lower-case letter right before an upper-case one (`interviewThe`): blocks run together by extraction. */
  joined: boolean;
  numeral: Numeral | null;
}

const SOFT_HYPHEN = 0xad;
const APOSTROPHES = new Set([0x27, 0x2019]);

function isLetter(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return code === SOFT_HYPHEN || /[\p{L}\p{M}]/u.test(ch);
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isAsciiLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
// How far back white space before a window is read to learn whether a line break ends it.
const GAP_REACH = 200;

/** Whether white space, and a line break in it, stand right before offset `from`. */
function gapBefore(text: string, from: number): { spaced: boolean; lineBreak: boolean } {
  let i = from;
  const floor = Math.max(0, from - GAP_REACH);
  while (i > floor && isSpace(text.charCodeAt(i - 1))) {
    if (isLineBreak(text.charCodeAt(i - 1))) return { spaced: true, lineBreak: true };
    i--;
  }
  return i === 0 ? { spaced: true, lineBreak: true } : { spaced: i < from, lineBreak: false };
}

/**
 * The tokens of `text` from `from` to `to` (the whole text by default), in order; white space is
 * not a token but is recorded on the token after it. A numeral that starts before `to` is read whole.
 */
export function tokenizeForClaims(text: string, from = 0, to = text.length, style: NumberStyle = 'english'): Token[] {
  const tokens: Token[] = [];
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  let { spaced, lineBreak } = gapBefore(text, i);
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      spaced = true;
      if (isLineBreak(code)) lineBreak = true;
      i++;
      continue;
    }
    const ch = text.charAt(i);
    let token: Token;
    if ((code >= 0x30 && code <= 0x39) || (code > 0x7f && digitValue(code) >= 0)) {
      const read = readNumeral(text, i, style);
      const end = read ? read.end : i + 1;
      token = { kind: 'number', start: i, end, norm: text.slice(i, end), spaced, lineBreak, capitalised: false, joined: false, numeral: read ? read.numeral : null };
    } else if (isLetter(code, ch)) {
      let j = i + 1;
      let plain = code < 0x80;
      let joined = false;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (isLetter(c, text.charAt(j))) {
          plain &&= c < 0x80;
          joined ||= c >= 0x41 && c <= 0x5a && isAsciiLower(text.charCodeAt(j - 1));
          j++;
          continue;
        }
        // An apostrophe between letters stays inside the word (`it's`, `Haddad's`, `o'clock`).
        if (APOSTROPHES.has(c) && j + 1 < text.length && isLetter(text.charCodeAt(j + 1), text.charAt(j + 1))) {
          plain = false;
          j += 2;
          continue;
        }
        break;
      }
      const clean = plain
        ? text.slice(i, j)
        : text
            .slice(i, j)
            .replace(/\u00ad/g, '')
            .replace(/\u2019/g, "'");
      const norm = clean.toLowerCase();
      token = { kind: 'word', start: i, end: j, norm, spaced, lineBreak, capitalised: clean.length > 0 && clean.charAt(0) !== norm.charAt(0), joined, numeral: null };
    } else {
      // Surrogate pairs (emoji, rare scripts) stay whole so no offset falls inside a character.
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      token = { kind: 'mark', start: i, end: i + width, norm: text.slice(i, i + width), spaced, lineBreak, capitalised: false, joined: false, numeral: null };
    }
    tokens.push(token);
    i = token.end;
    spaced = false;
    lineBreak = false;
  }
  return tokens;
}
