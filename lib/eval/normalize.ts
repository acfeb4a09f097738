// Text comparison of the official scorer (/work/shared/eval/score.mjs, docs/annotation-guide.md
// section 5), kept character for character: the figures must be the scorer's.

export interface NormalizedText {
  /** Lower-cased, quotes and dashes unified, white-space runs folded to one space. */
  out: string;
  /** For each index of `out`, the index in the original text; one extra entry for the end. */
  map: number[];
}

const DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033';
const SINGLE_QUOTES = '\u2018\u2019\u201a\u201b\u2032`';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212';

export function normalize(text: string): NormalizedText {
  let out = '';
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    let c = text[i] ?? '';
    if (/\s/.test(c) || c === '\u00a0') {
      if (lastSpace) continue;
      c = ' ';
      lastSpace = true;
    } else {
      lastSpace = false;
      if (DOUBLE_QUOTES.includes(c)) c = '"';
      else if (SINGLE_QUOTES.includes(c)) c = "'";
      else if (DASHES.includes(c)) c = '-';
      else c = c.toLowerCase();
    }
    out += c;
    map.push(i);
  }
  map.push(text.length);
  return { out, map };
}

export const norm = (s: string | null | undefined): string => normalize(s || '').out.trim();
