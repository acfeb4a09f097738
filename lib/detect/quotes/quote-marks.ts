// Pairs quotation marks into quoted spans, one paragraph at a time, in one left-to-right pass.
// Curly marks say their direction; straight marks get it from their neighbours. Single marks are
// read as quotes only where an apostrophe cannot be meant (`Ukraine's`, `'90s`, `rock 'n' roll`,
// `whales' prey`), and only outside a double-quoted span (a quote inside a quote belongs to it).
// A mark left open at the end of a paragraph quotes to the paragraph's end: that is how a quote
// running over several paragraphs is written (an opening mark on each, a closing mark on the last).

import type { Span } from '../text/paragraphs';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first. */
  close: number;
  /** The words between the marks, trimmed, without a trailing comma (guide decision 3). */
  start: number;
  end: number;
}

const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || /[\s\u00a0\u200b-\u200f\u2060\ufeff]/u.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,\u00a0]/u;

/** How a straight mark reads from its neighbours: open before words, close after them. */
function straightDirection(prev: string | undefined, next: string | undefined): 'open' | 'close' | 'either' {
  const prevWordy = prev !== undefined && !isSpaceOrStart(prev) && !OPEN_CONTEXT.test(prev);
  const nextWordy = next !== undefined && !isSpaceOrStart(next) && !/[,.;:!?)\]]/.test(next);
  if (nextWordy && !prevWordy) return 'open';
  if (prevWordy && !nextWordy) return 'close';
  if (prevWordy && nextWordy && /[.?!,]/.test(prev ?? '')) return 'open';
  return 'either';
}

const CONTRACTION_AFTER = /^(?:\d\ds?\b|n['\u2019]|em\b|til\b|cause\b|tis\b|twas\b)/i;

/** An apostrophe at a word's start (`'90s`, `'n'`, `'em`) rather than an opening quote. */
function isLeadingApostrophe(text: string, at: number): boolean {
  return CONTRACTION_AFTER.test(text.slice(at + 1, at + 7));
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  while (e > s && (text.charAt(e - 1) === ',' || text.charAt(e - 1) === ';' || text.charAt(e - 1) === ':')) e--;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return [s, e];
}

function pushSpan(out: QuotedSpan[], text: string, open: number, close: number, innerEnd: number): void {
  const [start, end] = trimmed(text, open + 1, innerEnd);
  if (end > start) out.push({ open, close, start, end });
}

/** Quoted spans of `text` in text order; `paragraphs` bound unclosed quotes. */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const para of paragraphs) for (const span of scanParagraph(text, para)) out.push(span);
  return out;
}

function scanParagraph(text: string, para: Span): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let doubleOpen = -1;
  let doubleMark = '';
  let singleOpen = -1;
  const singles: QuotedSpan[] = [];
  for (let i = para.start; i < para.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && code < 0xab) continue; // no quotation mark below « except " and '
    const c = text.charAt(i);
    const prev = i > para.start ? text.charAt(i - 1) : undefined;
    const next = i + 1 < para.end ? text.charAt(i + 1) : undefined;
    switch (c) {
      case '\u201c': // “ opens, but closes a German „…“
        if (doubleOpen >= 0 && doubleMark === '\u201e') {
          pushSpan(out, text, doubleOpen, i, i);
          doubleOpen = -1;
          break;
        }
        if (doubleOpen >= 0) pushSpan(out, text, doubleOpen, -1, i);
        doubleOpen = i;
        doubleMark = c;
        break;
      case '\u201e':
      case '\u00ab':
        if (doubleOpen >= 0) pushSpan(out, text, doubleOpen, -1, i);
        doubleOpen = i;
        doubleMark = c;
        break;
      case '\u201d':
      case '\u00bb':
        if (doubleOpen >= 0) {
          pushSpan(out, text, doubleOpen, i, i);
          doubleOpen = -1;
        }
        break;
      case '"': {
        const dir = straightDirection(prev, next);
        if (doubleOpen >= 0 && (dir !== 'open' || doubleMark === '"')) {
          pushSpan(out, text, doubleOpen, i, i);
          doubleOpen = -1;
        } else if (doubleOpen >= 0) {
          pushSpan(out, text, doubleOpen, -1, i);
          doubleOpen = i;
          doubleMark = c;
        } else if (dir !== 'close') {
          doubleOpen = i;
          doubleMark = c;
        }
        break;
      }
      case '\u2018':
      case '\u201a':
      case '\u2039':
        if (doubleOpen < 0 && !isLetterOrDigit(prev) && !isLeadingApostrophe(text, i)) singleOpen = i;
        break;
      case '\u2019':
      case "'":
      case '\u203a': {
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) break; // Ukraine's, don't
        if (doubleOpen >= 0) break;
        // `the workers’ rights`: after a plural `s`, before a lower-case word, it is a possessive.
        const possessive = prev === 's' && next === ' ' && /\p{Ll}/u.test(text.charAt(i + 2));
        if (singleOpen >= 0 && !isSpaceOrStart(prev) && !isLetterOrDigit(next) && !possessive) {
          pushSpan(singles, text, singleOpen, i, i);
          singleOpen = -1;
        } else if (c === "'" && singleOpen < 0 && isSpaceOrStart(prev) && isLetterOrDigit(next) && !isLeadingApostrophe(text, i)) {
          singleOpen = i;
        }
        break;
      }
      default:
        break;
    }
  }
  if (doubleOpen >= 0) pushSpan(out, text, doubleOpen, -1, para.end);
  if (singleOpen === para.start) pushSpan(singles, text, singleOpen, -1, para.end);
  if (!singles.length) return out;
  return [...out, ...singles].sort((a, b) => a.open - b.open);
}
