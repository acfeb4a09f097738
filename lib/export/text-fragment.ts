import type { TextQuoteSelector } from '../anchor/selectors';

// Links back to a passage with a URL text fragment (https://wicg.github.io/scroll-to-text-fragment/):
// `url#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`.

/** Quotes longer than this many words link by their first and last words (textStart,textEnd). */
const WHOLE_QUOTE_WORDS = 10;
const END_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * Percent-encodes a fragment term. Beyond encodeURIComponent, the directive's own syntax
 * characters `-`, `&` and `,` must be encoded inside a term, or `well-known` would be read as a
 * prefix and `a, b` as two terms; parentheses too, so the URL can sit in a Markdown link.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term)
    .replace(/-/g, '%2D')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The text directive for a quote selector: whole words of context only, as matching is by word. */
export function textDirective(selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string | null {
  const exact = words(selector.exact);
  if (exact.length === 0) return null;
  // The selector's context is cut at a character count, so the word at its outer edge may be partial.
  const prefix = words(selector.prefix);
  if (prefix.length > 0 && !/^\s/.test(selector.prefix)) prefix.shift();
  const suffix = words(selector.suffix);
  if (suffix.length > 0 && !/\s$/.test(selector.suffix)) suffix.pop();
  const terms: string[] = [];
  if (prefix.length > 0) terms.push(`${encodeTextTerm(prefix.slice(-CONTEXT_WORDS).join(' '))}-`);
  if (exact.length <= WHOLE_QUOTE_WORDS) terms.push(encodeTextTerm(exact.join(' ')));
  else terms.push(encodeTextTerm(exact.slice(0, END_WORDS).join(' ')), encodeTextTerm(exact.slice(-END_WORDS).join(' ')));
  if (suffix.length > 0) terms.push(`-${encodeTextTerm(suffix.slice(0, CONTEXT_WORDS).join(' '))}`);
  return `text=${terms.join(',')}`;
}

/** `url` with its fragment replaced by a text fragment pointing at the selector's passage. */
export function textFragmentUrl(url: string, selector: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string {
  const base = url.replace(/#.*$/s, '');
  const directive = textDirective(selector);
  return directive ? `${base}#:~:${directive}` : base;
}
