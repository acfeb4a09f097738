// Where a cue stands: a reporting verb with its particle (`called on`, `summed up`, `made clear`),
// `according to`, and the uses of those verbs that attribute nothing: a sourceless passive
// (`was described as`, `it is said`), an infinitive (`as if to say`, `refused to say`), a cue
// under a modal (`we could simply state`).

import { tokenOpensSentence, type TextIndex } from './document';
import { NOUN_MARKERS, PREPOSITIONS } from '../lexicon/grammar';
import { CUE_VERBS, NOUN_LIKE_FORMS, PARTICLE_CUES, PARTICLE_VERB_FORMS, PASSIVE_AUXILIARIES } from '../lexicon/cues';
import {
  hasNegativeContraction,
  isAdverb,
  isPossessive,
  looksGerund,
  looksInflectedVerb,
  looksPastForm,
  looksPlural,
  looksThirdPersonSingular,
  looksVerbal,
} from '../lexicon/word-class';

/** An article opens a noun phrase: no verb follows it directly. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Prepositions whose gerund names an act not done, aimed at or talked about. */
const UNDONE_ACT_PREPOSITIONS: ReadonlySet<string> = new Set(['without', 'towards', 'toward', 'on', 'about', 'from', 'against', 'into', 'at']);

/** Modals of possibility and duty: the act they govern is not reported as done (`will`, `would` may tell a habit). */
const UNREALISED_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'should', 'might', 'may', 'must']);

/** Degree words that may stand before `clear` (`made it quite clear`, `made it crystal clear`). */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['quite', 'very', 'so', 'crystal', 'abundantly', 'perfectly']);

export interface Cue {
  /** Tokens [first, end) of the cue phrase. */
  first: number;
  end: number;
  /** Base form of the verb (`say`), or `according to`. */
  base: string;
  /** The cue as written (`said`, `called on`, `according to`). */
  text: string;
  /** The form is as often a noun: it reports only before `that` or after a pronoun. */
  nounish: boolean;
}

/** The cue phrase starting at token k, or null. Passives and infinitives are returned too; see below. */
export function cueAt(ix: TextIndex, k: number): Cue | null {
  const t = ix.tok(k);
  const according = t.norm === 'according';
  const particleBase = according ? undefined : PARTICLE_VERB_FORMS.get(t.norm);
  const base = according ? 'according to' : (CUE_VERBS.get(t.norm) ?? particleBase);
  if (!base) return null;
  const next = ix.tok(k + 1);
  const text = (end: number): string => ix.text.slice(t.start, ix.tok(end - 1).end).replace(/\s+/g, ' ');
  if (according) return next.norm === 'to' ? { first: k, end: k + 2, base, text: text(k + 2), nounish: false } : null;
  // A capital is a name (`Washington Post`, `United States`) unless the sentence starts there.
  if (t.cap && !tokenOpensSentence(ix, k)) return null;
  const before = k > 0 ? ix.tok(k - 1) : undefined;
  const prev = before && /^\s+$/.test(ix.text.slice(before.end, t.start)) ? before : undefined;
  if (prev && NOUN_MARKERS.has(prev.norm) && !looksInflectedVerb(t.norm)) return null;
  // `an estimated 4,000`, `the reported figures`: after an article a verb form is an adjective or a noun.
  if (prev && ARTICLES.has(prev.norm)) return null;
  // `It's worth noting …`: the writer's own aside, not a source's report.
  if (prev && prev.norm === 'worth') return null;
  // `the agency's projected growth`: after a possessive an -ed form is an adjective.
  if (prev && isPossessive(prev) && looksPastForm(t.norm)) return null;
  // `heads of state gathered`: after a preposition only a gerund is a verb (`by saying`).
  if (prev && PREPOSITIONS.has(prev.norm) && prev.norm !== 'to' && !looksGerund(t.norm)) return null;
  // `left without saying`, `aimed at proving`, `keen on announcing`: a gerund after a preposition of aim, topic or
  // absence names an act not done; those of means and time (`by saying`, `after claiming`) report it.
  if (prev && UNDONE_ACT_PREPOSITIONS.has(prev.norm)) return null;
  const particles = PARTICLE_CUES.get(base);
  if (particles) {
    if (particles.has(next.norm) && next.start - t.end < 3) return { first: k, end: k + 2, base, text: text(k + 2), nounish: false };
    // `made it (quite) clear that`: the object `it` and an adverb may stand before the particle.
    if (base === 'make' && next.norm === 'it') {
      const p = isAdverb(ix.tok(k + 2).norm) || DEGREE_WORDS.has(ix.tok(k + 2).norm) ? k + 3 : k + 2;
      if (particles.has(ix.tok(p).norm) && ix.tok(p + 1).norm === 'that') return { first: k, end: p + 1, base, text: text(p + 1), nounish: false };
    }
    if (particleBase) return null;
  }
  const nounish = NOUN_LIKE_FORMS.has(t.norm);
  // `the Acme project began`, `the Tarrow project;`: a bare noun-like form after a name that a determiner opens, before a verb or
  // a stop, heads that noun phrase (`the Harbour Board forecast a rise of 2%` reports).
  if (nounish && !looksThirdPersonSingular(t.norm) && endsNounPhrase(ix, k) && namedModifierBefore(ix, k)) return null;
  // `the explanatory notes of the Bill`: a noun with its complement.
  if (nounish && next.norm === 'of' && !looksGerund(t.norm)) return null;
  return { first: k, end: k + 1, base, text: t.text, nounish };
}

