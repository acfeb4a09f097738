import type { ClaimValue } from '../model';

// Words the popup and the hover card show for an annotation's fields.

// Built on first use, not when the module loads: constructing one costs the content script's
// start-up tens of milliseconds on a page that may never show a figure.
let numberFormat: Intl.NumberFormat | null = null;
const formatNumber = (n: number): string => (numberFormat ??= new Intl.NumberFormat('en', { maximumFractionDigits: 6 })).format(n);

export function valueLabel(value: ClaimValue): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return `${formatNumber(value[0])}–${formatNumber(value[1])}`;
  return formatNumber(value);
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // One character more than fits: a space right after the last word that fits still counts.
  const space = flat.slice(0, max).lastIndexOf(' ');
  const cut = space > max / 2 ? flat.slice(0, space) : wholeCharacters(flat, max - 1);
  return `${cut.replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The longest start of `text` of at most `max` UTF-16 units that ends between two characters as
 * a reader sees them: never inside a surrogate pair (a lone half shows as �) nor inside an emoji
 * built of several code points (a family, a flag, a skin tone).
 */
export function wholeCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  // Only the grapheme that straddles the cut matters; a cluster is rarely longer than a few dozen units.
  const from = Math.max(0, max - 64);
  let end = from;
  for (const { index, segment } of graphemes().segment(text.slice(from, max + 64))) {
    if (from + index + segment.length > max) break;
    end = from + index + segment.length;
  }
  return text.slice(0, end);
}

let segmenter: Intl.Segmenter | null = null;
const graphemes = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' }));
