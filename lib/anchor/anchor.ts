// Anchoring: from spans of the article's extracted text (Readability's textContent, taken from a
// clone of the page) to Ranges in the live page, and from stored selectors back to a Range.
import { CONTEXT_LENGTH, findInOrder, type TextSpan } from './find-in-order';
import { matchQuoteIn } from './match-quote';
import { describeSpan, isTextPositionSelector, isTextQuoteSelector, type Selector, type TextPositionSelector, type TextQuoteSelector } from './selectors';
import { squeezeText, toOriginalSpan, toSqueezedOffset, type SqueezedText } from './squeeze';
import { buildTextIndex, offsetsFromRange, rangeFromOffsets, textOffsetOf, type TextIndex } from './text-index';

export type { TextSpan };

/**
 * How far from where a span is expected an approximate match is looked for: more than the
 * furniture between two paragraphs, and it keeps many unfound spans from costing a page each.
 */
const APPROXIMATE_SEARCH_RADIUS = 20_000;

/**
 * Anchoring one span at a time, so a caller can spread the work over several tasks: `step()`
 * anchors the next span and says whether any are left; `ranges` fills in as it goes.
 */
export interface Anchoring {
  step(): boolean;
  readonly ranges: Array<Range | null>;
  /** What each found range held when it was found, so it can be found again after the page changes. */
  readonly selectors: Array<SpanSelectors | null>;
}

/** A quote selector and a position selector describing the same text, as describeSpan makes them. */
export type SpanSelectors = [TextQuoteSelector, TextPositionSelector];

/**
 * The live Range of each of `spans` (offsets into `articleText`), or null where the span's text
 * cannot be found under `root`. The article's text appears in the page in the same order, with
 * other whitespace and with page furniture around and between its paragraphs; so spans are taken
 * in text order and each is first looked for, with its context, just after the previous one. Only
 * spans that are not found that way are matched anywhere on the page, exactly, or approximately
 * near where they are expected.
 */
export function anchorSpans(root: Node, articleText: string, spans: ReadonlyArray<TextSpan>, options: AnchorOptions = {}): Array<Range | null> {
  const anchoring = startAnchoring(root, articleText, spans, options);
  while (anchoring.step());
  return anchoring.ranges;
}

export interface AnchorOptions {
  /**
   * An element under the root that holds the article (lib/page/article-container.ts): spans are
   * looked for there first, and the whole root is indexed only for those not found there.
   */
  scope?: Node | null;
}

/** One pass over the spans left: where they are looked for, and the offset of its text in the root's. */
interface Pass {
  root: Node;
  /** Where the pass's text starts in the root's text, for the position selectors; computed when first needed. */
  base: () => number;
}

/**
 * anchorSpans, step by step. Indexing the page and squeezing the article are steps of their own
 * (on a 100k-word page each is the longest piece of work), then each span is one step. With a
 * `scope`, that is done for the scope, then again for the whole root with the spans not found.
 */
