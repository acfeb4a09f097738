import type { Annotation, Claim, ClaimValue, Quote } from '../model';

// The command line's readable summary of an annotation (`--format text`).

/**
 * Page text made safe for a terminal: control characters (escape sequences can retitle or clear
 * a terminal, or write its clipboard) and bidirectional overrides (which reverse what follows)
 * are shown as visible `\u{…}` escapes instead of being obeyed. Newlines and tabs stay.
 */
export const terminalSafe = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const clamp = (n: number, text: string): number => Math.max(0, Math.min(text.length, Math.trunc(n) || 0));

const spanText = (text: string, span: { start: number; end: number }): string => collapse(text.slice(clamp(span.start, text), clamp(span.end, text)));

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatHeading(annotation: Annotation): string {
  const { title, byline, siteName, publishedTime } = annotation.article;
  return [title ?? '(untitled)', byline, siteName, publishedTime].filter(Boolean).join(' — ');
}

export function formatCounts(annotation: Annotation): string {
  const { quotes, claims, text } = annotation;
  const direct = quotes.filter((q) => q.kind === 'direct').length;
  const sourced = claims.filter((c) => claimSource(c, quotes) !== null).length;
  const words = collapse(text).split(' ').filter(Boolean).length;
  return `${plural(quotes.length, 'quote')} (${direct} direct, ${quotes.length - direct} indirect), ${plural(claims.length, 'claim')} (${sourced} sourced), ${plural(words, 'word')}`;
}

/** `[direct] Volodymyr Zelensky (claimed): “31,000 Ukrainian soldiers have died”` */
export function formatQuote(quote: Quote, text: string): string {
  const cue = quote.cue ? ` (${collapse(quote.cue)})` : '';
  return `[${quote.kind}] ${quote.speaker?.name ?? 'unknown speaker'}${cue}: “${spanText(text, quote)}”`;
}

/** Whose figure a claim is: the speaker of its quote, else its own source, else null (the article's). */
export function claimSource(claim: Claim, quotes: readonly Quote[]): string | null {
  const quote = claim.quote === null ? undefined : quotes[claim.quote];
  return quote?.speaker?.name ?? claim.source ?? null;
}

export function formatValue(value: ClaimValue): string {
  if (value === null) return 'no value';
  return `value ${Array.isArray(value) ? `${value[0]}–${value[1]}` : value}`;
}

/** `31,000 (value 31000, unit soldiers, at least) — source: Volodymyr Zelensky` */
export function formatClaim(claim: Claim, text: string, quotes: readonly Quote[]): string {
  const details = [formatValue(claim.value), claim.unit && `unit ${claim.unit}`, claim.qualifier].filter(Boolean).join(', ');
  return `${spanText(text, claim)} (${details}) — source: ${claimSource(claim, quotes) ?? 'article'}`;
}

interface Mark {
  at: number;
  /** Opening marks sort after closing ones at the same offset, longer spans open first and close last. */
  order: number;
  sign: string;
}

/** The article text with quotes marked ⟦…⟧ and claims ⟨…⟩. */
export function markText(annotation: Annotation): string {
  const { text } = annotation;
  const marks: Mark[] = [];
  const add = (span: { start: number; end: number }, open: string, close: string): void => {
    const start = clamp(span.start, text);
    const end = clamp(span.end, text);
    if (end <= start) return;
    marks.push({ at: start, order: 1 / (end - start), sign: open }, { at: end, order: -1 / (end - start), sign: close });
  };
  annotation.quotes.forEach((q) => add(q, '⟦', '⟧'));
  annotation.claims.forEach((c) => add(c, '⟨', '⟩'));
  marks.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let from = 0;
  for (const mark of marks) {
    out += text.slice(from, mark.at) + mark.sign;
    from = mark.at;
  }
  return out + text.slice(from);
}

/** Readability keeps the page's indentation; a terminal reads better without it and without blank runs. */
export const tidyLines = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

export interface TextFormatOptions {
  full?: boolean;
}

export function formatAnnotationText(annotation: Annotation, options: TextFormatOptions = {}): string {
  const { text, quotes, claims } = annotation;
  // Concatenated, never spread into push(): a page may have hundreds of thousands of items.
  let lines = [formatHeading(annotation)];
  if (annotation.article.canonicalUrl) lines.push(annotation.article.canonicalUrl);
  lines.push(annotation.skipped ? `${annotation.skipped} — no quotes or claims marked` : formatCounts(annotation));
  if (quotes.length)
    lines = lines.concat(
      '',
      'Quotes',
      quotes.map((q, i) => `${i + 1}. ${formatQuote(q, text)}`),
    );
  if (claims.length)
    lines = lines.concat(
      '',
      'Claims',
      claims.map((c, i) => `${i + 1}. ${formatClaim(c, text, quotes)}`),
    );
  if (options.full) lines.push('', 'Text', tidyLines(markText(annotation)));
  return terminalSafe(lines.join('\n'));
}
