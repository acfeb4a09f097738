// Where reported content begins after a cue, and whether what follows reads as a clause:
// `said (that) …`, `said Tuesday …`, `said in a statement …`, `told the Gazette they …`, `vowed to …`,
// `called on X to …`, `said he believed …` (the belief is not the report; what is believed is).

import type { TextIndex } from './document';
import { commaBetween as hasComma } from './document';
import type { Cue } from './cue-phrases';
import type { Mention } from './speaker-phrases';
import { phraseStartingAt } from './speaker-phrases';
import {
  AS_JUDGEMENT_VERBS,
  CUE_VERBS,
  DIRECTIVE_VERBS,
  DOCUMENT_REPORT_VERBS,
  CONTENTLESS_VERBS,
  GERUND_VERBS,
  OBJECT_VERBS,
  THAT_CLAUSE_VERBS,
  TO_INFINITIVE_VERBS,
} from '../lexicon/cues';
import {
  AUDIENCE_WORDS,
  AUXILIARIES,
  BELIEF_VERBS,
  CONNECTIVES,
  DETERMINERS,
  FINITE_VERB_FORMS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVES,
  TIME_ADVERBS,
  VERB_FILLERS,
} from '../lexicon/grammar';
import { DOCUMENT_NOUNS, PUBLICATION_WORDS } from '../lexicon/groups';
import { WEEKDAY_NAMES } from '../lexicon/time-words';
import { endsInThing, isAdverb, withoutContractedAuxiliary, looksGerund, looksParticiple, looksPastForm, looksVerbal } from '../lexicon/word-class';

