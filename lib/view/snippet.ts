/** The words either side of text[start, end), within its paragraph, for showing a figure in context. */
export interface Snippet {
  before: string;
  after: string;
}

const ELLIPSIS = '…';
const flat = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Where a paragraph (or at least a sentence) ends in extracted text, as [start, end) of the gap.
 * The extractor's text keeps the page's own line breaks inside paragraphs and sometimes joins two
 * paragraphs with nothing between them (`"distressing".He vowed`), so a line break counts only
 * after a sentence's end or before an empty line, and a sentence end glued to a capital counts too.
 */
const BREAK = /(?<=[.!?…:]["”’')\]]*)[^\S\n]*\n\s*|\n[^\S\n]*\n\s*|(?<=[.!?…]["”’')\]]*)(?=\p{Lu})/gu;

function breaksIn(text: string, from: number, to: number): Array<[number, number]> {
  const slice = text.slice(from, to);
  const found: Array<[number, number]> = [];
  for (const match of slice.matchAll(BREAK)) found.push([from + match.index, from + match.index + match[0].length]);
  return found;
}

/**
 * Up to `radius` characters either side, cut at a word boundary and at the paragraph's edges.
 * Only the window itself is searched, so a text without line breaks costs no more than one with.
 */
export function snippetAround(text: string, start: number, end: number, radius = 48): Snippet {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const windowStart = Math.max(0, from - radius);
  const breakBefore = breaksIn(text, windowStart, from)
    .filter(([, gapEnd]) => gapEnd <= from)
    .at(-1);
  const beforeStart = breakBefore ? breakBefore[1] : windowStart;
  let before = text.slice(beforeStart, from);
  // Cut inside the paragraph: a word the cut runs through is dropped, one that starts at it is kept.
  if (!breakBefore && windowStart > 0) {
    before = ELLIPSIS + (/\s/.test(text[windowStart - 1] ?? '') ? before : before.replace(/^\S*/, ''));
  }
  const windowEnd = Math.min(text.length, to + radius);
  const breakAfter = breaksIn(text, to, windowEnd)[0];
  const afterEnd = breakAfter ? breakAfter[0] : windowEnd;
  let after = text.slice(to, afterEnd);
  if (!breakAfter && windowEnd < text.length) {
    after = (/\s/.test(text[windowEnd] ?? '') ? after : after.replace(/\S*$/, '')) + ELLIPSIS;
  }
  return { before: flat(before).replace(/^…\s+/, ELLIPSIS).trimStart(), after: flat(after).replace(/\s+…$/, ELLIPSIS).trimEnd() };
}
