// Paragraphs the page adds to its article after it was annotated ("read more", lazy loading):
// noticed among the observer's records, read once the additions settle, detected in the
// background like the article, and their items added after the article's. Bounded: a few
// hundred waiting elements, 50,000 characters a reading, the paint budget over all.
import { anchorSpans, describeRanges, type TextSpan } from '../anchor/anchor';
import { wordsOf } from '../anchor/refind';
import type { Detection } from '../detect/detect';
import type { Claim, Quote, TextRange } from '../model';
import type { AnchoredRanges } from '../paint/hit-test';
import { PAINT_BUDGET } from './budget';
import type { AnchoredSelectors, PaintedAnnotation } from './pipeline';
import type { SettleTiming } from './settle-timer';

/** An added element with fewer characters than this (a clock, an icon, a button) is not a paragraph. */
const MIN_CHARS = 16;
/** Elements waiting to be read, at most. */
const MAX_WAITING = 200;
/** Characters read at once, at most: the rest of a huge addition is left unmarked. */
const MAX_CHARS = 50_000;
/** Paragraphs looked at in one reading, at most (an article rendered again holds them all). */
const MAX_PARAGRAPHS = 500;
/** What is read of an added element: its paragraphs (the innermost, so none is read twice). */
const PARAGRAPH = 'p, blockquote, li';
/** Page furniture a framework may render again with the article, which extraction left out of it. */
const FURNITURE = 'aside, nav, figure, header, footer, form, [role="complementary"], [role="navigation"], [aria-hidden="true"]';
/** Between the article's text and an added paragraph's, as extraction puts between paragraphs. */
const SEPARATOR = '\n\n';

/** Additions are read once they have been quiet this long, and at the latest this long after the first. */
export const APPENDED_TIMING: SettleTiming = { quietMs: 300, maxWaitMs: 2000 };

const ELEMENT_NODE = 1;

/**
 * Adds to `waiting` the elements `records` added. In the observer's callback, so nothing is read
 * here (an element's text costs its whole subtree): the reading leaves out those with too little
 * text. An element with no child holds no text at all (an image, a line break) and is not kept.
 */
export function noteAdded(records: ReadonlyArray<MutationRecord>, waiting: Set<Element>): void {
  for (const record of records) {
    if (record.type !== 'childList') continue;
    for (const node of record.addedNodes) {
      if (waiting.size >= MAX_WAITING) return;
      if (node.nodeType === ELEMENT_NODE && node.hasChildNodes()) waiting.add(node as Element);
    }
  }
}

/** The paragraphs in `el` (or `el` itself), outside page furniture. */
function paragraphsIn(el: Element): Element[] {
  const all = el.matches(PARAGRAPH) ? [el, ...el.querySelectorAll(PARAGRAPH)] : [...el.querySelectorAll(PARAGRAPH)];
  return all.filter((p) => !p.querySelector(PARAGRAPH) && !p.closest(FURNITURE));
}

/** Paragraphs to read, each with its text as it was read (detection's offsets are in that text). */
export interface ReadParagraphs {
  elements: Element[];
  texts: string[];
}

/**
 * Of the paragraphs in the `waiting` elements, those to read: still on the page, outside page
 * furniture, holding no painted mark, and with words the article's text does not have (a
 * paragraph rendered again is not new; an aside extraction left out is never read).
 */
export function newParagraphs(waiting: Iterable<Element>, articleText: string, painted: ReadonlyArray<Range>): ReadParagraphs {
  const connected = [...waiting].filter((el) => el.isConnected);
  const outermost = connected.filter((el) => !connected.some((other) => other !== el && other.contains(el)));
  const withText = outermost.filter((el) => (el.textContent?.length ?? 0) >= MIN_CHARS);
  const paragraphs = withText.flatMap(paragraphsIn).slice(0, MAX_PARAGRAPHS);
  if (paragraphs.length === 0) return { elements: [], texts: [] };
  // A paragraph rendered again is most often one of the article's lines, word for word: found at
  // once; only the others are looked for in the whole text.
  const article = wordsOf(articleText);
  const lines = new Set(articleText.split(/\n+/).map(wordsOf));
  const chosen: Element[] = [];
  let chars = 0;
  for (const el of paragraphs) {
    const words = wordsOf(el.textContent ?? '');
    if (words.length < MIN_CHARS || lines.has(words) || article.includes(words)) continue;
    if (painted.some((range) => range.intersectsNode(el))) continue;
    chars += el.textContent?.length ?? 0;
    if (chars > MAX_CHARS) break;
    chosen.push(el);
  }
  // In the page's order, as the article's text is.
  const elements = chosen.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return { elements, texts: elements.map((el) => el.textContent ?? '') };
}

/** The text detection reads for the paragraphs' `texts`. */
export const textOf = (texts: ReadonlyArray<string>): string => texts.join(SEPARATOR);

