// Where the hover card goes, in viewport pixels. It must never cover the line being read, so it
// is placed clear of that line's box: below it or above it, on the side with more room, anchored
// by the edge nearest the line and no taller than that room. Its height is not known before it
// renders; whatever its content, it stays on screen and off the line.

import type { CardAnchor } from '../lib/page/mark-geometry';

const CARD_WIDTH = 300;
/** Between the line and the card. */
export const CARD_GAP = 6;
const MARGIN = 4;

export interface CardPlacement {
  left: number;
  width: number;
  /** One of top or bottom (distance from the viewport's bottom edge) is set. */
  top?: number;
  bottom?: number;
  maxHeight: number;
}

/** The card for a line at `anchor` in a viewport of `viewport.width` × `viewport.height`. */
export function placeCard(anchor: CardAnchor, viewport: { width: number; height: number }): CardPlacement {
  const width = Math.max(0, Math.min(CARD_WIDTH, viewport.width - 2 * MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.x, viewport.width - MARGIN - width));
  const roomBelow = viewport.height - anchor.bottom - CARD_GAP - MARGIN;
  const roomAbove = anchor.top - CARD_GAP - MARGIN;
  if (roomBelow >= roomAbove) return { left, width, top: anchor.bottom + CARD_GAP, maxHeight: Math.max(0, roomBelow) };
  return { left, width, bottom: viewport.height - anchor.top + CARD_GAP, maxHeight: Math.max(0, roomAbove) };
}

/** Whether the viewport point is on the card in `container`, or in the gap between it and its line: the card stays while the pointer goes to it. */
export function pointOnCard(container: HTMLElement, x: number, y: number): boolean {
  const box = container.querySelector('.card')?.getBoundingClientRect();
  return box !== undefined && x >= box.left && x <= box.right && y >= box.top - CARD_GAP && y <= box.bottom + CARD_GAP;
}
