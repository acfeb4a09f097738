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

const contains = (range: Range | null, caret: CaretPoint): boolean => {
  if (!range || range.startContainer.ownerDocument !== caret.node.ownerDocument) return false;
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    // The caret can land in a node a Range cannot address (a doctype); it is in no item then.
    return false;
  }
};

/** The caret's nearest text may lie beside the pointer (end of a line, a margin): insist on a box under it. */
const underPointer = (range: Range, x: number, y: number): boolean =>
  Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);

/**
 * The item painted under the point: a claim first (claims sit inside quotes), then a speaker
 * mention (shown as its quote), then a quote.
 */
export function itemAt(doc: Document, ranges: AnchoredRanges, x: number, y: number): ItemRef | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const pick = (list: Array<Range | null>): number =>
    list.findIndex((range) => range !== null && contains(range, caret) && underPointer(range, x, y));
  const claim = pick(ranges.claims);
  if (claim >= 0) return { kind: 'claim', index: claim };
  const speaker = pick(ranges.speakers);
  if (speaker >= 0) return { kind: 'quote', index: speaker };
  const quote = pick(ranges.quotes);
  return quote >= 0 ? { kind: 'quote', index: quote } : null;
}
