// Attributed quotes (docs/annotation-guide.md section 1): quotations with a source, and reported
// speech. One pass over the sentences in text order, so that pronouns and roles resolve to the
// speakers before them; every lookup goes through indexes built once (document.ts).

import type { Quote, SpeakerRef, TextRange } from '../../model';
import { attributionAfter, speakerOfCue, type Found } from './attribution';
import { ATTRIBUTION_RULES, CONTEXT_RULES, type Attributed, type AttributionState, type QuoteSite, type SpokenContext } from './attribution-rules';
import { blockQuotations } from './block-quotations';
import { colonIntroductions, standsAlone, type Introduction } from './continuation';
import { cueAt, isUndoneAct, isPassive } from './cue-phrases';
import { commaBetween, firstQuoteFrom, indexText, sentenceAt, type TextIndex } from './document';
import { findReported, type Reported } from './indirect';
import { runStartingAt } from './names';
import type { QuotedSpan } from './quote-marks';
import { looksLikeTitle } from './quotation-shape';
import type { QuoteRule } from './rules';
import { clauseSubject, phraseStartingAt, type Mention } from './speaker-phrases';
import { SpeakerResolver } from './speakers';
import type { SignedPassage } from './signed-passages';
import { tokenAt } from '../text/tokens';
import { CUE_VERBS } from '../lexicon/cues';
import { AUXILIARIES, DETERMINERS, FIRST_PERSON, PREPOSITIONS, PRONOUNS, SUBJECT_LEADS, VERB_FILLERS } from '../lexicon/grammar';
import { isAdverb, looksParticiple, looksPossessive, withoutPossessive } from '../lexicon/word-class';

/** Relative pronouns that open an aside after a comma (`the plan, which critics called …,`). */
const RELATIVES_OF_ASIDE: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** Determiners that make a short quotation part of a noun phrase (`the "jobs machine" it thinks it is`). */
const TERM_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'these', 'those', 'his', 'her', 'our']);

/** Words that open a sentence pointing back at the one before (`That's how …`, `So said …`). */
const BACK_REFERENCES: ReadonlySet<string> = new Set(['that', 'this', 'so', 'those', 'such']);

/** Pronouns that stand for one person. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** A clause before a colon at most this long (`Tyler was blunt:`) is a person's introduction of their words. */
const MAX_COLON_LEAD_TOKENS = 6;

/** `is` / `was` before `how` (`"…" is how X put it`). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);

/** A quote and the rule that attributed it (rules.ts). */
export interface RuledQuote extends Quote {
  rule: QuoteRule;
}

/** A quotation a rule judged to be no speech (a title, a term, a heading). */
export interface DroppedQuotation {
  start: number;
  end: number;
  rule: QuoteRule;
}

export interface RuledQuotes {
  quotes: RuledQuote[];
  dropped: DroppedQuotation[];
}

// Every field but the rule, whatever fields a Quote gains.
const withoutRule = ({ rule, ...quote }: RuledQuote): Quote => quote;

/** Attributed quotes in `text`, in text order (see docs/annotation-guide.md section 1). */
export function detectQuotes(text: string, blockQuotes: readonly TextRange[] = []): Quote[] {
  return text ? quotesInIndex(indexText(text, blockQuotes)) : [];
}

/** The quotes with the rule behind each, and the quotations rules dropped (`npm run eval -- --rules`, rule tests). */
export function detectQuotesWithRules(text: string, blockQuotes: readonly TextRange[] = []): RuledQuotes {
  const dropped: DroppedQuotation[] = [];
  const quotes = text ? new QuoteFinder(indexText(text, blockQuotes), dropped).run() : [];
  return { quotes, dropped };
}

/** The quotes of an indexed text (tests count the index's reads through it); detection itself keeps no dropped quotations. */
export function quotesInIndex(ix: TextIndex): Quote[] {
  return new QuoteFinder(ix).run().map(withoutRule);
}

