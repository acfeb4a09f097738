// Who a quotation is attributed to, from the words around its marks in the same sentence:
//   `"…," he said.`  `"…," said Omar Haddad.`  `"…" — the minister`  (after the quote)
//   `X warned, "…"`  `X declared that "…"`  `X: "…"`  `described as "…" by X`  (before it)
//   `"…" in that law, Haddad said.`  (after it, past a few words, when the quote leads the sentence)
// Context beyond the sentence (continuing speakers, `He said:` paragraphs) is continuation.ts' job.

import { commaBetween, type TextIndex } from './document';
import type { QuotedSpan } from './quote-marks';
import type { QuoteRule } from './rules';
import { actDoneVerb, cueAt, isUndoneAct, isPassive, type Cue } from './cue-phrases';
import { appositiveName, clauseSubject, phraseEndingAt, phraseStartingAt, subjectBefore, type Mention } from './speaker-phrases';
import { tokenAt } from '../text/tokens';
import { DETERMINERS, NOUN_MARKERS, PREPOSITIONS, RELATIVES } from '../lexicon/grammar';
import { DOCUMENT_NOUNS } from '../lexicon/groups';
import { CUE_VERBS, EVIDENCE_VERBS, INVERTING_VERBS, NAMING_VERBS, OBJECT_FIRST_VERBS, MESSAGE_NOUNS, PASSIVE_AUXILIARIES, STATEMENT_NOUNS } from '../lexicon/cues';
import { isPossessive, looksGerund, looksPastForm, withoutPossessive } from '../lexicon/word-class';

export interface Found {
  cue: Cue | null;
  /** The cue as reported: the verb phrase, `:` or `—`. */
  cueText: string | null;
  speaker: Mention | null;
  /** The rule that found it (rules.ts). */
  rule: QuoteRule;
}

/** `In Dr. Ortiz's words, "…"`, `in the words of X, "…"`: the words are the speaker's. */
function wordsAttribution(ix: TextIndex, q: QuotedSpan, low: number): Found | null {
  const open = tokenAt(ix.tokens, q.open);
  for (let k = open - 1; k >= low && k > open - 8; k--) {
    if (ix.tok(k).norm !== 'words') continue;
    const owner = ix.tok(k - 1);
    const who = isPossessive(owner) ? phraseEndingAt(ix, k - 1, low) : ix.tok(k + 1).norm === 'of' ? phraseStartingAt(ix, k + 2, open) : null;
    return who ? { cue: null, cueText: 'words', speaker: { ...who, text: withoutPossessive(who.text) }, rule: 'words-of' } : null;
  }
  return null;
}

const wordCount = (ix: TextIndex, q: QuotedSpan): number => tokenAt(ix.tokens, q.end) - tokenAt(ix.tokens, q.start);

