import { findRangeAt } from '../anchor/hit-test';
import type { ItemRef } from '../messages';

/** The live ranges of an annotation, index for index with its quotes and claims. */
export interface AnchoredRanges {
  quotes: Array<Range | null>;
  /** The speaker mention of quotes[i], where it has one and it was found. */
  speakers: Array<Range | null>;
  claims: Array<Range | null>;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a viewport point (caretPositionFromPoint, or Chrome's older caretRangeFromPoint). */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

interface SortedRanges {
  ranges: Range[];
  /** indices[i]: the item ranges[i] belongs to. */
  indices: number[];
}

/** The present ranges in document order, with the item each belongs to. */
function sortRanges(list: Array<Range | null>): SortedRanges {
  const entries = list.flatMap((range, index) => (range ? [{ range, index }] : []));
  entries.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return { ranges: entries.map((e) => e.range), indices: entries.map((e) => e.index) };
}

/** The caret's nearest text may lie beside the pointer (end of a line, a margin): insist on a box under it. */
const underPointer = (range: Range, x: number, y: number): boolean => Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);

export type HitTest = (doc: Document, x: number, y: number) => ItemRef | null;

/**
 * What is painted under a viewport point: a claim first (claims sit inside quotes), then a speaker
 * mention (shown as its quote), then a quote. Each lookup is a binary search over ranges sorted once.
 */
export function createHitTest(anchored: AnchoredRanges): HitTest {
  const claims = sortRanges(anchored.claims);
  const speakers = sortRanges(anchored.speakers);
  const quotes = sortRanges(anchored.quotes);
  return (doc, x, y) => {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const find = (sorted: SortedRanges): number | null => {
      const at = findRangeAt(sorted.ranges, caret.node, caret.offset);
      const range = sorted.ranges[at];
      return range && underPointer(range, x, y) ? (sorted.indices[at] ?? null) : null;
    };
    const claim = find(claims);
    if (claim !== null) return { kind: 'claim', index: claim };
    const quote = find(speakers) ?? find(quotes);
    return quote !== null ? { kind: 'quote', index: quote } : null;
  };
}
