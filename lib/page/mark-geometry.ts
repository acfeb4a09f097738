// Where a mark is on screen, as the hover card needs it: the line it must stay clear of.

/** The line being read: its vertical extent, and where along it the reader is (the pointer, or the mark's start). */
export interface CardAnchor {
  x: number;
  top: number;
  bottom: number;
}

const boxesOf = (range: Range): DOMRect[] => [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);

/** The line box of `range` under the pointer at (x, y) (the nearest one when the pointer is between lines). */
export function lineUnder(range: Range, x: number, y: number): CardAnchor {
  const distance = (box: DOMRect): number => (y < box.top ? box.top - y : y > box.bottom ? y - box.bottom : 0);
  const nearest = boxesOf(range).reduce<DOMRect | null>((best, box) => (!best || distance(box) < distance(best) ? box : best), null);
  return nearest ? { x, top: nearest.top, bottom: nearest.bottom } : { x, top: y, bottom: y };
}

/** All of `range`'s lines, from where it starts: a mark reached by keyboard is read whole. Null when nothing of it is laid out. */
export function markExtent(range: Range): CardAnchor | null {
  const boxes = boxesOf(range);
  const first = boxes[0];
  if (!first) return null;
  return { x: first.left, top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) };
}