export function startAnchoring(root: Node, articleText: string, spans: ReadonlyArray<TextSpan>, { scope }: AnchorOptions = {}): Anchoring {
  const ranges: Array<Range | null> = spans.map(() => null);
  const selectors: Array<SpanSelectors | null> = spans.map(() => null);
  const all = spans.map((span, i) => ({ span, i })).filter(({ span }) => isSpan(span));
  all.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let base: number | null = null;
  const passes: Pass[] = [...(scope && scope !== root && root.contains(scope) ? [{ root: scope, base: () => (base ??= textOffsetOf(root, scope)) }] : []), { root, base: () => 0 }];
  let pass = 0;
  let order = all;
  let index: TextIndex | null = null;
  /** The scope's index, which the whole root's takes as it is. */
  let scoped: TextIndex | null = null;
  let article: SqueezedText | null = null;
  let next = 0;
  // The last span found in this pass: where it starts in the squeezed article and in the squeezed page.
  let articleMark = 0;
  let pageMark = 0;

  const anchorOne = (index: TextIndex, article: SqueezedText, span: TextSpan, i: number): void => {
    const page = index.squeezed;
    const articleStart = toSqueezedOffset(article, span.start);
    const articleEnd = toSqueezedOffset(article, span.end);
    if (articleStart >= articleEnd) return;
    const cursor = Math.max(0, pageMark - CONTEXT_LENGTH);
    const pageSpan = findInOrder(page.text, article.text, articleStart, articleEnd, cursor) ?? findAnywhere(index, articleText, span, pageMark + (articleStart - articleMark));
    const found = pageSpan && toOriginalSpan(page, pageSpan.start, pageSpan.end);
    if (!pageSpan || !found) return;
    ranges[i] = rangeFromOffsets(index, found.start, found.end);
    const [quote, position] = describeSpan(index.text, found.start, found.end);
    const offset = passes[pass]!.base();
    selectors[i] = [quote, { ...position, start: position.start + offset, end: position.end + offset }];
    articleMark = articleStart;
    pageMark = pageSpan.start;
  };

  return {
    ranges,
    selectors,
    step() {
      if (order.length === 0) return false;
      if (!index) {
        // The whole root after its scope: the scope's nodes are not walked again.
        index = buildTextIndex(passes[pass]!.root, scoped ?? undefined);
        if (pass === 0 && passes.length > 1) scoped = index;
        return true;
      }
      if (!article) {
        article = squeezeText(articleText);
        return true;
      }
      const entry = order[next++];
      if (entry) anchorOne(index, article, entry.span, entry.i);
      if (next < order.length) return true;
      // The pass is over: the next one looks for what this one did not find.
      order = order.filter(({ i }) => ranges[i] === null);
      pass += 1;
      if (pass >= passes.length || order.length === 0) return false;
      index = null;
      next = 0;
      articleMark = 0;
      pageMark = 0;
      return true;
    },
  };
}

/** The selectors that re-find `range` under `root` later, e.g. a note's text; positions index the root's text (TextIndex.text). */
export function describeRange(root: Node, range: Range): SpanSelectors {
  return describeRanges(root, [range])[0]!;
}

/** describeRange for each of `ranges` (null stays null), the root indexed once. */
export function describeRanges(root: Node, ranges: ReadonlyArray<Range | null>): Array<SpanSelectors | null> {
  if (!ranges.some(Boolean)) return ranges.map(() => null);
  const index = buildTextIndex(root);
  return ranges.map((range) => {
    if (!range) return null;
    const { start, end } = offsetsFromRange(index, range);
    return describeSpan(index.text, start, end);
  });
}

/** The Range that `selectors` describe under `root`, or null. Positions index the root's text (TextIndex.text). */
export function anchorSelector(root: Node, selectors: ReadonlyArray<Selector>): Range | null {
  const quote = selectors.find(isTextQuoteSelector);
  const position = selectors.find(isTextPositionSelector);
  const index = buildTextIndex(root);
  if (!quote) {
    if (!position || !isSpan(position) || position.end > index.text.length) return null;
    return rangeFromOffsets(index, position.start, position.end);
  }
  if (position && isSpan(position) && sameText(index.text.slice(position.start, position.end), quote.exact)) {
    return rangeFromOffsets(index, position.start, position.end);
  }
  const match = matchQuoteIn(index.squeezed, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start });
  return match && rangeFromOffsets(index, match.start, match.end);
}

/** Squeezed page offsets of the best match for the span anywhere on the page, near `expected` (squeezed). */
function findAnywhere(index: TextIndex, articleText: string, span: TextSpan, expected: number): TextSpan | null {
  const [quote] = describeSpan(articleText, span.start, span.end, CONTEXT_LENGTH);
  const page = index.squeezed;
  const hint = page.offsets.length === 0 ? 0 : page.offsets[Math.max(0, Math.min(expected, page.offsets.length - 1))]!;
  const match = matchQuoteIn(page, quote.exact, {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint,
    searchRadius: APPROXIMATE_SEARCH_RADIUS,
  });
  if (!match) return null;
  return { start: toSqueezedOffset(page, match.start), end: toSqueezedOffset(page, match.end) };
}

function isSpan(span: TextSpan): boolean {
  return Number.isFinite(span.start) && Number.isFinite(span.end) && span.start >= 0 && span.end > span.start;
}

function sameText(a: string, b: string): boolean {
  return squeezeText(a).text === squeezeText(b).text;
}
