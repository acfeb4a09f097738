// Sentence boundaries of article text, aware of abbreviations (`Mr.`, `U.S.`, `Gen.`, `Sept.`) and
// of quotation marks: a sentence ending inside a quote ends after the closing mark. Paragraph ends
// are sentence ends. Pages whose paragraphs were run together without a space (`killings".He`)
// still split where a lower-case word is directly followed by a capital after a full stop, and where
// a caption or heading runs into the sentence after it without one (`Courtesy of AcmeThe listing`).

import { splitParagraphs, type Span } from './paragraphs';
import { findQuotedSpans } from '../quotes/quote-marks';
import { TITLE_ABBREVIATIONS } from '../lexicon/titles';
import { isGluedBlockStart } from './glued-blocks';

export type { Span } from './paragraphs';

/** Abbreviations besides titles that a full stop does not end a sentence after. */
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'no',
  'nos',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'approx',
  'est',
  'fig',
  'vol',
  'e.g',
  'i.e',
  'al',
  'cf',
  'dept',
  'univ',
  'assn',
  'bros',
  'ave',
  'blvd',
  'rd',
]);

const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const TERMINAL = new Set(['.', '?', '!', '\u2026']);
const CLOSERS_ALWAYS = new Set([')', ']', '\u201d', '\u00bb', '\u2019']);
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '\u00ab', '\u201e', '(', '[']);

/** The word that ends right before `at` (letters, digits, inner full stops), lower-cased. */
function wordBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && /[\p{L}\p{N}.]/u.test(text.charAt(s - 1)) && at - s < 20) s--;
  return text.slice(s, at).toLowerCase();
}

function endsSentence(text: string, dot: number): boolean {
  if (text.charAt(dot) !== '.') return true;
  const word = wordBefore(text, dot);
  if (!word) return true;
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{L}$/u.test(word)) return false; // an initial: `Robert M. Danin`
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // `U.S.`, `H.W.`
  return true;
}

/**
 * `killings.He`, `in 2019.But`: a full stop glued to the next sentence after a lower-case word, or
 * after a number of two digits or more when a capitalised word follows (`v2.Net` and `1.5` stay whole).
 */
function gluedEnd(text: string, dot: number): boolean {
  const [a, b] = [text.charAt(dot - 2), text.charAt(dot - 1)];
  if (isLower(a) && isLower(b)) return true;
  return /\d/.test(a) && /\d/.test(b) && isLower(text.charAt(dot + 2));
}

/**
 * Sentence spans of `text` in order, trimmed; they cover every non-space character of every
 * paragraph. `closingMarks` are offsets of closing quotation marks (computed when not given).
 */
export function splitSentences(text: string, closingMarks?: ReadonlySet<number>, paragraphs?: readonly Span[]): Span[] {
  const paras = paragraphs ?? splitParagraphs(text);
  const closers =
    closingMarks ??
    new Set(
      findQuotedSpans(text, paras)
        .filter((q) => q.close >= 0)
        .map((q) => q.close),
    );
  const out: Span[] = [];
  for (const p of paras) {
    let start = p.start;
    const push = (end: number): void => {
      let s = start;
      while (s < end && /\s/.test(text.charAt(s))) s++;
      let e = end;
      while (e > s && /\s/.test(text.charAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e });
    };
    for (let i = p.start; i < p.end; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x41 && code <= 0x5a && i > start && isGluedBlockStart(text, i)) {
        push(i);
        start = i;
        continue;
      }
      if (code !== 46 && code !== 63 && code !== 33 && code !== 0x2026) continue; // . ? ! …
      let j = i + 1;
      while (j < p.end && (TERMINAL.has(text.charAt(j)) || CLOSERS_ALWAYS.has(text.charAt(j)) || closers.has(j))) j++;
      if (j >= p.end) break;
      const gap = j;
      while (j < p.end && /[\s\u00a0]/.test(text.charAt(j))) j++;
      const next = text.charAt(j);
      const spaced = j > gap;
      const startsNew = isUpper(next) || OPENERS.has(next) || (spaced && /\d/.test(next ?? ''));
      if (!startsNew || !endsSentence(text, i)) {
        i = gap - 1;
        continue;
      }
      if (!spaced && !(OPENERS.has(next) || (gap === i + 1 && gluedEnd(text, i)) || gap > i + 1)) {
        i = gap - 1;
        continue;
      }
      push(gap);
      start = gap;
      i = gap - 1;
    }
    push(p.end);
  }
  return out;
}
