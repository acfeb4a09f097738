/** The words either side of text[start, end), within its paragraph, for showing a figure in context. */
export interface Snippet {
  before: string;
  after: string;
}

const ELLIPSIS = '…';

const flat = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Up to `radius` characters either side, cut at a word boundary and at the paragraph's edges.
 * Only the window itself is searched, so a text without line breaks costs no more than one with.
 */
export function snippetAround(text: string, start: number, end: number, radius = 48): Snippet {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));

  const windowStart = Math.max(0, from - radius);
  const breakBefore = text.slice(windowStart, from).lastIndexOf('\n');
  const beforeStart = breakBefore < 0 ? windowStart : windowStart + breakBefore + 1;
  let before = text.slice(beforeStart, from);
  // Cut inside the paragraph: a word the cut runs through is dropped, one that starts at it is kept.
  if (beforeStart === windowStart && windowStart > 0 && text[windowStart - 1] !== '\n') {
    before = ELLIPSIS + (/\s/.test(text[windowStart - 1] ?? '') ? before : before.replace(/^\S*/, ''));
  }

  const windowEnd = Math.min(text.length, to + radius);
  const breakAfter = text.slice(to, windowEnd).indexOf('\n');
  const afterEnd = breakAfter < 0 ? windowEnd : to + breakAfter;
  let after = text.slice(to, afterEnd);
  if (breakAfter < 0 && windowEnd < text.length && text[windowEnd] !== '\n') {
    after = (/\s/.test(text[windowEnd] ?? '') ? after : after.replace(/\S*$/, '')) + ELLIPSIS;
  }
  return { before: flat(before).replace(/^…\s+/, ELLIPSIS).trimStart(), after: flat(after).replace(/\s+…$/, ELLIPSIS).trimEnd() };
}
