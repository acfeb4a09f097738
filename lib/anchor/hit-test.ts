// What is under the pointer: the hover card finds the item at a DOM point among many painted
// items by binary search. Each list must be sorted and free of overlaps (quotes
// among themselves, claims among themselves); nested kinds are looked up in their own lists.

/**
 * Index of the range of `sortedRanges` (in document order, not overlapping) that contains the
 * boundary point (node, offset), e.g. the caret under the pointer, or -1.
 */
export function findRangeAt(sortedRanges: ReadonlyArray<Range>, node: Node, offset: number): number {
  try {
    const candidate = lastIndexAtOrBefore(sortedRanges.length, (i) => sortedRanges[i]!.comparePoint(node, offset) >= 0);
    const range = sortedRanges[candidate];
    return range && range.comparePoint(node, offset) === 0 && !isAtEnd(range, node, offset) ? candidate : -1;
  } catch {
    // A point in another document or a doctype cannot be under any range.
    return -1;
  }
}

/** The end boundary itself is not inside the range, as a span's `end` is not. */
function isAtEnd(range: Range, node: Node, offset: number): boolean {
  return range.endContainer === node && range.endOffset === offset && !range.collapsed;
}

/** The last index in [0, length) for which `isAtOrBefore` holds, given it holds for a prefix; -1 if none. */
function lastIndexAtOrBefore(length: number, isAtOrBefore: (i: number) => boolean): number {
  let low = 0;
  let high = length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (isAtOrBefore(mid)) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
