// Which rows of a fixed-row-height list to render: the visible ones and a few either side, so a
// 100k-row list costs what a screenful does.

export interface VirtualWindow {
  first: number;
  /** Exclusive. */
  last: number;
  /** Space above the first rendered row. */
  offset: number;
  height: number;
}

export function virtualWindow(count: number, rowHeight: number, scrollTop: number, viewport: number, overscan = 8): VirtualWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { first, last: Math.max(first, last), offset: first * rowHeight, height: count * rowHeight };
}
