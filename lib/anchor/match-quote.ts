// Find a quote in a text that may have changed: exact matches first (whitespace-insensitive),
// ranked by how well their surroundings agree with the recorded prefix and suffix and by
// closeness to where the quote was expected; an approximate search only when no exact match exists.
import search from 'approx-string-match';
import { squeezeText, toOriginalSpan, toSqueezedOffset, type SqueezedText } from './squeeze';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start, as an offset into the haystack. */
  hint?: number;
  /**
   * Look for approximate matches only this many characters (whitespace not counted) either side
   * of the hint, which bounds the cost when many quotes are searched for; exact matches are
   * looked for everywhere regardless.
   */
  searchRadius?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how well the quote, its context and its position agree. */
  score: number;
}

// Relative weights of the evidence (those of hypothesis/client's match-quote).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

const MAX_ERRORS = 256;

/** The best place of `exact` in `haystack`, with offsets into `haystack`, or null. */
export function matchQuote(haystack: string, exact: string, context: QuoteContext = {}): QuoteMatch | null {
  return matchQuoteIn(squeezeText(haystack), exact, context);
}

/** matchQuote over a haystack squeezed once for many quotes; offsets are into the original haystack. */
export function matchQuoteIn(haystack: SqueezedText, exact: string, context: QuoteContext = {}): QuoteMatch | null {
  const quote = squeezeText(exact).text;
  if (quote.length === 0 || haystack.text.length === 0) return null;
  const squeezedContext = {
    prefix: context.prefix ? squeezeText(context.prefix).text : '',
    suffix: context.suffix ? squeezeText(context.suffix).text : '',
    hint: context.hint === undefined || !Number.isFinite(context.hint) ? undefined : toSqueezedOffset(haystack, context.hint),
    searchRadius: context.searchRadius,
  };
  const best = bestExactMatch(haystack.text, quote, squeezedContext) ?? bestApproximateMatch(haystack.text, quote, squeezedContext);
  if (!best) return null;
  const span = toOriginalSpan(haystack, best.start, best.end);
  return span && { ...span, score: best.score };
}

interface SqueezedContext {
  prefix: string;
  suffix: string;
  hint: number | undefined;
  searchRadius: number | undefined;
}

function bestExactMatch(text: string, quote: string, context: SqueezedContext): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const candidate = scoreCandidate(text, at, at + quote.length, 0, quote.length, context);
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

function bestApproximateMatch(text: string, quote: string, context: SqueezedContext): QuoteMatch | null {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / 5));
  if (maxErrors === 0) return null;
  let from = 0;
  let to = text.length;
  if (context.hint !== undefined && context.searchRadius !== undefined) {
    from = Math.max(0, context.hint - context.searchRadius);
    to = Math.min(text.length, context.hint + context.searchRadius + quote.length);
  }
  let best: QuoteMatch | null = null;
  for (const match of search(text.slice(from, to), quote, maxErrors)) {
    const candidate = scoreCandidate(text, from + match.start, from + match.end, match.errors, quote.length, context);
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

/**
 * 0..1 each: how much of `prefix` ends just before text[start] and how much of `suffix` starts at
 * text[end] (all squeezed). An empty context agrees fully: there was nothing to compare.
 */
export function contextAgreement(text: string, start: number, end: number, prefix: string, suffix: string): { prefix: number; suffix: number } {
  return {
    prefix: prefix ? commonSuffixLength(text, start, prefix) / prefix.length : 1,
    suffix: suffix ? commonPrefixLength(text, end, suffix) / suffix.length : 1,
  };
}

function scoreCandidate(text: string, start: number, end: number, errors: number, quoteLength: number, context: SqueezedContext): QuoteMatch {
  const quoteAgreement = 1 - errors / quoteLength;
  const { prefix: prefixAgreement, suffix: suffixAgreement } = contextAgreement(text, start, end, context.prefix, context.suffix);
  const closeness = context.hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - context.hint) / text.length);
  const total = QUOTE_WEIGHT * quoteAgreement + PREFIX_WEIGHT * prefixAgreement + SUFFIX_WEIGHT * suffixAgreement + POSITION_WEIGHT * closeness;
  return { start, end, score: total / TOTAL_WEIGHT };
}

/** How many characters just before `at` in `text` equal the end of `prefix`. */
function commonSuffixLength(text: string, at: number, prefix: string): number {
  let length = 0;
  while (length < prefix.length && at - length > 0 && text[at - length - 1] === prefix[prefix.length - length - 1]) length++;
  return length;
}

/** How many characters from `at` in `text` equal the start of `suffix`. */
function commonPrefixLength(text: string, at: number, suffix: string): number {
  let length = 0;
  while (length < suffix.length && at + length < text.length && text[at + length] === suffix[length]) length++;
  return length;
}
