// Where the hover card goes, in viewport pixels. Its height is not known before it renders, so
// the card opens towards the side of the pointer with more room, is anchored by the edge nearest
// the pointer, and may be no taller than that room: whatever its content, it stays on screen.

const CARD_WIDTH = 300;
const OFFSET = 16;
const MARGIN = 4;

export interface CardPlacement {
  left: number;
  width: number;
  /** One of top or bottom (distance from the viewport's bottom edge) is set. */
  top?: number;
  bottom?: number;
  maxHeight: number;
}

/** The card for a pointer at (x, y) in a viewport of `viewport.width` × `viewport.height`. */
export function placeCard(x: number, y: number, viewport: { width: number; height: number }): CardPlacement {
  const width = Math.max(0, Math.min(CARD_WIDTH, viewport.width - 2 * MARGIN));
  const fitsRight = x + OFFSET + width <= viewport.width - MARGIN;
  const left = fitsRight ? x + OFFSET : Math.max(MARGIN, x - OFFSET - width);
  const roomBelow = viewport.height - y - OFFSET - MARGIN;
  const roomAbove = y - OFFSET - MARGIN;
  if (roomBelow >= roomAbove) return { left, width, top: y + OFFSET, maxHeight: Math.max(0, roomBelow) };
  return { left, width, bottom: viewport.height - y + OFFSET, maxHeight: Math.max(0, roomAbove) };
}
