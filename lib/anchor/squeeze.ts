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

/**
 * A run of kept characters: not whitespace (the C0 controls and space, NEL, no-break and other
 * spaces, line and paragraph separators) nor invisible (soft hyphen, zero-width characters, word
 * joiner, byte order mark). A regular expression, not a test per character: the browser's engine
 * classifies natively, and a content script's code runs cold on every page.
 */
const KEPT_RUN = /[^\u0000-\u0020\u0085\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

export function squeezeText(text: string): SqueezedText {
  const offsets = new Int32Array(text.length);
  const runs: string[] = [];
  let kept = 0;
  KEPT_RUN.lastIndex = 0;
  for (let run = KEPT_RUN.exec(text); run; run = KEPT_RUN.exec(text)) {
    runs.push(run[0]);
    for (let i = run.index, end = run.index + run[0].length; i < end; i++) offsets[kept++] = i;
  }
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
