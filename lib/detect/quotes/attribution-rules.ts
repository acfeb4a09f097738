// The order in which a quotation is attributed, as two tables of named rules (rules.ts names and
// describes each). ATTRIBUTION_RULES read the quotation's own sentence: the first that answers wins,
// and a `drops` answer means the quotation is no speech. A quotation none of them attributes is given
// the speaker of its context by CONTEXT_RULES, again the first that answers; a rule `for` quotations
// `alone` (their own sentence or paragraph) or `inline` (inside the writer's sentence) is tried only
// for those. Changing the order changes what is found: `npm run eval -- --rules` shows each rule's
// count and precision on the development sets (a KEEP-BLIND set only when named with --set).

import type { SpeakerRef } from '../../model';
import { attributionAfter, attributionBefore, attributionLater, type Found } from './attribution';
import type { Introduction } from './continuation';
import type { TextIndex } from './document';
import type { QuotedSpan } from './quote-marks';
import { endsLikeSpeech, looksLikeTitle } from './quotation-shape';
import type { QuoteRule } from './rules';
import type { Mention } from './speaker-phrases';

/** A quotation and where it stands. */
export interface QuoteSite {
  q: QuotedSpan;
  /** The sentence it opens in and the one it closes in. */
  s: number;
  closeSentence: number;
  paragraph: number;
  /** The tokens its attribution may use: [low, high). */
  low: number;
  high: number;
  /** The first token of the next quotation. */
  nextOpen: number;
  /** Its length in words. */
  words: number;
}

export interface SpokenContext {
  cue: string | null;
  speaker: SpeakerRef | null;
}

/** A quotation attributed so far: where it stands and whose it is. */
export interface Attributed {
  paragraph: number;
  sentence: number;
  speaker: SpeakerRef | null;
}

/** What the rules ask of the detector working through the text: what it has attributed so far, and its lookups. */
export interface AttributionState {
  readonly ix: TextIndex;
  readonly intros: ReadonlyMap<number, Introduction>;
  /** The attributed quotations so far, in text order. */
  readonly history: readonly Attributed[];
  speakerRef(m: Mention | null, at: number): SpeakerRef | null;
  isTermInPhrase(q: QuotedSpan): boolean;
  howAttribution(q: QuotedSpan, high: number): Found | null;
  attributionInNextSentence(q: QuotedSpan, closeSentence: number, nextOpen: number): Found | null;
  colonLead(q: QuotedSpan, s: number): Found | null;
  standsAlone(site: QuoteSite): boolean;
  isSpokenFragment(site: QuoteSite): boolean;
  knownSpeakerAround(site: QuoteSite): SpeakerRef | null;
  cueSpeaker(s: number): SpeakerRef | null;
  personSubject(s: number): SpeakerRef | null;
  speakerNamedIn(paragraph: number): SpeakerRef | null;
  isQuoteParagraph(q: QuotedSpan, paragraph: number): boolean;
}

/** A quotation judged no speech, by the rule that drops it. */
export interface Dropped {
  drops: QuoteRule;
}

/** A rule of the quotation's own sentence; its answer names the rule that found or dropped it (one finder tells several forms apart). */
export interface AttributionRule {
  find(f: AttributionState, site: QuoteSite): Found | Dropped | null;
}

export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  { find: (f, { q }) => (looksLikeTitle(f.ix, q) && f.isTermInPhrase(q) ? { drops: 'title-modifier' } : null) },
  // dash-name, inverted-cue-after, cue-after, as-comment-after-quote
  { find: (f, { q, high }) => attributionAfter(f.ix, q, high) },
  // is-how
  { find: (f, { q, high }) => f.howAttribution(q, high) },
  // next-sentence
  { find: (f, { q, closeSentence, nextOpen }) => f.attributionInNextSentence(q, closeSentence, nextOpen) },
  { find: (f, { q }) => (looksLikeTitle(f.ix, q) ? { drops: 'title' } : null) },
  { find: (f, { q }) => (f.isTermInPhrase(q) ? { drops: 'term-in-phrase' } : null) },
  // name-colon, according-to-quote, passive-by, reduced-passive, passive-in-document, cue-before, cue-without-speaker,
  // statement-colon, words-of, evidence-cue
  { find: (f, { q, low, high }) => attributionBefore(f.ix, q, low, high) },
  // cue-later
  { find: (f, { q, s, high }) => attributionLater(f.ix, q, f.ix.sentence(s).start, high) },
  // colon-lead
  { find: (f, { q, s }) => f.colonLead(q, s) },
];