/** Token k is followed by a verb or a stop, as the head of a subject or an object is. */
function endsNounPhrase(ix: TextIndex, k: number): boolean {
  const next = ix.tok(k + 1);
  return !next || !/^\s+$/.test(ix.text.slice(ix.tok(k).end, next.start)) || looksVerbal(next.norm);
}

/** At most this many capitalised words modify a noun (`the New Deal project`). */
const MAX_NAME_MODIFIERS = 3;

/** Token k follows one to three capitalised words, none a plural (`the Smiths claim`), that a determiner opens. */
function namedModifierBefore(ix: TextIndex, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j >= k - MAX_NAME_MODIFIERS && ix.tok(j).cap && !NOUN_MARKERS.has(ix.tok(j).norm)) {
    if (looksPlural(ix.tok(j).norm) || !/^\s+$/.test(ix.text.slice(ix.tok(j).end, ix.tok(j + 1).start))) return false;
    j--;
  }
  return j < k - 1 && j >= 0 && NOUN_MARKERS.has(ix.tok(j).norm) && /^\s+$/.test(ix.text.slice(ix.tok(j).end, ix.tok(j + 1).start));
}

/** `was described`, `is said`, `been reported`: a passive, whose source needs a `by` phrase. */
export function isPassive(ix: TextIndex, cue: Cue): boolean {
  for (let i = cue.first - 1; i >= 0 && i >= cue.first - 3; i--) {
    if (PASSIVE_AUXILIARIES.has(ix.tok(i).norm)) return !looksGerund(ix.tok(cue.first).norm);
    if (!isAdverb(ix.tok(i).norm) && ix.tok(i).norm !== 'also' && ix.tok(i).norm !== 'not') return false;
  }
  return false;
}

/**
 * The cue names a speech act not done, so it reports nothing: an infinitive (`as if to say`, `refused to say`),
 * unless the words before it say the act was done (`went on to say`), or a cue under a modal of possibility or
 * duty (`we could simply state`) or a modal perfect (`may have hinted`).
 */
export function isUndoneAct(ix: TextIndex, cue: Cue): boolean {
  const prev = ix.tok(cue.first - 1);
  if (prev !== undefined && prev.norm === 'to') return ix.tok(cue.first).norm === CUE_VERBS.get(ix.tok(cue.first).norm) && actDoneVerb(ix, cue) < 0;
  return isUnrealised(ix, cue);
}

/** `can (simply) state`, `should implore`, `may have hinted`, `would have said`: an act possible, due or imagined, not done. */
function isUnrealised(ix: TextIndex, cue: Cue): boolean {
  let i = cue.first - 1;
  while (i >= 0 && i >= cue.first - 3 && (isAdverb(ix.tok(i).norm) || ix.tok(i).norm === 'also' || ix.tok(i).norm === 'just')) i--;
  const before = ix.tok(i);
  if (!before) return false;
  if (isModal(ix, i)) return true;
  return before.norm === 'have' && looksInflectedVerb(ix.tok(cue.first).norm) && i > 0 && (isModal(ix, i - 1) || ix.tok(i - 1).norm === 'would');
}

/** A modal of possibility or duty, not a name's word (`Sam Might agreed`); all capitals are a standard's keyword (`MAY`). */
function isModal(ix: TextIndex, k: number): boolean {
  const t = ix.tok(k);
  if (!UNREALISED_MODALS.has(t.norm)) return false;
  const written = ix.text.slice(t.start, t.end);
  return !t.cap || written === written.toUpperCase() || tokenOpensSentence(ix, k);
}

/**
 * `went so far as to accuse`, `jumped in to tell`, `went on to say`: a degree phrase, or a past verb with
 * the particle of joining in or going on, says the speech act after `to` took place. The token of that
 * verb, whose subject is the speaker, or -1.
 */
export function actDoneVerb(ix: TextIndex, cue: Cue): number {
  const to = cue.first - 1;
  if (to < 4 || ix.tok(to).norm !== 'to') return -1;
  const [a, b, c] = [ix.tok(to - 3).norm, ix.tok(to - 2).norm, ix.tok(to - 1).norm];
  if (c === 'as' && b === 'far' && (a === 'so' || a === 'as')) return to - 4;
  return (c === 'in' || c === 'on') && (looksPastForm(b) || b === 'went' || b === 'came') ? to - 2 : -1;
}

/** `does not deny that`, `never said`: a negated cue asserts no content. */
export function isNegated(ix: TextIndex, cue: Cue): boolean {
  for (let i = cue.first - 1; i >= 0 && i >= cue.first - 3; i--) {
    const norm = ix.tok(i).norm;
    if (norm === 'not' || norm === 'never' || hasNegativeContraction(norm)) return true;
    if (!isAdverb(norm) && norm !== 'also') return false;
  }
  return false;
}
