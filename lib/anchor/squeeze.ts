// A whitespace-insensitive view of a text. Readability's textContent and the live page carry the
// same words with different whitespace (a clone's cleaned-up block boundaries, nbsp, newlines
// from the source), and a paragraph break may be "\n\n" on one side and nothing at all on the
// other; so whitespace is removed rather than collapsed. Soft hyphens and zero-width characters
// are removed too: they are invisible to the reader and appear on one side only.

export interface SqueezedText {
  /** The text without whitespace and invisible characters. */
  text: string;
  /** offsets[i] is the offset in the original text of text[i]. */
  offsets: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

function isSqueezedOut(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function squeezeText(text: string): SqueezedText {
  const offsets = new Int32Array(text.length);
  const runs: string[] = [];
  let kept = 0;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSqueezedOut(text.charCodeAt(i))) {
      if (runStart >= 0) runs.push(text.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    offsets[kept++] = i;
  }
  if (runStart >= 0) runs.push(text.slice(runStart));
  return { text: runs.join(''), offsets: offsets.subarray(0, kept), originalLength: text.length };
}

/** The squeezed offset of the first kept character at or after `originalOffset`. */
export function toSqueezedOffset(squeezed: SqueezedText, originalOffset: number): number {
  const { offsets } = squeezed;
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (offsets[mid]! < originalOffset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The original span covering squeezed [start, end): from the first kept character to just after
 * the last one, so surrounding whitespace stays outside. Null when the span keeps nothing.
 */
export function toOriginalSpan(squeezed: SqueezedText, start: number, end: number): { start: number; end: number } | null {
  const from = Math.max(0, start);
  const to = Math.min(squeezed.offsets.length, end);
  if (from >= to) return null;
  return { start: squeezed.offsets[from]!, end: squeezed.offsets[to - 1]! + 1 };
}