export interface ContextRule {
  id: QuoteRule;
  /** Which quotations the rule is for: standing alone, inside the writer's sentence, or any. */
  for: 'alone' | 'inline' | 'any';
  find(f: AttributionState, site: QuoteSite): SpokenContext | Dropped | null;
}

const lastAttributed = (f: AttributionState): Attributed | undefined => f.history[f.history.length - 1];

const lastSpeaker = (f: AttributionState, holds: (last: Attributed) => boolean): SpokenContext | null => {
  const last = lastAttributed(f);
  return last && holds(last) ? { cue: null, speaker: last.speaker } : null;
};

const fromIntroduction = (f: AttributionState, { q, paragraph }: QuoteSite, opening: boolean): SpokenContext | null => {
  const intro = f.intros.get(paragraph);
  if (!intro || (opening && f.ix.paragraphs[paragraph]?.start !== q.open)) return null;
  return { cue: intro.cue.text, speaker: f.speakerRef(intro.speaker, q.open) };
};

const speaking = (speaker: SpeakerRef | null): SpokenContext | null => (speaker ? { cue: null, speaker } : null);

export const CONTEXT_RULES: readonly ContextRule[] = [
  { id: 'same-sentence', for: 'any', find: (f, { s, closeSentence }) => lastSpeaker(f, (last) => last.sentence === s || last.sentence === closeSentence) },
  { id: 'introduced-paragraph', for: 'any', find: (f, site) => fromIntroduction(f, site, true) },
  // A short quoted line without sentence punctuation is a heading; a longer one is speech.
  { id: 'heading', for: 'alone', find: (f, { q, words }) => (words <= 6 && !endsLikeSpeech(f.ix.text, q) ? { drops: 'heading' } : null) },
  {
    id: 'running-speaker',
    for: 'inline',
    find: (f, { s, paragraph, words }) => (words >= 4 ? lastSpeaker(f, (last) => last.paragraph === paragraph && last.sentence >= s - 1) : null),
  },
  { id: 'introduced', for: 'inline', find: (f, site) => fromIntroduction(f, site, false) },
  { id: 'spoken-fragment', for: 'inline', find: (f, site) => (f.isSpokenFragment(site) ? speaking(f.knownSpeakerAround(site)) : null) },
  { id: 'paragraph-speaker', for: 'alone', find: (f, { paragraph }) => lastSpeaker(f, (last) => last.paragraph === paragraph) },
  {
    id: 'sentence-before',
    for: 'alone',
    find: (f, { s, paragraph }) => (s > 0 && f.ix.sentence(s - 1).paragraph === paragraph ? speaking(f.cueSpeaker(s - 1) ?? f.personSubject(s - 1)) : null),
  },
  { id: 'previous-paragraph-speaker', for: 'alone', find: (f, { paragraph }) => lastSpeaker(f, (last) => last.paragraph === paragraph - 1) },
  { id: 'named-before', for: 'alone', find: (f, { paragraph }) => (paragraph > 0 ? speaking(f.speakerNamedIn(paragraph - 1)) : null) },
  // `Ann Ito put it bluntly.¶"…"`: the speaker of a cue ending the paragraph before.
  {
    id: 'cue-ending-paragraph',
    for: 'alone',
    find: (f, { s, paragraph }) => (s > 0 && f.ix.sentence(s - 1).paragraph === paragraph - 1 ? speaking(f.cueSpeaker(s - 1)) : null),
  },
  { id: 'recent-speaker', for: 'alone', find: (f, { paragraph }) => lastSpeaker(f, (last) => last.paragraph >= paragraph - 3) },
  // `Mary Tyler has fished here for 30 years.¶"We lose money every trip."`: a paragraph that is all
  // quotation speaks for the person the paragraph before ends on, unless another quotation paragraph
  // answers it (`Tom looked at the door.¶"Are you coming?"¶"No."` is dialogue).
  {
    id: 'person-before',
    for: 'alone',
    find: (f, { q, s, paragraph }) => {
      const { ix } = f;
      const answered = /^["\u201c\u2018'\u00ab\u201e]/.test(ix.text.slice(ix.paragraphs[paragraph + 1]?.start ?? ix.text.length));
      return s > 0 && !answered && ix.sentence(s - 1).paragraph === paragraph - 1 && f.isQuoteParagraph(q, paragraph) ? speaking(f.personSubject(s - 1)) : null;
    },
  },
];