/** The speaker of a cue: its subject, the antecedent of `which/who`, or the clause subject of a participle. */
export function speakerOfCue(ix: TextIndex, cue: Cue, low: number): Mention | null {
  const participle = looksGerund(ix.tok(cue.first).norm);
  // `Reuters quoted the regional government as saying`: the one quoted says it.
  if (participle && ix.tok(cue.first - 1).norm === 'as') {
    // `Mr Johnson was quoted as saying`: the subject of the passive.
    const passive = CUE_VERBS.get(ix.tok(cue.first - 2).norm);
    if (passive === 'quote' || passive === 'cite') return subjectBefore(ix, cue.first - 2, low);
    const quoted = phraseEndingAt(ix, cue.first - 2, low);
    const verb = quoted ? (CUE_VERBS.get(ix.tok(quoted.first - 1).norm) ?? CUE_VERBS.get(ix.tok(quoted.first - 2).norm)) : undefined;
    if (quoted && (verb === 'quote' || verb === 'cite')) return quoted;
  }
  // `comments accusing her of …`, `messages saying …`: the words themselves are the source.
  const said = ix.tok(cue.first - 1);
  if (
    participle &&
    cue.first - 1 >= low &&
    !said.cap &&
    (STATEMENT_NOUNS.has(said.norm) || MESSAGE_NOUNS.has(said.norm)) &&
    /^\s+$/.test(ix.text.slice(said.end, ix.tok(cue.first).start))
  ) {
    return { first: cue.first - 1, end: cue.first, kind: 'group', text: said.text };
  }
  const afterBreak = cue.first > low && (PREPOSITIONS.has(ix.tok(cue.first - 1).norm) || /,\s*$/.test(ix.text.slice(ix.tok(cue.first - 1).end, ix.tok(cue.first).start)));
  // `X went so far as to accuse …`: the subject of the verb that says the act was done.
  const act = actDoneVerb(ix, cue);
  if (act >= low) return subjectBefore(ix, act, low);
  const subject = participle && afterBreak ? null : subjectBefore(ix, cue.first, low);
  if (subject) return subject;
  if (participle) {
    for (let i = cue.first - 1; i >= low && i > cue.first - 30; i--) {
      if (RELATIVES.has(ix.tok(i).norm) && ix.tok(i).norm !== 'that') return phraseEndingAt(ix, i - 1, low);
      // `"…," said Anna Kay, adding that …`: the speaker of the attribution before it.
      const earlier = i < cue.first - 1 ? cueAt(ix, i) : null;
      const inverted =
        earlier && INVERTING_VERBS.has(earlier.base) && /[,"\u201d]\s*$/.test(ix.text.slice(ix.tok(i - 1).end, ix.tok(i).start))
          ? phraseStartingAt(ix, earlier.end, cue.first)
          : null;
      if (inverted && /,/.test(ix.text.slice(ix.tok(inverted.end - 1).end, ix.tok(inverted.end).start))) return inverted;
      // `X said it would fail, adding that …`: the subject of the cue the participle follows.
      if (earlier && !inverted && !looksGerund(ix.tok(i).norm) && !isPassive(ix, earlier)) {
        const subject = subjectBefore(ix, i, low);
        if (subject) return subject;
      }
    }
    return clauseSubject(ix, low, cue.first);
  }
  return null;
}

/** `"…," he said` / `"…," said X` / `"…" — X`: an attribution straight after the closing mark. */
export function attributionAfter(ix: TextIndex, q: QuotedSpan, high: number): Found | null {
  if (q.close < 0) return null;
  const tk = ix.tokens;
  const t0 = tokenAt(tk, q.close + 1);
  if (t0 >= high) return null;
  const gap = ix.text.slice(q.close + 1, ix.tok(t0).start);
  if (/[.!?;]/.test(gap) || /\n\s*\n/.test(gap)) return null;
  // `"…" — the minister`: only for a quotation that is its sentence's subject matter, not a term inside it.
  if (/[\u2014\u2013]|\s-\s/.test(gap) && q.open <= ix.sentence(ix.sentenceOfToken[t0] ?? -1).start) {
    const who = phraseStartingAt(ix, t0, high);
    if (who && (who.end >= high || /^[\s,.]/.test(ix.text.slice(ix.tok(who.end - 1).end, ix.tok(who.end - 1).end + 1))))
      return { cue: null, cueText: '\u2014', speaker: who, rule: 'dash-name' };
  }
  const lead = cueAt(ix, t0);
  if (lead && !OBJECT_FIRST_VERBS.has(lead.base)) {
    const who = phraseStartingAt(ix, lead.end, high);
    const named = who && who.kind === 'group' ? appositiveName(ix, who, high) : null;
    if (who) return { cue: lead, cueText: lead.text, speaker: named ?? who, rule: 'inverted-cue-after' };
  }
  for (let k = t0 + 1; k < high && k < t0 + 7; k++) {
    const cue = cueAt(ix, k);
    // `"…." Could argue …`: a cue under a modal opening the next sentence reports no act, and the modal is no name.
    if (!cue || OBJECT_FIRST_VERBS.has(cue.base) || isPassive(ix, cue) || isUndoneAct(ix, cue)) continue;
    const who = subjectBefore(ix, k, t0);
    if (who && who.first === t0) return { cue, cueText: cue.text, speaker: who, rule: 'cue-after' };
    // `"…," as Reuters reported, "…"`: a comment clause right after the quotation, its cue closing it.
    if (
      who &&
      ix.tok(t0).norm === 'as' &&
      pastDeterminers(ix, t0 + 1, who.first) === who.first &&
      /,\s*$/.test(ix.text.slice(q.close - 1, ix.tok(t0).start).replace(/[\u201d\u2019"']/g, '')) &&
      (cue.end >= high || commaBetween(ix, cue.end - 1, cue.end))
    )
      return { cue, cueText: cue.text, speaker: who, rule: 'as-comment-after-quote' };
    break;
  }
  return null;
}

/** The first token from k, before `end`, that is no determiner (`as the Herald reported`: the one at `Herald`). */
export function pastDeterminers(ix: TextIndex, k: number, end: number): number {
  let i = k;
  while (i < end && (NOUN_MARKERS.has(ix.tok(i).norm) || DETERMINERS.has(ix.tok(i).norm))) i++;
  return i;
}

/**
 * `"…" in that law, Haddad said.`: a cue a few words after the quote, in the same sentence. Only
 * when the quote carries the sentence; a short quoted term inside a reported clause is not a quote.
 */
export function attributionLater(ix: TextIndex, q: QuotedSpan, sentenceStart: number, high: number): Found | null {
  if (q.close < 0) return null;
  const tk = ix.tokens;
  const t0 = tokenAt(tk, q.close + 1);
  for (let k = t0; k < high && k < t0 + 25; k++) {
    const cue = cueAt(ix, k);
    if (!cue || OBJECT_FIRST_VERBS.has(cue.base) || isPassive(ix, cue) || isUndoneAct(ix, cue)) continue;
    let who: Mention | null = null;
    if (cue.base === 'according to' || /,\s*$/.test(ix.text.slice(ix.tok(k - 1).end, ix.tok(k).start))) who = phraseStartingAt(ix, cue.end, high);
    if (!who) who = subjectBefore(ix, k, t0);
    if (!who) return null;
    const attributionStart = Math.min(ix.tok(who.first).start, ix.tok(k).start);
    const leads = q.open <= sentenceStart || q.end - q.start >= 0.5 * (attributionStart - sentenceStart);
    if (!leads) return null;
    return { cue, cueText: cue.text, speaker: who, rule: 'cue-later' };
  }
  return null;
}

const INDEFINITE_QUANTIFIERS: ReadonlySet<string> = new Set(['few', 'several', 'some', 'many', 'one']);

/** A possessive pronoun → the pronoun a speaker is resolved from. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['its', 'it'],
  ['their', 'they'],
  ['his', 'he'],
  ['her', 'she'],
]);

/**
 * `Among its key findings: "…"`, `Analysts offered a few theories: "…"`: a noun for what was said or
 * concluded, ending the clause before the colon; the speaker is its possessor or the clause's subject.
 */
export function statementBeforeColon(ix: TextIndex, last: number, low: number): Found | null {
  let k = last;
  while (k > low && k > last - 5 && !STATEMENT_NOUNS.has(ix.tok(k).norm)) k--;
  if (!STATEMENT_NOUNS.has(ix.tok(k).norm) || ix.tok(k).cap) return null;
  // The noun ends the clause, or only a prepositional phrase follows it (`a message for the state:`);
  // `In a Facebook post, X wrote:` has its own cue.
  if (k < last && !PREPOSITIONS.has(ix.tok(k + 1).norm)) return null;
  for (let i = k + 1; i <= last; i++) if (commaBetween(ix, i - 1, i) || cueAt(ix, i)) return null;
  // `The losses are a warning: …`: a noun after a copula is the article's own judgement.
  for (let i = k - 1; i >= low && i >= k - 4; i--) if (PASSIVE_AUXILIARIES.has(ix.tok(i).norm)) return null;
  // The noun is introduced (`a few theories`, `its key findings`); a bare one is an idiom (`in theory:`).
  let introduced = false;
  for (let i = k - 1; i >= low && i >= k - 3 && !introduced; i--)
    introduced = NOUN_MARKERS.has(ix.tok(i).norm) || INDEFINITE_QUANTIFIERS.has(ix.tok(i).norm) || (ix.tok(i).cap && isPossessive(ix.tok(i)));
  if (!introduced) return null;
  let possessor = -1;
  for (let i = k - 1; i >= low && i >= k - 3 && possessor < 0; i--) {
    if (POSSESSIVE_PRONOUNS.has(ix.tok(i).norm)) possessor = i;
    // `Ann Ito's response: "…"`: the name that owns it.
    else if (ix.tok(i).cap && isPossessive(ix.tok(i))) {
      const owner = phraseEndingAt(ix, i, low);
      return owner ? { cue: null, cueText: ':', speaker: { ...owner, text: withoutPossessive(owner.text) }, rule: 'statement-colon' } : null;
    }
  }
  const subject = clauseSubject(ix, low, possessor >= 0 ? possessor : k);
  if (subject) return { cue: null, cueText: ':', speaker: subject, rule: 'statement-colon' };
  if (possessor < 0) return null;
  return {
    cue: null,
    cueText: ':',
    speaker: { first: possessor, end: possessor + 1, kind: 'pronoun', text: POSSESSIVE_PRONOUNS.get(ix.tok(possessor).norm) ?? 'it' },
    rule: 'statement-colon',
  };
}

/**
 * `Described as "a gentle film" by the studio, it …`, `(labelled "a trial" in …)`: a past
 * participle opening the sentence or an aside, with no object before the quotation, is a passive
 * without its auxiliary (`…, described the strike as "…"` has an object, so it is active).
 */
function reducedPassive(ix: TextIndex, cue: Cue, low: number): boolean {
  if (!looksPastForm(ix.tok(cue.first).norm)) return false;
  return cue.first === low || /[(,\u2014]\s*$/.test(ix.text.slice(ix.tok(cue.first - 1).end, ix.tok(cue.first).start));
}

/** `in the council report`, `in its annual report`: a document or statement named in a few words, closing the phrase. */
function documentAt(ix: TextIndex, k: number, high: number): Mention | null {
  let first = k;
  while (first < high && DETERMINERS.has(ix.tok(first).norm)) first++;
  for (let end = first + 1; end <= high && end <= first + 4; end++) {
    const head = ix.tok(end - 1).norm;
    if (end - 1 > first && commaBetween(ix, end - 2, end - 1)) return null;
    if ((DOCUMENT_NOUNS.has(head) || STATEMENT_NOUNS.has(head)) && (end === high || commaBetween(ix, end - 1, end) || !joinsNoun(ix.tok(end).norm)))
      return { first, end, kind: 'group', text: ix.text.slice(ix.tok(first).start, ix.tok(end - 1).end) };
  }
  return null;
}

/** A word that carries the noun phrase on (`the report's`, `notes of …` stay one phrase; `in May` ends it). */
const joinsNoun = (norm: string): boolean => norm === 'of' || norm === 'from' || DOCUMENT_NOUNS.has(norm) || STATEMENT_NOUNS.has(norm);

/** `X warned, "…"`, `X declared that "…"`, `X: "…"`: a cue earlier in the sentence, from token `low`. */
export function attributionBefore(ix: TextIndex, q: QuotedSpan, low: number, high: number): Found | null {
  const tk = ix.tokens;
  const open = tokenAt(tk, q.open);
  const last = open - 1;
  if (last < low) return null;
  const gap = ix.text.slice(ix.tok(last).end, q.open);
  if (/^\s*:\s*$/.test(gap) && !cueAt(ix, last) && (wordCount(ix, q) >= 4 || /[.?!]$/.test(ix.text.slice(q.start, q.end)))) {
    const who = phraseEndingAt(ix, last, low);
    if (who && (who.first === low || /[,.;]\s*$/.test(ix.text.slice(ix.tok(who.first - 1).end, ix.tok(who.first).start))))
      return { cue: null, cueText: ':', speaker: who, rule: 'name-colon' };
  }
  let weak: Cue | null = null;
  for (let k = last; k >= low && k > last - 25; k--) {
    const cue = cueAt(ix, k);
    if (!cue || cue.end > open || isUndoneAct(ix, cue)) continue;
    // `Anand said the figures showed "…"`: the figures do not speak; the earlier cue's speaker does.
    if (EVIDENCE_VERBS.has(cue.base) && !weak) {
      weak = cue;
      continue;
    }
    if (cue.base === 'according to') {
      const who = phraseStartingAt(ix, cue.end, open);
      return who ? { cue, cueText: cue.text, speaker: who, rule: 'according-to-quote' } : null;
    }
    // `what it calls its "Western partners"` names a thing; `described the strike as "reckless"` and
    // `called the rule "a disaster"` (a lower-case indefinite noun phrase) judge it.
    const quotedFirst = ix.tok(tokenAt(tk, q.start));
    const judged = ix.tok(open - 1).norm === 'as' || ((quotedFirst?.text === 'a' || quotedFirst?.text === 'an') && wordCount(ix, q) >= 2);
    // Without its auxiliary, a passive judges (`Called a "…"`, `described as "…"`) rather than names.
    const full = isPassive(ix, cue);
    const passive = full || (reducedPassive(ix, cue, low) && open - cue.end === 1 && (judged || NOUN_MARKERS.has(ix.tok(open - 1).norm)));
    if (NAMING_VERBS.has(cue.base) && cue.end === cue.first + 1 && !passive && ((wordCount(ix, q) < 3 && !judged) || ix.tok(k - 2).norm === 'what')) return null;
    if (passive) {
      const by = tokenAt(tk, q.close + 1);
      if (q.close < 0 || by >= high) return null;
      const inDocument = ix.tok(by).norm === 'in';
      const agent = ix.tok(by).norm === 'by' ? phraseStartingAt(ix, by + 1, high) : inDocument ? documentAt(ix, by + 1, high) : null;
      const rule = inDocument ? 'passive-in-document' : full ? 'passive-by' : 'reduced-passive';
      return agent ? { cue, cueText: cue.text, speaker: agent, rule } : null;
    }
    // A word or two in quotation marks far from the cue is a term in the sentence, not the speech.
    if (wordCount(ix, q) <= 2 && open - cue.end > 6) return null;
    const who = speakerOfCue(ix, cue, low);
    if (who) return { cue, cueText: cue.text, speaker: who, rule: 'cue-before' };
    // `…, said: "…"`: speech introduced right at its marks is a quotation even when its speaker is not found.
    const introduces = open === cue.end && /[,:]\s*$/.test(ix.text.slice(ix.tok(cue.end - 1).end, q.open)) && wordCount(ix, q) >= 4;
    return introduces && !looksGerund(ix.tok(cue.first).norm) ? { cue, cueText: cue.text, speaker: null, rule: 'cue-without-speaker' } : null;
  }
  if (/^\s*:\s*$/.test(gap) && (wordCount(ix, q) >= 4 || /[.?!]$/.test(ix.text.slice(q.start, q.end)))) {
    const statement = statementBeforeColon(ix, last, low);
    if (statement) return statement;
  }
  const words = wordsAttribution(ix, q, low);
  if (words) return words;
  if (!weak) return null;
  const who = speakerOfCue(ix, weak, low);
  return who ? { cue: weak, cueText: weak.text, speaker: who, rule: 'evidence-cue' } : null;
}
