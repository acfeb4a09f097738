// Everything the quote detectors look up, computed once per text: paragraphs, quoted spans,
// sentences, tokens and the maps between them. Detectors then work in time linear in the text.

import type { TextRange } from '../../model';
import { splitParagraphs, type Span } from '../text/paragraphs';
import { findQuotedSpans, type QuotedSpan } from './quote-marks';
import { findSignedPassages, type SignedPassage } from './signed-passages';
import { splitSentences } from '../text/sentences';
import { tokenize, tokenAt, type Token } from '../text/tokens';

export interface Sentence extends Span {
  /** Index of its paragraph. */
  paragraph: number;
  /** Its tokens are tokens[firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface TextIndex {
  text: string;
  /** Token k, or an empty token past either end: detectors look around freely without bounds checks. */
  tok(k: number): Token;
  /** Sentence i, or an empty one past either end. */
  sentence(i: number): Sentence;
  /** Quoted span i, or an empty one past either end. */
  quote(i: number): QuotedSpan;
  paragraphs: Span[];
  /** Embedded posts and signed answers, each with its signature line. */
  signed: SignedPassage[];
  /** The page's block quotations (extraction's hint), in order, apart and inside the text. */
  blockQuotes: TextRange[];
  quoted: QuotedSpan[];
  sentences: Sentence[];
  tokens: Token[];
  /** For each token, the index of its sentence. */
  sentenceOfToken: Int32Array;
  /** For each token, the index of the innermost quoted span holding it, or -1. */
  quoteOfToken: Int32Array;
}

const NO_TOKEN: Token = { start: 0, end: 0, text: '', norm: '', cap: false };
const NO_SENTENCE: Sentence = { start: 0, end: 0, paragraph: -1, firstToken: 0, endToken: 0 };
const NO_QUOTE: QuotedSpan = { open: -1, close: -1, start: 0, end: 0 };

export function indexText(text: string, blockQuotes: readonly TextRange[] = []): TextIndex {
  const lines = splitParagraphs(text);
  const signed = findSignedPassages(text, lines);
  // A signed passage and its signature line stand on lines of their own in the page, even where extraction ran them together.
  const paragraphs = signed.length
    ? cutParagraphs(
        text,
        lines,
        signed.flatMap((p) => [p.start, p.signature.start, p.signature.end]),
      )
    : lines;
  const quoted = findQuotedSpans(text, paragraphs);
  const closers = new Set<number>();
  for (const q of quoted) if (q.close >= 0) closers.add(q.close);
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let p = 0;
  for (const s of splitSentences(text, closers, paragraphs)) {
    while (p + 1 < paragraphs.length && (paragraphs[p]?.end ?? 0) <= s.start) p++;
    sentences.push({ ...s, paragraph: p, firstToken: tokenAt(tokens, s.start), endToken: tokenAt(tokens, s.end) });
  }
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, i) => sentenceOfToken.fill(i, s.firstToken, s.endToken));
  const quoteOfToken = new Int32Array(tokens.length).fill(-1);
  quoted.forEach((q, i) => quoteOfToken.fill(i, tokenAt(tokens, q.start), tokenAt(tokens, q.end)));
  return {
    text,
    paragraphs,
    signed,
    quoted,
    blockQuotes: orderedRanges(blockQuotes, text.length),
    sentences,
    tokens,
    sentenceOfToken,
    quoteOfToken,
    tok: (k) => tokens[k] ?? NO_TOKEN,
    sentence: (i) => sentences[i] ?? NO_SENTENCE,
    quote: (i) => quoted[i] ?? NO_QUOTE,
  };
}

/** The ranges that lie inside a text `length` long, in order, each starting after the one before ends (a hint from elsewhere is not trusted). */
function orderedRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const out: TextRange[] = [];
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) continue;
    if (out.length && start < out[out.length - 1]!.end) continue;
    out.push({ start, end });
  }
  return out;
}

/** `paragraphs` cut at the offsets `cuts` that fall inside one, each piece trimmed of white space. */
function cutParagraphs(text: string, paragraphs: readonly Span[], cuts: number[]): Span[] {
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  let c = 0;
  for (const p of paragraphs) {
    let start = p.start;
    while (c < sorted.length && sorted[c]! <= p.start) c++;
    for (; c < sorted.length && sorted[c]! < p.end; c++) {
      pushTrimmed(text, out, start, sorted[c]!);
      start = sorted[c]!;
    }
    pushTrimmed(text, out, start, p.end);
  }
  return out;
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (start < end) out.push({ start, end });
}

/**
 * A dash that sets off an aside or a clause: an em dash, or a typed one (`--`, a spaced en dash) read
 * as an em dash. An unspaced en dash joins a range (`2010–2015`).
 */
export const DASH = /\u2014|--|\s\u2013\s/;

const COMMA_OR_DASH = new RegExp(`[,()]|${DASH.source}`);

/** A comma, dash or bracket stands between tokens a and b (false past either end of the text). */
export function commaBetween(index: TextIndex, a: number, b: number): boolean {
  return a >= 0 && b < index.tokens.length && COMMA_OR_DASH.test(index.text.slice(index.tok(a).end, index.tok(b).start));
}

/** The marks just before a token that start a sentence or a quotation: `. `, `.” `, `: `, `“`. */
const SENTENCE_OPENING = /(?:[.!?:]["“”’»]?|["“])\s*$/;

/**
 * Token k starts the text, a sentence or a quotation, judged from the few characters before it,
 * so a capital there need not be a name (`Washington said` vs `… agreed. Washington said`).
 */
export function tokenOpensSentence(index: TextIndex, k: number): boolean {
  const start = index.tok(k).start;
  return k === 0 || SENTENCE_OPENING.test(index.text.slice(Math.max(0, start - 3), start));
}

/** Index of the sentence holding `offset`, or of the nearest one before it. */
export function sentenceAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.sentence(mid).start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Index of the first quoted span that opens at `offset` or later (spans are in order of their opening mark). */
export function firstQuoteFrom(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.quote(mid).open < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