/** The first token of the reported content after a verb cue, or -1 when there is none. */
export function contentStart(ix: TextIndex, cue: Cue, who: Mention, high: number): number {
  const base = cue.base;
  // `described how …` reports; `described the plan` does not.
  // `asked residents to conserve water` reports a request; `asked about the plan` reports nothing.
  const request = base === 'ask' && clauseAfterObject(ix, cue.end, high) === cue.end && ix.tok(cue.end).norm !== 'to';
  const describes = (base === 'describe' && ix.tok(cue.end).norm === 'how') || (AS_JUDGEMENT_VERBS.has(base) && objectAs(ix, cue.end, high));
  if (base === 'call' ? cue.end === cue.first + 1 : CONTENTLESS_VERBS.has(base) && !request && !describes) return -1;
  let c = cue.end;
  // `saying only that …`, `said simply that …`.
  while (c < high && (isAdverb(ix.tok(c).norm) || TIME_ADVERBS.has(ix.tok(c).norm) || (ix.tok(c).norm === 'only' && ix.tok(c + 1).norm === 'that'))) c++;
  // `admitted to taking bribes`, `confessed to lying`: a gerund after `to` is the content.
  if (GERUND_VERBS.has(base) && ix.tok(c).norm === 'to' && isGerund(ix, c + 1)) return c + 1;
  // `said in a statement it had …`, `said on Tuesday that …`: past a short phrase to the clause.
  if (PREPOSITIONS.has(ix.tok(c).norm) && !/^\d/.test(ix.tok(c + 1).norm)) {
    const after = pastPhrase(ix, c, high);
    if (after > c) c = after;
  }
  // `warned, however, that …`: a connective set off by commas.
  if (c + 1 < high && hasComma(ix, c - 1, c) && CONNECTIVES.has(ix.tok(c).norm) && hasComma(ix, c, c + 1)) c++;
  if (c >= high || (hasComma(ix, c - 1, c) && ix.tok(c).norm !== 'that') || /["“«‘:]/.test(ix.text.slice(ix.tok(c - 1).end, ix.tok(c).start))) return -1;
  // `described the plan as a gift to the rich`: the judgement, from its object, is the content.
  if (AS_JUDGEMENT_VERBS.has(base) && objectAs(ix, c, high)) return c;
  if (base === 'talk' || base === 'describe') return ix.tok(c).norm === 'how' ? c + 1 : -1;
  if (GERUND_VERBS.has(base) && isGerund(ix, c)) return c;
  if (base === 'call' || base === 'accuse' || base === 'urge' || base === 'make') {
    if (base === 'make') return ix.tok(c).norm === 'that' ? c + 1 : -1;
    return c;
  }
  if (DIRECTIVE_VERBS.has(base) && directiveObject(ix, c, high)) return c;
  // `ordered a strike`, `ordered that …` report an act, not words: an order is speech only as a directive to someone.
  if (base === 'order') return -1;
  // `say that is unlikely`: `that` is the subject when a verb follows it.
  if (ix.tok(c).norm === 'that') return AUXILIARIES.has(ix.tok(c + 1).norm) || FINITE_VERB_FORMS.has(ix.tok(c + 1).norm) ? c : afterBelief(ix, c + 1, high);
  const thatAhead = findThat(ix, c, high);
  if (TO_INFINITIVE_VERBS.has(base) && ix.tok(c).norm === 'to') {
    const verb = ix.tok(c + 1);
    return verb && !verb.cap && !DETERMINERS.has(verb.norm) && !/^\d/.test(verb.norm) ? c : -1;
  }
  if (thatAhead >= 0 && (OBJECT_VERBS.has(base) || PREPOSITIONS.has(ix.tok(c).norm) || timePhrase(ix, c, thatAhead))) return afterBelief(ix, thatAhead + 1, high);
  // `says over 130 titles are …`: an approximator before a number opens a clause.
  if (PREPOSITIONS.has(ix.tok(c).norm) && !/^\d/.test(ix.tok(c + 1).norm)) return -1;
  if (OBJECT_VERBS.has(base)) {
    const afterObject = clauseAfterObject(ix, c, high);
    // `warned the changes would hurt`: warning and urging need no person told; telling does.
    if (afterObject >= 0 || base === 'tell' || base === 'inform' || base === 'assure' || base === 'remind' || base === 'ask') return afterObject;
  }
  if (THAT_CLAUSE_VERBS.has(base)) {
    const documentary = DOCUMENT_REPORT_VERBS.has(base) && isDocumentary(ix, who, cue);
    if (!documentary) return thatAhead === c ? c + 1 : pronounClause(ix, c) || (BARE_CLAUSE_VERBS.has(base) && nounClause(ix, c, high)) ? c : -1;
  }
  return afterBelief(ix, c, high);
}

/** The token after a short prepositional phrase (`in a statement`, `on Tuesday`) when a clause follows it, else `c`. */
function pastPhrase(ix: TextIndex, c: number, high: number): number {
  for (let i = c + 1; i < high && i <= c + 4; i++) {
    if (hasComma(ix, i - 1, i)) return c;
    const norm = ix.tok(i).norm;
    if (norm === 'that') return i;
    const pronoun = PRONOUNS.get(norm);
    if (i > c + 1 && ((pronoun && pronoun !== 'first' && norm !== 'his' && norm !== 'her' && norm !== 'its' && norm !== 'their') || norm === 'we' || norm === 'i')) return i;
  }
  return c;
}

/** Words of a time phrase between a cue and `that` (`announced this morning that`, `said late last week that`). */
const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([
  'this',
  'last',
  'next',
  'early',
  'late',
  'earlier',
  'later',
  'morning',
  'afternoon',
  'evening',
  'night',
  'tonight',
  'today',
  'yesterday',
  'week',
  'weekend',
  'month',
  'year',
  ...WEEKDAY_NAMES,
]);

/** Tokens [c, end) are a time phrase (`this morning`, `late last week`). */
function timePhrase(ix: TextIndex, c: number, end: number): boolean {
  if (end <= c || end - c > 4) return false;
  for (let i = c; i < end; i++) if (!TIME_PHRASE_WORDS.has(ix.tok(i).norm) && !TIME_ADVERBS.has(ix.tok(i).norm)) return false;
  return true;
}

/** `told the Gazette they feared …`: past the person told, a clause that opens with a subject. */
function clauseAfterObject(ix: TextIndex, c: number, high: number): number {
  const object = AUDIENCE_WORDS.has(ix.tok(c).norm) ? c + 1 : (phraseStartingAt(ix, c, high)?.end ?? -1);
  if (object < 0 || object >= high || hasComma(ix, object - 1, object)) return -1;
  const next = ix.tok(object).norm;
  // `warned people to stay away`: the person and the infinitive are the content, as with `called on`.
  const verb = ix.tok(object + 1);
  if (next === 'to' && !verb.cap && !DETERMINERS.has(verb.norm) && !/^\d/.test(verb.norm)) return c;
  const subject = withoutContractedAuxiliary(next);
  const pronoun = PRONOUNS.get(subject);
  return (pronoun && pronoun !== 'first') || subject === 'i' || subject === 'we' || (DETERMINERS.has(next) && next !== 'his' && next !== 'her')
    ? afterBelief(ix, object, high)
    : -1;
}

/** `the new rules as …`: a short object phrase, then `as`, before any comma, verb or preposition. */
function objectAs(ix: TextIndex, c: number, high: number): boolean {
  for (let i = c + 1; i < high && i <= c + 8; i++) {
    if (ix.tok(i).norm === 'as') return i + 1 < high;
    // `presented the award to her as the crowd cheered`: past a preposition, `as` opens a clause of its own.
    if (hasComma(ix, i - 1, i) || AUXILIARIES.has(ix.tok(i).norm) || PREPOSITIONS.has(ix.tok(i).norm)) return false;
    // A cue word is a verb unless a determiner or a name's word before it makes it a noun (`the European project as`).
    if (CUE_VERBS.has(ix.tok(i).norm) && !DETERMINERS.has(ix.tok(i - 1).norm) && !ix.tok(i - 1).cap) return false;
  }
  return false;
}

/** `advised survivors near the blast to shelter`: an object phrase, then `to` and a verb, before any comma or other cue. */
function directiveObject(ix: TextIndex, c: number, high: number): boolean {
  for (let i = c + 1; i < high && i <= c + 10; i++) {
    if (hasComma(ix, i - 1, i) || CUE_VERBS.has(ix.tok(i).norm) || AUXILIARIES.has(ix.tok(i).norm)) return false;
    const verb = ix.tok(i + 1);
    if (ix.tok(i).norm === 'to') return i + 1 < high && !verb.cap && !DETERMINERS.has(verb.norm) && !/^\d/.test(verb.norm) && !PRONOUNS.has(verb.norm);
  }
  return false;
}

/** `seeing`, `taking`: a lower-case -ing form that is not in -thing (`nothing`; `breathing` is left out with it). */
export const isGerund = (ix: TextIndex, c: number): boolean => {
  const t = ix.tok(c);
  return !t.cap && t.norm.length > 4 && looksGerund(t.norm) && !endsInThing(t.norm);
};

/** Subject pronouns: with a verb after them they open a clause even where `that` is left out. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** `noted it had …`, `is demanding it be passed`: a subject pronoun and a verb open the content without `that`. */
function pronounClause(ix: TextIndex, c: number): boolean {
  const norm = ix.tok(c).norm;
  // `they've been trying`, `she's leaving`: the pronoun carries its auxiliary.
  if (norm !== withoutContractedAuxiliary(norm)) return SUBJECT_PRONOUNS.has(withoutContractedAuxiliary(norm));
  if (!SUBJECT_PRONOUNS.has(norm)) return false;
  const verb = ix.tok(c + 1).norm;
  return looksVerbal(verb) || VERB_FILLERS.has(verb) || verb === 'be';
}

/** Verbs of stating that news prose often uses without `that` (`confirmed two soldiers had died`). */
const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'confirm',
  'add',
  'note',
  'explain',
  'reveal',
  'announce',
  'deny',
  'stress',
  'emphasise',
  'emphasize',
  'testify',
  'disclose',
  'allege',
  'recall',
  'observe',
  'remark',
  'maintain',
  'caution',
  'write',
  'tweet',
  'complain',
  'affirm',
  'report',
]);

