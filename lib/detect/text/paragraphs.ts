// Paragraphs of extracted article text. Readability's textContent separates paragraphs by newlines,
// but some pages hard-wrap their prose (a newline every ~80 characters, mid-sentence). A page is read
// as hard-wrapped when many of its line breaks fall before a lower-case word; then only a blank line,
// or a line break after sentence-final punctuation before a capital or a quotation mark, ends a paragraph.

export interface Span {
  start: number;
  end: number;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v';
const FINAL = new Set(['.', '?', '!', '"', '\u201d', '\u2019', "'", ')', ']', ':', '\u00bb', '\u2026']);
const OPENING = new Set(['"', '\u201c', '\u2018', "'", '\u00ab', '\u201e', '(', '[']);
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

interface LineBreak {
  /** Last non-space character before the newline run, or '' at the start of the text. */
  before: string;
  /** First non-space character after the run, or '' at the end. */
  after: string;
  blank: boolean;
  from: number;
  to: number;
}

function lineBreaks(text: string): LineBreak[] {
  const breaks: LineBreak[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (text.charAt(i) !== '\n') {
      i++;
      continue;
    }
    let from = i;
    while (from > 0 && isSpace(text.charAt(from - 1))) from--;
    let newlines = 0;
    let to = i;
    while (to < n && (text.charAt(to) === '\n' || isSpace(text.charAt(to)))) {
      if (text.charAt(to) === '\n') newlines++;
      to++;
    }
    breaks.push({ before: from > 0 ? text.charAt(from - 1) : '', after: to < n ? text.charAt(to) : '', blank: newlines > 1, from, to });
    i = to;
  }
  return breaks;
}

/** Paragraph spans in text order, trimmed of surrounding white space; empty paragraphs are skipped. */
export function splitParagraphs(text: string): Span[] {
  const breaks = lineBreaks(text);
  let continuing = 0;
  let counted = 0;
  for (const b of breaks) {
    if (b.blank || !b.before || !b.after) continue;
    counted++;
    if (isLower(b.after)) continuing++;
  }
  const wrapped = counted > 0 && continuing >= Math.max(2, counted * 0.2);
  const paragraphs: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && (isSpace(text.charAt(s)) || text.charAt(s) === '\n')) s++;
    if (s < end) paragraphs.push({ start: s, end });
  };
  for (const b of breaks) {
    const ends = b.blank || !wrapped || (FINAL.has(b.before) && (isUpper(b.after) || OPENING.has(b.after) || /\d/.test(b.after)));
    if (!ends) continue;
    push(b.from);
    start = b.to;
  }
  let end = text.length;
  while (end > start && (isSpace(text.charAt(end - 1)) || text.charAt(end - 1) === '\n')) end--;
  push(end);
  return paragraphs;
}
