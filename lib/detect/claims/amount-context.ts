// Small readers of the tokens around an amount, shared by the not-claim rules.
import type { Amount } from './amount';
import type { Token } from './numeric-tokens';

const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '(', '[', '\u2014', '\u2013', '-', '\u2022', '*', '|']);
export const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011', '\u2013']);
export const TERMINAL_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);

export const tokenWord = (t: Token | undefined): string | null => (t && t.kind === 'word' ? t.norm : null);
export const isMark = (t: Token | undefined, marks: ReadonlySet<string>): boolean => !!t && t.kind === 'mark' && marks.has(t.norm);

/** Token `i` opens a sentence, a paragraph or a quotation. */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return !t || !before || t.lineBreak || (before.kind === 'mark' && SENTENCE_MARKS.has(before.norm));
}

/** The word before token `i`, stepping over an abbreviation dot glued to it (`Sept. 25`, `p. 12`). */
export function wordBefore(tokens: readonly Token[], i: number): { word: Token; index: number } | null {
  let j = i - 1;
  if (tokens[j]?.norm === '.' && tokens[j]?.spaced === false) j--;
  const t = tokens[j];
  return t && t.kind === 'word' ? { word: t, index: j } : null;
}

/** Digits written bare: no separators, decimals, currency, percent, unit or magnitude. */
export const plainInteger = (a: Amount): boolean => !!a.numeral && !a.numeral.grouped && !a.numeral.fractional && !a.currency && !a.percent && !a.measure && a.multiplier === 1;