/**
 * `confirmed two soldiers had died`, `added the deal was done`: a short noun phrase and then a finite verb
 * is a clause with `that` left out; `confirmed the deal with Iran` is an object.
 */
function nounClause(ix: TextIndex, c: number, high: number): boolean {
  const first = ix.tok(c);
  // `reported Italy will ask`: a name and then an auxiliary.
  if (first.cap) {
    let i = c + 1;
    while (i < high && i <= c + 4 && ix.tok(i).cap && !hasComma(ix, i - 1, i)) i++;
    return i < high && !hasComma(ix, i - 1, i) && AUXILIARIES.has(ix.tok(i).norm);
  }
  if (PRONOUNS.has(first.norm) || PREPOSITIONS.has(first.norm) || CUE_VERBS.has(first.norm) || VERB_FILLERS.has(first.norm) || looksParticiple(first.norm)) return false;
  for (let i = c + 1; i < high && i <= c + 5; i++) {
    const norm = ix.tok(i).norm;
    if (hasComma(ix, i - 1, i) || PREPOSITIONS.has(norm) || RELATIVES.has(norm) || CUE_VERBS.has(norm)) return false;
    if (AUXILIARIES.has(norm) || FINITE_VERB_FORMS.has(norm)) return true;
    if (looksPastForm(norm) && !DETERMINERS.has(ix.tok(i - 1).norm) && !/^\d/.test(ix.tok(i - 1).norm)) return true;
  }
  return false;
}

