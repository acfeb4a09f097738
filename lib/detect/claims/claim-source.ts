// Whose figure a claim is (guide sections 2–3 and decision 11): the speaker of the innermost quote
// it stands in; else, in a sentence where a named speaker's cue governs a quoted fragment, that
// speaker (`The sender vowed to "…" and launch assaults by more than 30 people`); else the article's.
import type { Quote, SpeakerRef } from '../../model';
import { splitParagraphs } from '../text/paragraphs';

export interface ClaimSource {
  quote: number | null;
  source: string | null;
}

interface Span {
  start: number;
  end: number;
}

const TERMINALS = new Set(['.', '!', '?']);
const CLOSING_MARKS = new Set(['"', '\u201d', "'", '\u2019', '\u00bb', ')']);
// How far a sentence is searched around a claim: bounds the work on text without full stops.
const SENTENCE_REACH = 600;
// How many quotes after a claim are tried as the fragment its sentence's reported speech ends in.
const FRAGMENTS_AHEAD = 4;
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

/** The white space at `i` follows a sentence end: `.`, `!` or `?`, perhaps inside a closing quotation mark. */
function endsSentenceAt(text: string, i: number): boolean {
  const before = text.charAt(i - 1);
  return TERMINALS.has(before) || (CLOSING_MARKS.has(before) && TERMINALS.has(text.charAt(i - 2)));
}

/**
 * Where the sentence holding offset `at` begins: a terminal mark and a space, or the start of its
 * paragraph `paragraph` (a hard-wrapped page's line breaks inside a sentence end nothing).
 */
function sentenceStart(text: string, at: number, paragraph: number): number {
  const floor = Math.max(0, paragraph, at - SENTENCE_REACH);
  for (let i = at - 1; i > floor; i--) {
    if (isSpace(text.charAt(i)) && endsSentenceAt(text, i)) return i + 1;
  }
  return floor;
}

/** The cue `cue` stands as a word between offsets `from` and `to` (`X says there are three …`). */
function cueBetween(text: string, cue: string | null, from: number, to: number): boolean {
  if (!cue || to - from > SENTENCE_REACH) return false;
  const at = text.slice(from, to).toLowerCase().indexOf(cue.toLowerCase());
  return at >= 0 && !/\p{L}/u.test(text.charAt(from + at + cue.length));
}

function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (isSpace(text.charAt(i)) && endsSentenceAt(text, i)) return true;
  return false;
}

/**
 * The quote and source of each claim. One sweep over claims and quotes in text order, keeping only
 * the quotes open at the current claim (nesting depth), so the cost stays linear.
 */
export function attributeClaims(text: string, claims: readonly Span[], quotes: readonly Quote[]): ClaimSource[] {
  const order = quotes.map((_, i) => i).sort((a, b) => (quotes[a]?.start ?? 0) - (quotes[b]?.start ?? 0));
  const claimOrder = claims.map((_, i) => i).sort((a, b) => (claims[a]?.start ?? 0) - (claims[b]?.start ?? 0));
  const out: ClaimSource[] = claims.map(() => ({ quote: null, source: null }));
  let open: number[] = [];
  let next = 0;
  // Direct quotes with a named speaker, seen so far, for the reported-speech rule (recent ones only).
  let recent: number[] = [];
  // Split only once a claim may stand in a fragment's sentence: most claims stand far from any.
  let paragraphs: Span[] | null = null;
  let paragraph = 0;
  for (const ci of claimOrder) {
    const claim = claims[ci];
    if (!claim) continue;
    while (next < order.length && (quotes[order[next] ?? 0]?.start ?? Infinity) <= claim.start) {
      const qi = order[next++] ?? 0;
      open.push(qi);
      if (quotes[qi]?.kind === 'direct' && quotes[qi]?.speaker) recent.push(qi);
    }
    if (open.length > 0) open = open.filter((qi) => (quotes[qi]?.end ?? -1) + 1 >= claim.end);
    if (recent.length > 0) recent = recent.filter((qi) => (quotes[qi]?.end ?? -1) >= claim.start - SENTENCE_REACH);
    // The innermost open quote, and the innermost one whose speaker is known: an unknown inner
    // speaker leaves the figure to the speaker of the quote around it.
    let inner: number | null = null;
    let named: number | null = null;
    const narrower = (qi: number, than: number | null): boolean => {
      const q = quotes[qi];
      const best = than === null ? undefined : quotes[than];
      return !!q && (!best || q.end - q.start < best.end - best.start);
    };
    for (const qi of open) {
      if (narrower(qi, inner)) inner = qi;
      if (quotes[qi]?.speaker && narrower(qi, named)) named = qi;
    }
    if (inner !== null) {
      out[ci] = { quote: inner, source: named === null ? null : (quotes[named]?.speaker?.name ?? null) };
      continue;
    }
    // Reported speech around a marked fragment: the fragment's speaker is named earlier in the same sentence.
    // The sentence's start is found only for a speaker named within reach before the figure.
    let from = -1;
    const inSentence = (speaker: SpeakerRef): boolean => {
      if (speaker.end > claim.start || claim.start - speaker.start > SENTENCE_REACH) return false;
      if (from < 0) {
        paragraphs ??= splitParagraphs(text);
        while (paragraph + 1 < paragraphs.length && (paragraphs[paragraph + 1]?.start ?? Infinity) <= claim.start) paragraph++;
        from = sentenceStart(text, claim.start, paragraphs[paragraph]?.start ?? 0);
      }
      return speaker.start >= from;
    };
    // The fragment may come after the figure (`X admits there are two "…"`): the speaker and the cue
    // come before it, and no sentence ends between it and the fragment.
    for (let k = next; k < order.length && k < next + FRAGMENTS_AHEAD; k++) {
      const q = quotes[order[k] ?? 0];
      if (!q || q.start - claim.end > SENTENCE_REACH) break;
      const speaker = q.speaker;
      if (q.kind === 'direct' && speaker && inSentence(speaker) && cueBetween(text, q.cue, speaker.end, claim.start) && !hasSentenceEnd(text, speaker.end, q.start)) {
        out[ci] = { quote: null, source: speaker.name };
        break;
      }
    }
    if (out[ci]?.source) continue;
    for (const qi of recent) {
      const speaker = quotes[qi]?.speaker;
      // The speaker and cue come first and govern the rest (`X vowed to "…" and …`); a speaker named after
      // the quote (`"…," X replied with only half an ear`) governs nothing beyond it.
      const fragment = quotes[qi]?.start ?? -1;
      if (speaker && speaker.end <= fragment && inSentence(speaker) && !hasSentenceEnd(text, speaker.end, claim.start)) {
        out[ci] = { quote: null, source: speaker.name };
        break;
      }
    }
  }
  return out;
}