class QuoteFinder implements AttributionState {
  private readonly resolver: SpeakerResolver;
  readonly intros: Map<number, Introduction>;
  private readonly usedCues: Uint8Array;
  private readonly quotes: RuledQuote[] = [];
  readonly history: Attributed[] = [];
  private readonly knownSpeakers = new Set<string>();
  /** For each quoted span, whether it became a direct quote. */
  private readonly isDirect: Uint8Array;
  /** Unattributed paragraphs of a quote running over several paragraphs, waiting for the attribution later in the run. */
  private pendingRun: { qi: number; paragraph: number }[] = [];

  constructor(
    readonly ix: TextIndex,
    private readonly dropped?: DroppedQuotation[],
  ) {
    this.resolver = new SpeakerResolver(ix);
    const blocks = blockQuotations(ix);
    this.intros = colonIntroductions(ix, blocks.introducers);
    for (const [p, intro] of blocks.intros) this.intros.set(p, intro);
    this.usedCues = new Uint8Array(ix.tokens.length);
    this.isDirect = new Uint8Array(ix.quoted.length);
  }

  run(): RuledQuote[] {
    const { sentences, quoted } = this.ix;
    let next = 0;
    for (let s = 0; s < sentences.length; s++) {
      while (next < quoted.length && this.ix.quote(next).open < this.ix.sentence(s).end) this.direct(next++, s);
      this.reported(s);
      this.resolver.noteSentence(s);
    }
    return this.withSignedPassages(this.ix.signed).sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /**
   * A signed passage is its signer's direct quote; what the sentence rules found in its place (the
   * passage read as a colon's list item, a clause covering most of it) gives way, and nothing in a
   * signature line is a quote. Shorter quotes inside it stay (decision 4).
   */
  private withSignedPassages(passages: SignedPassage[]): RuledQuote[] {
    if (!passages.length) return this.quotes;
    const kept: RuledQuote[] = [];
    for (const q of this.quotes) {
      const p = passages.find((p) => Math.min(q.end, p.end) - Math.max(q.start, p.start) > 0 || (q.start < p.signature.end && q.end > p.signature.start));
      if (!p) {
        kept.push(q);
        continue;
      }
      if (q.start < p.signature.end && q.end > p.signature.start) {
        // A sentence run on from a signature (`… December 11, 2016  Experts say …`) keeps its part after it.
        let start = p.signature.end;
        while (start < q.end && /\s/.test(this.ix.text.charAt(start))) start++;
        if (q.end - start >= 20) kept.push({ ...q, start });
        continue;
      }
      const overlap = Math.min(q.end, p.end) - Math.max(q.start, p.start);
      if (overlap * 2 < p.end - p.start) kept.push(q);
    }
    for (const p of passages)
      kept.push({ start: p.start, end: p.end, kind: 'direct', cue: p.cue, speaker: { name: p.name, start: p.nameStart, end: p.nameEnd }, rule: 'signed-passage' });
    return kept;
  }

  speakerRef(m: Mention | null, at: number): SpeakerRef | null {
    if (!m || this.isSentenceAdverb(m)) return null;
    const name = this.resolver.resolve(m, at);
    if (!name) return null;
    this.resolver.noteSpeaker(m, name);
    this.knownSpeakers.add(name);
    return { name, start: this.ix.tok(m.first).start, end: this.ix.tok(m.end - 1).end };
  }

  /** `Hopefully this is …`, `Sadly, …`: a lone -ly word before a pronoun, determiner or comma is an adverb, not a name. */
  private isSentenceAdverb(m: Mention): boolean {
    if (m.kind !== 'name' || m.end - m.first !== 1 || !isAdverb(this.ix.tok(m.first).norm)) return false;
    const next = this.ix.tok(m.end).norm;
    return commaBetween(this.ix, m.first, m.end) || DETERMINERS.has(next) || PRONOUNS.has(next);
  }

  private direct(qi: number, s: number): void {
    const site = this.siteOf(qi, s);
    const { q, paragraph, closeSentence } = site;
    for (const rule of ATTRIBUTION_RULES) {
      const found = rule.find(this, site);
      if (!found) continue;
      if ('drops' in found) return this.drop(q, found.drops);
      if (found.cue) this.usedCues.fill(1, found.cue.first, found.cue.end);
      // A cue whose subject is not found (`…, said: "…"`) leaves the speaker to the context.
      const speaker = found.speaker ? this.speakerRef(found.speaker, q.open) : (this.context(site)?.spoken?.speaker ?? null);
      this.push(qi, found.cueText, speaker, paragraph, closeSentence, found.rule);
      return;
    }
    const inherited = this.context(site);
    if (inherited?.spoken) this.push(qi, inherited.spoken.cue, inherited.spoken.speaker, paragraph, closeSentence, inherited.rule);
    else if (q.close < 0 && this.opensParagraph(q, paragraph)) {
      // An unclosed paragraph, even one short enough to be a heading, may open a run its later paragraph attributes.
      // Appended in place: a long run must stay linear.
      if (!this.continuingRun(q, paragraph).length) this.pendingRun = [];
      this.pendingRun.push({ qi, paragraph });
    } else if (inherited) this.drop(q, inherited.rule);
  }

  private siteOf(qi: number, s: number): QuoteSite {
    const { ix } = this;
    const q = ix.quote(qi);
    const closeSentence = sentenceAt(ix, q.close >= 0 ? q.close : q.end - 1);
    const nextOpen = qi + 1 < ix.quoted.length ? tokenAt(ix.tokens, ix.quote(qi + 1).open) : ix.tokens.length;
    const high = Math.min(ix.sentence(closeSentence).endToken, nextOpen);
    const prev = qi > 0 ? ix.quote(qi - 1) : null;
    const low = Math.max(ix.sentence(s).firstToken, prev && prev.close >= 0 && prev.close >= ix.sentence(s).start ? tokenAt(ix.tokens, prev.close + 1) : 0);
    const words = tokenAt(ix.tokens, q.end) - tokenAt(ix.tokens, q.start);
    return { q, s, closeSentence, paragraph: ix.sentence(s).paragraph, low, high, nextOpen, words };
  }

  /** A quotation a rule says is no speech (a title, a term, a heading): kept for the rules' tally only. */
  private drop(q: QuotedSpan, rule: QuoteRule): void {
    this.dropped?.push({ start: q.start, end: q.end, rule });
  }

  private opensParagraph(q: QuotedSpan, paragraph: number): boolean {
    return this.ix.paragraphs[paragraph]?.start === q.open;
  }

  /** The pending paragraphs of the run that the quote opening `paragraph` continues, or none. */
  private continuingRun(q: QuotedSpan, paragraph: number): { qi: number; paragraph: number }[] {
    const last = this.pendingRun[this.pendingRun.length - 1];
    return last && last.paragraph === paragraph - 1 && this.opensParagraph(q, paragraph) ? this.pendingRun : [];
  }

  /** `"First paragraph.¶"Last paragraph," said X.`: the attribution of a run's later paragraph covers the paragraphs before it. */
  private attributeRun(q: QuotedSpan, paragraph: number, speaker: SpeakerRef | null): void {
    const run = this.continuingRun(q, paragraph);
    this.pendingRun = [];
    if (!speaker) return;
    for (const { qi } of run) {
      const earlier = this.ix.quote(qi);
      this.isDirect[qi] = 1;
      this.quotes.push({ start: earlier.start, end: earlier.end, kind: 'direct', cue: null, speaker, rule: 'run' });
    }
  }

  /** `Tyler was blunt: "…"`: a short clause about a person, ending in a colon, introduces their words. */
  colonLead(q: QuotedSpan, s: number): Found | null {
    const { ix } = this;
    const first = ix.sentence(s).firstToken;
    const open = tokenAt(ix.tokens, q.open);
    if (open - first > MAX_COLON_LEAD_TOKENS || open <= first || !/^\s*:\s*$/.test(ix.text.slice(ix.tok(open - 1).end, q.open))) return null;
    const m = clauseSubject(ix, first, open);
    if (!m || (m.kind === 'pronoun' ? !PERSONAL_PRONOUNS.has(m.text) || (ix.quoteOfToken[m.first] ?? -1) >= 0 : m.kind !== 'name')) return null;
    if (m.kind === 'name' && m.nameKind !== 'person' && !this.resolver.isPerson(this.resolver.resolve(m, ix.tok(m.first).start) ?? '')) return null;
    return { cue: null, cueText: ':', speaker: m, rule: 'colon-lead' };
  }

  /**
   * `"Who pays for it?" Park said.`: a question or exclamation ends its sentence, and a short one after it attributes it.
   * A statement standing as its own sentence (`"…." Holt said later.`) is attributed by the next one only when its cue reports
   * nothing of its own (`"…." Holt said the state must help.` is a new report).
   */
  attributionInNextSentence(q: QuotedSpan, closeSentence: number, nextOpen: number): Found | null {
    const { ix } = this;
    if (q.close < 0) return null;
    const asks = /[?!]$/.test(ix.text.slice(q.start, q.end).trimEnd());
    const next = closeSentence + 1 < ix.sentences.length ? ix.sentence(closeSentence + 1) : null;
    if (!next || next.paragraph !== ix.sentence(closeSentence).paragraph || ix.text.slice(q.close + 1, next.start).trim() !== '') return null;
    const high = Math.min(next.endToken, nextOpen);
    if (high - next.firstToken > (asks ? 15 : 12)) return null;
    if (!asks && !this.opensSentence(q)) return null;
    const attributed = attributionAfter(ix, q, high) ?? this.backReference(closeSentence + 1, high);
    const found: Found | null = attributed && { ...attributed, rule: 'next-sentence' };
    if (asks || !found?.cue) return found;
    const cueFirst = found.cue.first;
    return findReported(ix, closeSentence + 1, this.usedCues).some((r) => r.cueToken === cueFirst) ? null : found;
  }

  /** `"On the brink" is how the authors described it.`: the cue after `is how` attributes the quotation. */
  howAttribution(q: QuotedSpan, high: number): Found | null {
    const { ix } = this;
    if (q.close < 0) return null;
    const t0 = tokenAt(ix.tokens, q.close + 1);
    if (t0 + 1 >= high || !COPULAS.has(ix.tok(t0).norm) || ix.tok(t0 + 1).norm !== 'how') return null;
    return this.cueFrom(t0 + 2, high, 'is-how');
  }

  /** `That's how X put it.`, `So said X.`: a sentence pointing back at the quotation names its speaker by a cue. */
  private backReference(s: number, high: number): Found | null {
    const sentence = this.ix.sentence(s);
    if (!BACK_REFERENCES.has(this.ix.tok(sentence.firstToken)?.norm ?? '')) return null;
    return this.cueFrom(sentence.firstToken + 1, high, 'next-sentence');
  }

  /** The first cue in tokens [first, high) with a speaker of its own. */
  private cueFrom(first: number, high: number, rule: QuoteRule): Found | null {
    const { ix } = this;
    for (let k = first; k < high; k++) {
      const cue = cueAt(ix, k);
      if (!cue || isPassive(ix, cue) || isUndoneAct(ix, cue)) continue;
      // `So said X`: the subject stands after the cue.
      const speaker = k === first && ix.tok(first - 1).norm === 'so' ? phraseStartingAt(ix, cue.end, high) : speakerOfCue(ix, cue, first);
      if (speaker && !BACK_REFERENCES.has(ix.tok(speaker.first).norm)) return { cue, cueText: cue.text, speaker, rule };
    }
    return null;
  }

  private opensSentence(q: QuotedSpan): boolean {
    const s = this.ix.sentence(sentenceAt(this.ix, q.open));
    return this.ix.text.slice(s.start, q.open).trim() === '';
  }

  isTermInPhrase(q: QuotedSpan): boolean {
    const { ix } = this;
    if (q.close < 0) return false;
    const first = tokenAt(ix.tokens, q.start);
    if (tokenAt(ix.tokens, q.end) - first > 3 || /[.?!,;:]\s*$/.test(ix.text.slice(q.start, q.close))) return false;
    const before = ix.tok(first - 1);
    const next = ix.tok(tokenAt(ix.tokens, q.close + 1));
    // The phrase runs on into a head noun or a relative clause (`"direction discrimination" task`, `"jobs machine" it thinks`),
    // not into a preposition, a conjunction or a verb (`a "bad deal" during …` is the speaker's phrase).
    const runsOn =
      next !== undefined &&
      /^\s+$/.test(ix.text.slice(q.close + 1, next.start)) &&
      !next.cap &&
      !CUE_VERBS.has(next.norm) &&
      !PREPOSITIONS.has(next.norm) &&
      !VERB_FILLERS.has(next.norm) &&
      !AUXILIARIES.has(next.norm) &&
      !SUBJECT_LEADS.has(next.norm) &&
      !looksParticiple(next.norm);
    return before !== undefined && TERM_DETERMINERS.has(before.norm) && runsOn;
  }

  private push(qi: number, cue: string | null, speaker: SpeakerRef | null, paragraph: number, sentence: number, rule: QuoteRule): void {
    const q = this.ix.quote(qi);
    this.attributeRun(q, paragraph, speaker);
    this.isDirect[qi] = 1;
    this.quotes.push({ start: q.start, end: q.end, kind: 'direct', cue, speaker, rule });
    this.history.push({ paragraph, sentence, speaker });
  }

  /** A quote with no cue in its sentence: the first context rule that answers (`spoken` null when it drops the quotation), or none. */
  private context(site: QuoteSite): { rule: QuoteRule; spoken: SpokenContext | null } | null {
    const alone = this.standsAlone(site);
    for (const rule of CONTEXT_RULES) {
      if (rule.for !== 'any' && (rule.for === 'alone') !== alone) continue;
      const found = rule.find(this, site);
      if (found) return { rule: rule.id, spoken: 'drops' in found ? null : found };
    }
    return null;
  }

  standsAlone({ q, s, closeSentence }: QuoteSite): boolean {
    return standsAlone(this.ix, q, s, closeSentence);
  }

  /**
   * Words of someone's rather than the writer's label: a fragment run into the writer's sentence (two
   * words or more, opening lower-case, not a title) that speaks in the first person (`his school
   * "started feathering me into …"`) or ends a sentence (`he'd "shake it like a showgirl."`). A
   * sentence with a cue of its own leaves its fragments to the reported speech (decision 2).
   */
  isSpokenFragment({ q, words, s, closeSentence }: QuoteSite): boolean {
    const { ix } = this;
    const opening = ix.text.charAt(q.start);
    if (words < 2 || q.close < 0 || opening === opening.toUpperCase() || looksLikeTitle(ix, q)) return false;
    for (let k = ix.sentence(s).firstToken; k < ix.sentence(closeSentence).endToken; k++) {
      if ((ix.quoteOfToken[k] ?? -1) >= 0) continue;
      const cue = cueAt(ix, k);
      if (cue && !isPassive(ix, cue) && !isUndoneAct(ix, cue)) return false;
    }
    const first = tokenAt(ix.tokens, q.start);
    const end = tokenAt(ix.tokens, q.end);
    // `"…," said I, "…"` paired wrongly: an attribution between two quotations is not a fragment.
    if (CUE_VERBS.has(ix.tok(first).norm)) return false;
    for (let k = first; k < end; k++) if (FIRST_PERSON.has(ix.tok(k).norm)) return true;
    return /[.?!\u2026]$/.test(ix.text.slice(q.start, q.end).trimEnd());
  }

  /**
   * `allowed Ito to "do …"`, `after his school "…," Ito turned`: a quoted fragment with no cue speaks for
   * the person (not an organisation) its sentence names who has already spoken in the article — by
   * name, or as `he`/`she` meaning them — the nearest such mention before the quotation, else the
   * first after it.
   */
  knownSpeakerAround({ q, s, closeSentence }: QuoteSite): SpeakerRef | null {
    const { ix } = this;
    const open = tokenAt(ix.tokens, q.open);
    const from = ix.sentence(s).firstToken;
    const to = ix.sentence(closeSentence).endToken;
    let before: Mention | null = null;
    let after: Mention | null = null;
    for (let k = from; k < to && !after; k++) {
      if ((ix.quoteOfToken[k] ?? -1) >= 0) continue;
      const t = ix.tok(k);
      let m: Mention | null = null;
      if (!t.cap || k === from) {
        if (PERSONAL_PRONOUNS.has(t.norm) || t.norm === 'his' || t.norm === 'her' || /^(?:he|she)['\u2019]/.test(t.norm))
          m = { first: k, end: k + 1, kind: 'pronoun', text: t.norm.replace(/['\u2019].*$/, '') };
      }
      if (!m && t.cap) {
        const run = runStartingAt(ix, k, to);
        if (run) {
          k = run.end - 1;
          // A name's possessive owns a thing (`Acme's goal is to "…"`); it is not who speaks.
          if (looksPossessive(ix.tok(run.end - 1).text)) continue;
          m = { first: run.nameFirst, end: run.end, kind: 'name', text: ix.text.slice(ix.tok(run.nameFirst).start, ix.tok(run.end - 1).end) };
        }
      }
      if (!m) continue;
      const name = this.resolver.resolve(m, t.start);
      // A person's words: an organisation's quoted goal (`its goal is to "help …"`) is a slogan as often.
      if (!name || !this.knownSpeakers.has(name) || !(m.kind === 'pronoun' || this.resolver.isPerson(name))) continue;
      if (m.first < open) before = m;
      else after = m;
    }
    const m = before ?? after;
    return m ? this.speakerRef(m, ix.tok(m.first).start) : null;
  }

  isQuoteParagraph(q: QuotedSpan, paragraph: number): boolean {
    const p = this.ix.paragraphs[paragraph];
    return p !== undefined && p.start === q.open && q.close >= 0 && this.ix.text.slice(q.close + 1, p.end).trim() === '';
  }

  /** The speaker of a cue in sentence `s` (`X once summed up the danger with a metaphor.`). */
  cueSpeaker(s: number): SpeakerRef | null {
    const { ix } = this;
    const sentence = ix.sentence(s);
    // The cue nearest the quotation that follows (`When X asked about it, Y said the following.` → Y).
    for (let k = sentence.endToken - 1; k >= Math.max(sentence.firstToken, sentence.endToken - 60); k--) {
      if ((ix.quoteOfToken[k] ?? -1) >= 0) continue;
      const cue = cueAt(ix, k);
      if (!cue || isPassive(ix, cue) || isUndoneAct(ix, cue)) continue;
      const m = speakerOfCue(ix, cue, sentence.firstToken);
      if (m) return this.speakerRef(m, ix.tok(k).start);
    }
    return null;
  }

  /** `Ortiz was unapologetic. "I would do it again."`: the person the sentence before is about. */
  personSubject(s: number): SpeakerRef | null {
    const sentence = this.ix.sentence(s);
    return this.personSubjectIn(sentence.firstToken, sentence.endToken);
  }

  /** The person (a name, or he/she resolved to one) that is the subject of the clause in tokens [first, end). */
  private personSubjectIn(first: number, end: number): SpeakerRef | null {
    const { ix } = this;
    const m = clauseSubject(ix, first, end);
    // A pronoun inside a quotation is the quoted speaker's word, not the writer's subject.
    if (m?.kind === 'pronoun') return PERSONAL_PRONOUNS.has(m.text) && (ix.quoteOfToken[m.first] ?? -1) < 0 ? this.speakerRef(m, ix.tok(m.first).start) : null;
    if (!m || m.kind !== 'name') return null;
    const name = this.resolver.resolve(m, ix.tok(m.first).start) ?? '';
    if (m.nameKind !== 'person' && !this.resolver.isPerson(name) && !this.knownSpeakers.has(name)) return null;
    return this.speakerRef(m, ix.tok(m.first).start);
  }

  /** The last known speaker a paragraph names (`But for Parata and his family …`). */
  speakerNamedIn(paragraph: number): SpeakerRef | null {
    const { ix } = this;
    const p = ix.paragraphs[paragraph];
    if (!p) return null;
    const first = tokenAt(ix.tokens, p.start);
    const end = Math.min(tokenAt(ix.tokens, p.end), first + 400);
    let found: SpeakerRef | null = null;
    for (let k = first; k < end; k++) {
      if (!ix.tok(k).cap) continue;
      const run = runStartingAt(ix, k, end);
      if (!run) continue;
      const m: Mention = {
        first: run.nameFirst,
        end: run.end,
        kind: 'name',
        text: withoutPossessive(ix.text.slice(ix.tok(run.nameFirst).start, ix.tok(run.end - 1).end)),
      };
      const name = this.resolver.resolve(m, ix.tok(k).start);
      if (name && this.knownSpeakers.has(name)) found = { name, start: ix.tok(m.first).start, end: ix.tok(m.end - 1).end };
      k = run.end - 1;
    }
    return found;
  }

  private reported(s: number): void {
    const { ix } = this;
    const intro = this.intros.get(ix.sentence(s).paragraph);
    const paragraph = ix.paragraphs[ix.sentence(s).paragraph];
    if (intro?.block && paragraph && ix.sentence(s).start === paragraph.start) {
      const speaker = this.speakerRef(intro.speaker, paragraph.start);
      const rule = intro.block === 'blockquote' ? 'blockquote' : 'paragraph-under-colon';
      if (speaker) this.quotes.push({ start: paragraph.start, end: paragraph.end, kind: 'direct', cue: intro.cue.text, speaker, rule });
    } else if (intro && !intro.block && ix.sentence(s).start === paragraph?.start && !this.hasDirectIn(ix.sentence(s).firstToken, ix.sentence(s).endToken)) {
      const speaker = this.speakerRef(intro.speaker, ix.sentence(s).start);
      const end = ix.sentence(s).end - (/[.!?]/.test(ix.text.charAt(ix.sentence(s).end - 1)) ? 1 : 0);
      if (speaker) this.quotes.push({ start: ix.sentence(s).start, end, kind: 'indirect', cue: intro.cue.text, speaker, rule: 'point-under-colon' });
      return;
    }
    for (const found of findReported(ix, s, this.usedCues)) {
      const r = found.cueUsed ? this.beforeQuotedConjunct(found) : found;
      if (!r || this.mostlyDirect(r.start, r.end, r.cueToken)) continue;
      // A sentence holding a quotation with its own attribution is not also reported speech around it; nor is content
      // after its cue holding one outside a relative aside: it frames that quotation (decision 2).
      const [first, end] = [tokenAt(ix.tokens, r.start), tokenAt(ix.tokens, r.end)];
      if (r.form !== 'after' ? this.hasDirectIn(first, end) : this.framesDirect(first, end, ix.quoteOfToken[r.cueToken] ?? -1)) continue;
      const speaker = this.speakerRef(r.speaker, ix.tok(r.cueToken).start);
      if (!speaker) continue;
      // Decision 2: the source's own words quoted inside its reported speech are marked alone.
      if (this.fragmentsIn(r, speaker, s)) continue;
      // Reported speech nested in the same speaker's reported speech is theirs already (decision 4):
      // of the two, keep the inner, more precise report (`He added that X, he said.` marks X).
      const last = this.quotes[this.quotes.length - 1];
      const sameSpeaker = last && last.kind === 'indirect' && last.speaker?.name === speaker.name;
      if (sameSpeaker && last.start <= r.start && last.end >= r.end) this.quotes.pop();
      else if (sameSpeaker && r.start <= last.start && r.end >= last.end) continue;
      this.quotes.push({ start: r.start, end: r.end, kind: 'indirect', cue: r.cueText, speaker, rule: r.rule });
    }
  }

  /**
   * `said he thought that A and that B "…"`: the cue's direct quote stands in a later content clause;
   * the clauses before it are reported speech of their own (decision 2 leaves only the quote's clause).
   */
  private beforeQuotedConjunct(r: Reported): Reported | null {
    const { ix } = this;
    if (r.form !== 'after') return null;
    const first = tokenAt(ix.tokens, r.start);
    const end = tokenAt(ix.tokens, r.end);
    let cut = -1;
    for (let k = first + 1; k < end; k++) {
      if (this.isDirect[ix.quoteOfToken[k] ?? -1]) return cut - first >= 3 ? { ...r, end: ix.tok(cut - 1).end, cueUsed: false, rule: 'before-quoted-conjunct' } : null;
      const joiner = ix.tok(k - 1).norm;
      if (ix.tok(k).norm === 'that' && (joiner === 'and' || joiner === 'but')) cut = k - 1;
    }
    return null;
  }

  /**
   * `X insisted hope is "a necessary concept."`: quotations of two words or more, opening lower-case,
   * inside reported content and not yet attributed, are the speaker's words; they become direct
   * quotes in place of the clause around them. A single quoted word or a capitalised one is more
   * often a term or a name (`the "gifted" coat`, `"Hail Mary" plan`), and leaves the clause reported.
   */
  private fragmentsIn(r: Reported, speaker: SpeakerRef, s: number): boolean {
    const { ix } = this;
    const fragments: number[] = [];
    // From the first quotation in the content on, not from the text's first: a long paragraph holds many reports.
    for (let qi = firstQuoteFrom(ix, r.start - 1); qi < ix.quoted.length; qi++) {
      const q = ix.quote(qi);
      if (q.open >= r.end) break;
      // Only a quotation that closes the content: one mid-clause is as often a term the writer borrows.
      if (this.isDirect[qi] || q.close < 0 || q.close > r.end + 2 || q.end < r.end - 1) continue;
      const words = tokenAt(ix.tokens, q.end) - tokenAt(ix.tokens, q.start);
      const first = ix.text.charAt(q.start);
      if (words >= 2 && first === first.toLowerCase() && first !== first.toUpperCase() && !looksLikeTitle(ix, q)) fragments.push(qi);
    }
    const paragraph = ix.sentence(s).paragraph;
    for (const qi of fragments) this.push(qi, r.cueText, speaker, paragraph, s, 'fragment-in-report');
    return fragments.length > 0;
  }

  private hasDirectIn(first: number, end: number): boolean {
    for (let k = first; k < end; k++) if (this.isDirect[this.ix.quoteOfToken[k] ?? -1]) return true;
    return false;
  }

  /**
   * `X reports that the club is offering "anything"`: a direct quote among tokens [first, end), other than
   * the quotation `around` the cue, that no relative aside (`the plan, which critics called "…," would pass`) holds.
   */
  private framesDirect(first: number, end: number, around: number): boolean {
    const { ix } = this;
    let aside = false;
    for (let k = first; k < end; k++) {
      const qi = ix.quoteOfToken[k] ?? -1;
      if (qi !== around && this.isDirect[qi] && !aside) return true;
      if (k > first && RELATIVES_OF_ASIDE.has(ix.tok(k).norm) && commaBetween(ix, k - 1, k)) aside = true;
    }
    return false;
  }

  /** Reported content that is mostly a direct quote already marked (speech nested in a quote is not). */
  private mostlyDirect(start: number, end: number, cueToken: number): boolean {
    const { ix } = this;
    const first = tokenAt(ix.tokens, start);
    const last = tokenAt(ix.tokens, end);
    const around = ix.quoteOfToken[cueToken];
    let inside = 0;
    for (let k = first; k < last; k++) {
      const qi = ix.quoteOfToken[k] ?? -1;
      if (qi !== around && this.isDirect[qi]) inside++;
    }
    return inside * 2 >= last - first;
  }
}
