// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors): how a span
// is described so it can be found again, even on a page that changed a little since.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** A well-formed quote selector (selectors come back from storage, so their shape is checked). */
export function isTextQuoteSelector(selector: unknown): selector is TextQuoteSelector {
  const s = selector as Partial<TextQuoteSelector> | null;
  return s?.type === 'TextQuoteSelector' && typeof s.exact === 'string' && typeof s.prefix === 'string' && typeof s.suffix === 'string';
}

/** A well-formed position selector. */
export function isTextPositionSelector(selector: unknown): selector is TextPositionSelector {
  const s = selector as Partial<TextPositionSelector> | null;
  return s?.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end);
}

/** The quote and position selectors of text[start, end), with up to `contextLength` characters of context each side. */
export function describeSpan(text: string, start: number, end: number, contextLength = 32): [TextQuoteSelector, TextPositionSelector] {
  const from = clamp(start, 0, text.length);
  const to = clamp(end, from, text.length);
  const context = Math.max(0, contextLength);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - context), from),
      suffix: text.slice(to, to + context),
    },
    { type: 'TextPositionSelector', start: from, end: to },
  ];
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), low), high) : low;
}
