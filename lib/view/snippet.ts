/** The words either side of text[start, end), within its paragraph, for showing a figure in context. */
export interface Snippet {
  before: string;
  after: string;
}

const ELLIPSIS = '…';

/** Up to `radius` characters either side, cut at a word boundary and at the paragraph's edges. */
export function snippetAround(text: string, start: number, end: number, radius = 48): Snippet {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const paragraphStart = text.lastIndexOf('\n', from - 1) + 1;
  const nextBreak = text.indexOf('\n', to);
  const paragraphEnd = nextBreak < 0 ? text.length : nextBreak;

  const beforeStart = Math.max(paragraphStart, from - radius);
  let before = text.slice(beforeStart, from);
  // A word the cut runs through is dropped; one that merely starts at the cut is kept.
  if (beforeStart > paragraphStart) before = ELLIPSIS + (/\s/.test(text[beforeStart - 1] ?? '') ? before : before.replace(/^\S*/, ''));
  const afterEnd = Math.min(paragraphEnd, to + radius);
  let after = text.slice(to, afterEnd);
  if (afterEnd < paragraphEnd) after = (/\s/.test(text[afterEnd] ?? '') ? after : after.replace(/\S*$/, '')) + ELLIPSIS;
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  return { before: flat(before).replace(/^…\s+/, ELLIPSIS).trimStart(), after: flat(after).replace(/\s+…$/, ELLIPSIS).trimEnd() };
}
