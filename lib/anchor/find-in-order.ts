// The fast path of anchoring, over squeezed texts (squeeze.ts): find a span of the article in the
// page at or after a cursor, using the article's text around it. The article's words appear in the
// page in the same order, but the page adds furniture between blocks (captions, "Advertisement",
// share links) and inline bits the extraction left out (footnote marks, math source), so the
// context on either side, or the middle of a long span, may be interrupted on the page.

export interface TextSpan {
  start: number;
  end: number;
}

/** Characters of article text either side of a span that should sit next to it in the page too. */
export const CONTEXT_LENGTH = 32;
/** A needle shorter than this may well occur in page furniture, so it is not trusted alone. */
const MIN_UNIQUE_NEEDLE = 24;
/** How much of a long span's own text at each end is looked for when its middle differs. */
const END_LENGTH = 24;
/**
 * How much page text a span found by its ends may cover beyond its own: room for inline bits the
 * article left out, not for a stretch of another part of the page.
 */
const maxStretch = (length: number) => 2 * length + 200;

/**
 * Where article[start, end) is in `page` at or after `cursor`, or null: first the whole span with
 * its context, then, for a long span, its two ends in order and close together.
 */
export function findInOrder(page: string, article: string, start: number, end: number, cursor: number): TextSpan | null {
  const prefix = article.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const exact = article.slice(start, end);
  const suffix = article.slice(end, end + CONTEXT_LENGTH);
  const whole = findWithContext(page, prefix, exact, suffix, cursor);
  if (whole !== null) return { start: whole, end: whole + exact.length };
  if (exact.length < 2 * END_LENGTH) return null;
  const head = findWithContext(page, prefix, exact.slice(0, END_LENGTH), '', cursor);
  if (head === null) return null;
  const tail = findWithContext(page, '', exact.slice(-END_LENGTH), suffix, head + END_LENGTH);
  if (tail === null || tail + END_LENGTH - head > maxStretch(exact.length)) return null;
  return { start: head, end: tail + END_LENGTH };
}

/**
 * Where `exact` starts in `page` at or after `from`, found with both sides of its context, else
 * with either side (the other may be interrupted by furniture), else alone if long enough to be
 * specific. Null when none is found.
 */
function findWithContext(page: string, prefix: string, exact: string, suffix: string, from: number): number | null {
  const needles: Array<[string, number]> = [
    [prefix + exact + suffix, prefix.length],
    [prefix + exact, prefix.length],
    [exact + suffix, 0],
    [exact, 0],
  ];
  const tried = new Set<string>();
  for (const [needle, lead] of needles) {
    if (needle.length < MIN_UNIQUE_NEEDLE || tried.has(needle)) continue;
    tried.add(needle);
    const at = page.indexOf(needle, from);
    if (at >= 0) return at + lead;
  }
  return null;
}
