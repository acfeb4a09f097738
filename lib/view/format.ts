import type { ClaimValue } from '../model';

// Words the popup and the hover card show for an annotation's fields.

export const ARTICLE_ITSELF = 'the article itself';
export const UNKNOWN_SPEAKER = 'unknown speaker';

export const speakerLabel = (name: string | null | undefined): string => name?.trim() || UNKNOWN_SPEAKER;

export const sourceLabel = (source: string | null): string => source?.trim() || ARTICLE_ITSELF;

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

export function valueLabel(value: ClaimValue): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return `${number.format(value[0])}–${number.format(value[1])}`;
  return number.format(value);
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // One character more than fits: a space right after the last word that fits still counts.
  const space = flat.slice(0, max).lastIndexOf(' ');
  const cut = space > max / 2 ? flat.slice(0, space) : flat.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.]+$/, '')}…`;
}