/** The ranges in textOf(`read.texts`) of the paragraphs that stand in a block quotation of the page. */
export function blockQuotesOf(read: ReadParagraphs): TextRange[] {
  const out: TextRange[] = [];
  let offset = 0;
  read.elements.forEach((el, i) => {
    const length = read.texts[i]?.length ?? 0;
    if (length > 0 && el.closest('blockquote')) out.push({ start: offset, end: offset + length });
    offset += length + SEPARATOR.length;
  });
  return out;
}

export interface Appended {
  /** The annotation with the new items after the article's (its text after the article's text). */
  painted: PaintedAnnotation;
  /** The new items' ranges and selectors, in the order they were added. */
  ranges: AnchoredRanges;
  selectors: AnchoredSelectors;
}

/**
 * `detection` of textOf(`read.texts`), added to `painted`: each item found in its paragraph is
 * kept (one that is not, or that runs across paragraphs, is dropped), its offsets moved past the
 * article's text, within the paint budget; selectors describe the new ranges under `root`. A
 * paragraph the page took away or changed while detection ran has none of its items kept: the
 * offsets are in the text that was read, and would mark other words now.
 */
export function appendDetection(painted: PaintedAnnotation, read: ReadParagraphs, detection: Detection, root: Node): Appended {
  const { elements: paragraphs, texts } = read;
  const unchanged = paragraphs.map((p, i) => p.isConnected && p.textContent === texts[i]);
  const starts: number[] = [];
  texts.reduce((at, text) => (starts.push(at), at + text.length + SEPARATOR.length), 0);

  // Each span anchored inside the paragraph that holds it.
  const anchor = (spans: ReadonlyArray<TextSpan | null>): Array<Range | null> => {
    const found: Array<Range | null> = spans.map(() => null);
    texts.forEach((text, p) => {
      if (!unchanged[p]) return;
      const start = starts[p]!;
      const mine = spans.flatMap((span, i) => (span && span.start >= start && span.end <= start + text.length ? [i] : []));
      if (mine.length === 0) return;
      const ranges = anchorSpans(
        paragraphs[p]!,
        text,
        mine.map((i) => ({ start: spans[i]!.start - start, end: spans[i]!.end - start })),
      );
      mine.forEach((i, k) => (found[i] = ranges[k] ?? null));
    });
    return found;
  };

  const { annotation } = painted;
  const room = Math.max(0, PAINT_BUDGET - annotation.quotes.length - annotation.claims.length);
  const quoteRanges = anchor(detection.quotes);
  const keptQuotes = detection.quotes.flatMap((_, i) => (quoteRanges[i] ? [i] : [])).slice(0, room);
  const claimRanges = anchor(detection.claims);
  const keptClaims = detection.claims.flatMap((_, i) => (claimRanges[i] ? [i] : [])).slice(0, room - keptQuotes.length);
  const speakerRanges = anchor(keptQuotes.map((i) => detection.quotes[i]!.speaker));

  const shift = annotation.text.length + SEPARATOR.length;
  const moved = <T extends TextSpan>(span: T): T => ({ ...span, start: span.start + shift, end: span.end + shift });
  const quoteIndex = new Map(keptQuotes.map((i, k) => [i, annotation.quotes.length + k]));
  const quotes: Quote[] = keptQuotes.map((i) => {
    const quote = detection.quotes[i]!;
    return { ...moved(quote), speaker: quote.speaker && moved(quote.speaker) };
  });
  const claims: Claim[] = keptClaims.map((i) => {
    const claim = detection.claims[i]!;
    return { ...moved(claim), quote: claim.quote === null ? null : (quoteIndex.get(claim.quote) ?? null) };
  });

  const ranges: AnchoredRanges = {
    quotes: keptQuotes.map((i) => quoteRanges[i]!),
    claims: keptClaims.map((i) => claimRanges[i]!),
    speakers: speakerRanges,
  };
  // Under the root the page is searched from when an item is found again: one index for all.
  const described = describeRanges(root, [...ranges.quotes, ...ranges.claims, ...ranges.speakers]);
  const nq = ranges.quotes.length;
  const nc = ranges.claims.length;
  const selectors: AnchoredSelectors = { quotes: described.slice(0, nq), claims: described.slice(nq, nq + nc), speakers: described.slice(nq + nc) };
  return {
    painted: {
      annotation: { ...annotation, text: annotation.text + SEPARATOR + textOf(texts), quotes: [...annotation.quotes, ...quotes], claims: [...annotation.claims, ...claims] },
      ranges: {
        quotes: [...painted.ranges.quotes, ...ranges.quotes],
        claims: [...painted.ranges.claims, ...ranges.claims],
        speakers: [...painted.ranges.speakers, ...ranges.speakers],
      },
      selectors: {
        quotes: [...painted.selectors.quotes, ...selectors.quotes],
        claims: [...painted.selectors.claims, ...selectors.claims],
        speakers: [...painted.selectors.speakers, ...selectors.speakers],
      },
    },
    ranges,
    selectors,
  };
}