/** `said he believed the attack …`: the content is what is believed. */
function afterBelief(ix: TextIndex, c: number, high: number): number {
  if (c + 1 < high && PRONOUNS.has(ix.tok(c).norm) && BELIEF_VERBS.has(ix.tok(c + 1).norm)) return ix.tok(c + 2).norm === 'that' ? c + 3 : c + 2;
  return c < high ? c : -1;
}

/** A `that` within a few words and before any comma (`told Zuma by telephone on Wednesday that`). */
export function findThat(ix: TextIndex, c: number, high: number): number {
  for (let i = c; i < high && i < c + 9; i++) {
    if (hasComma(ix, i - 1, i)) return -1;
    if (ix.tok(i).norm !== 'that') continue;
    // `products that contained DNP`: a relative `that` is followed by its verb, not by a subject.
    const next = ix.tok(i + 1).norm;
    return looksVerbal(next) ? -1 : i;
  }
  return -1;
}

/** The source is a document or a publication (`a report`, `court documents`, `The Lancet`, `it`). */
function isDocumentary(ix: TextIndex, who: Mention, cue: Cue): boolean {
  const end = who.end < cue.first && cue.first - who.end <= 2 ? cue.first : who.end;
  for (let i = who.first; i < end; i++) if (DOCUMENT_NOUNS.has(ix.tok(i).norm) || PUBLICATION_WORDS.has(ix.tok(i).norm)) return true;
  return who.kind === 'pronoun' && who.text === 'it';
}

/** Content without `that` must read as a clause: a subject-like opening, or a verb soon after a bare noun
 * (`said inflation will rise`), not an object (`claimed responsibility for the attack`). */
export function opensClause(ix: TextIndex, k: number, high: number): boolean {
  const t = ix.tok(k);
  if (
    t.cap ||
    PRONOUNS.has(withoutContractedAuxiliary(t.norm)) ||
    DETERMINERS.has(t.norm) ||
    /^\d/.test(t.norm) ||
    t.norm === 'there' ||
    t.norm === 'to' ||
    t.norm === 'how' ||
    t.norm === 'whether' ||
    t.norm === 'if' ||
    t.norm === 'when' ||
    t.norm === 'what' ||
    t.norm === 'why'
  )
    return true;
  for (let i = k + 1; i < high && i <= k + 10; i++) {
    const norm = ix.tok(i).norm;
    if (hasComma(ix, i - 1, i)) return false;
    const afterAdverb = isAdverb(ix.tok(i - 1).norm) || VERB_FILLERS.has(ix.tok(i - 1).norm);
    if (looksVerbal(norm) || (afterAdverb && !PREPOSITIONS.has(norm) && !DETERMINERS.has(norm))) return true;
  }
  return false;
}

/** Where a second verb group begins (`would close | was welcomed`), or `end` when there is none. */
export function beforeMainVerb(ix: TextIndex, from: number, end: number, verbless = false): number {
  // An infinitive has no finite verb of its own: the first one after it is the main clause's.
  let sawVerb = verbless;
  for (let k = from; k < ix.tokens.length && ix.tok(k).start < end; k++) {
    const norm = ix.tok(k).norm;
    // A subjunctive `be` is the clause's verb too (`that Mr. X be held accountable | had not changed`).
    if (!AUXILIARIES.has(norm) && norm !== 'be') continue;
    const before = ix.tok(k - 1).norm;
    if (sawVerb && !AUXILIARIES.has(before) && !PRONOUNS.has(before) && !RELATIVES.has(before) && before !== 'there' && before !== 'not') return ix.tok(k - 1).end;
    sawVerb = true;
  }
  return end;
}
