import { isInsideOwnUi } from '../dom/own-ui';

// Follows the reader's selection in the page: where it ends on screen, or null when there is none
// (or it lies in our own overlay). Reported once the selection settles, not on every change.

export interface SelectionSpot {
  range: Range;
  /** Viewport coordinates of the selection's end. */
  x: number;
  y: number;
}

const SETTLE_MS = 250;

export function trackSelection(win: Window, onSpot: (spot: SelectionSpot | null) => void): () => void {
  const doc = win.document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = (): void => {
    const selection = doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const node = range?.commonAncestorContainer;
    if (!range || range.collapsed || !range.toString().trim() || isInsideOwnUi(node)) return onSpot(null);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    onSpot({ range: range.cloneRange(), x: last.right, y: last.bottom });
  };
  const settle = (): void => {
    clearTimeout(timer);
    timer = setTimeout(report, SETTLE_MS);
  };
  doc.addEventListener('selectionchange', settle);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('selectionchange', settle);
  };
}
