// Speaker phrases: the noun phrase a cue attaches to (a name, a group, a role, a pronoun), found
// from the tokens around the cue. Which name a phrase stands for is speakers.ts' job.

import { commaBetween, type TextIndex } from './document';
import { classifyName, joinable, possessiveInName, nameText, runEndingAt, runStartingAt, type NameKind } from './names';
import { CUE_VERBS } from '../lexicon/cues';
import { CLAUSE_OPENERS, CONNECTIVES, DETERMINERS, FINITE_VERB_FORMS, PREPOSITIONS, PRONOUNS, QUANTITY_NOUNS, RELATIVES, SUBJECT_LEADS, VERB_FILLERS } from '../lexicon/grammar';
import { DOCUMENT_NOUNS, GROUP_NOUNS, SPEAKER_DETERMINERS } from '../lexicon/groups';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles';
import {
  hasAdverbEnding,
  isAdverb,
  isPossessive,
  looksAgentNoun,
  looksAgentPlural,
  looksGerund,
  looksParticiple,
  looksParticipleOrEn,
  looksPastForm,
  looksPlural,
} from '../lexicon/word-class';

export interface Mention {
  /** Tokens [first, end) of the mention. */
  first: number;
  end: number;
  kind: 'name' | 'group' | 'pronoun';
  /** Display text: the name without titles, the group without quantifiers. */
  text: string;
  nameKind?: NameKind;
  /** A singular role noun (`the president`, `an Israeli prime minister`): may stand for a titled person. */
  role?: string;
}

/** The pronoun a token is, contractions included (`we're` → first person). */
function pronounOf(norm: string): string | undefined {
  const apostrophe = norm.search(/['\u2019]/);
  return PRONOUNS.get(apostrophe > 0 ? norm.slice(0, apostrophe) : norm);
}

const isHead = (norm: string): boolean => GROUP_NOUNS.has(norm) || ROLE_NOUNS.has(norm) || DOCUMENT_NOUNS.has(norm) || (norm.length > 5 && looksAgentPlural(norm));

function nameMention(ix: TextIndex, first: number, nameFirst: number, end: number): Mention {
  return { first, end, kind: 'name', text: nameText(ix, nameFirst, end), nameKind: classifyName(ix, nameFirst, end) };
}

/** `an unidentified poster`: a singular agent noun counts as a speaker after an article and at most two modifiers. */
function isArticleAgent(ix: TextIndex, k: number, low: number): boolean {
  const norm = ix.tok(k).norm;
  if (norm.length < 4 || !looksAgentNoun(norm)) return false;
  // A verb follows a subject (`a poster wrote`); a noun or a name follows an adjective (`a recent Post report`).
  const next = ix.tok(k + 1);
  if (!next || next.cap || !(CUE_VERBS.has(next.norm) || VERB_FILLERS.has(next.norm) || FINITE_VERB_FORMS.has(next.norm) || looksPastForm(next.norm))) return false;
  for (let j = k - 1; j >= low && j >= k - 3; j--) {
    const p = ix.tok(j).norm;
    // After a verb (`there was a momentary flicker`) the phrase is a complement, not a subject.
    if (p === 'a' || p === 'an' || p === 'one' || p === 'another') return j === low || !VERB_FILLERS.has(ix.tok(j - 1).norm);
    if (ix.tok(j).cap || PREPOSITIONS.has(p) || DETERMINERS.has(p) || CUE_VERBS.has(p) || /^\d/.test(p) || !joinable(ix, j)) return false;
  }
  return false;
}

/** A group or role phrase whose head noun is token k (`US officials`, `a senior political source`). */
function groupEndingAt(ix: TextIndex, k: number, low: number): Mention | null {
  if (k < low || (ix.tok(k).cap && !GROUP_NOUNS.has(ix.tok(k).norm)) || !(isHead(ix.tok(k).norm) || isArticleAgent(ix, k, low))) return null;
  let j = k;
  while (j - 1 >= low && j > k - 3 && joinable(ix, j - 1)) {
    const p = ix.tok(j - 1);
    if (SPEAKER_DETERMINERS.has(p.norm) || DETERMINERS.has(p.norm) || PREPOSITIONS.has(p.norm) || VERB_FILLERS.has(p.norm)) break;
    if (PRONOUNS.has(p.norm) || (!p.cap && CUE_VERBS.has(p.norm)) || RELATIVES.has(p.norm) || isAdverb(p.norm) || /^\d/.test(p.norm)) break;
    if (p.norm === 'and' || p.norm === 'or' || p.norm === 'but' || CLAUSE_OPENERS.has(p.norm)) break;
    if (isPossessive(p) && !possessiveInName(p, ix.tok(j))) break;
    j--;
  }
  const before = j - 1 >= low ? ix.tok(j - 1).norm : '';
  // `no group claimed`, `our ancestors tell us`: nobody, or the speaker's own people, not a source.
  // A newsroom's own `our sources` are still sources.
  const sources = ix.tok(k).norm === 'sources' || ix.tok(k).norm === 'source';
  if (before === 'no' || before === 'none' || ((before === 'our' || before === 'my') && !sources)) return null;
  // A study in a named publication speaks as the publication (`a Washington Post report` → Washington Post).
  if (DOCUMENT_NOUNS.has(ix.tok(k).norm) && j < k) {
    const run = runEndingAt(ix, k - 1, j);
    if (run && (run.end - run.nameFirst >= 2 || classifyName(ix, run.nameFirst, run.end) === 'organisation')) return nameMention(ix, j, run.nameFirst, run.end);
  }
  const text = nameText(ix, j, k + 1).replace(/^(?:the|a|an)\s+/i, '');
  const role = ROLE_NOUNS.has(ix.tok(k).norm) && !looksPlural(ix.tok(k).norm) && before !== 'one' ? ix.tok(k).norm : undefined;
  return { first: j, end: k + 1, kind: 'group', text, role };
}

/** The role of `the 54-year-old`: a person the article has just named, described by age. */
export const AGE_ROLE = 'age';
const AGE_DESCRIPTION = /^\d{1,3}-year-old$/;

/** The speaker phrase ending at token k: a name, a group phrase, or a pronoun. */
export function phraseEndingAt(ix: TextIndex, k: number, low: number): Mention | null {
  if (k < low) return null;
  const t = ix.tok(k);
  const pron = pronounOf(t.norm);
  if (pron) return pron === 'first' ? null : { first: k, end: k + 1, kind: 'pronoun', text: t.norm };
  if (AGE_DESCRIPTION.test(t.norm) && k - 1 >= low && ix.tok(k - 1).norm === 'the') return { first: k - 1, end: k + 1, kind: 'group', text: t.text, role: AGE_ROLE };
  const group = groupEndingAt(ix, k, low);
  if (group) return group;
  const run = runEndingAt(ix, k, low);
  if (!run) return null;
  // `White House press secretary Josh Earnest`: the name is the run; a lone title is a role.
  if (run.end - run.nameFirst === 1 && TITLE_WORDS.has(ix.tok(run.nameFirst).norm) && run.nameFirst === run.first) return null;
  return nameMention(ix, run.first, run.nameFirst, run.end);
}

/** The speaker phrase starting at token k (`said Omar Haddad`, `according to the Congressional Budget Office`). */
export function phraseStartingAt(ix: TextIndex, k: number, high: number): Mention | null {
  let i = k;
  while (i < high && (SPEAKER_DETERMINERS.has(ix.tok(i).norm) || DETERMINERS.has(ix.tok(i).norm)) && !ix.tok(i).cap) i++;
  while (i < high && ix.tok(i).cap && SPEAKER_DETERMINERS.has(ix.tok(i).norm)) i++;
  if (i >= high) return null;
  const pron = PRONOUNS.get(ix.tok(i).norm);
  if (pron) return pron === 'first' || i > k ? null : { first: i, end: i + 1, kind: 'pronoun', text: ix.tok(i).norm };
  if (AGE_DESCRIPTION.test(ix.tok(i).norm) && ix.tok(i - 1).norm === 'the') return { first: i - 1, end: i + 1, kind: 'group', text: ix.tok(i).text, role: AGE_ROLE };
  // Up to three modifiers, then a group head or a name (`whale rescue group Project Jonah`).
  let j = i;
  for (; j < high && j < i + 4; j++) {
    const t = ix.tok(j);
    if (t.cap) {
      const run = runStartingAt(ix, j, high);
      if (!run) return null;
      let end = run.end;
      while (end < high && end < run.end + 2 && !ix.tok(end).cap && isHead(ix.tok(end).norm) && joinable(ix, end - 1)) end++;
      if (end > run.end) return { first: run.first, end, kind: 'group', text: nameText(ix, run.first, end) };
      return nameMention(ix, run.first, run.nameFirst, run.end);
    }
    if (isHead(t.norm) && !(j + 1 < high && ix.tok(j + 1).cap && joinable(ix, j))) {
      let end = j + 1;
      while (end < high && end < j + 3 && (isHead(ix.tok(end).norm) || TITLE_WORDS.has(ix.tok(end).norm)) && !ix.tok(end).cap && joinable(ix, end - 1)) end++;
      // `said chief inspector Jennifer Mattinson`: role words before a name lead to the name.
      // `says study co-author Ann Ito`: a role word the lexicon lacks may stand between head and name.
      let at = end;
      while (
        at < high &&
        at < end + 2 &&
        !ix.tok(at).cap &&
        joinable(ix, at) &&
        !PREPOSITIONS.has(ix.tok(at).norm) &&
        !CUE_VERBS.has(ix.tok(at).norm) &&
        !VERB_FILLERS.has(ix.tok(at).norm) &&
        !looksParticiple(ix.tok(at).norm) &&
        !hasAdverbEnding(ix.tok(at).norm)
      )
        at++;
      if (at > end && !(at < high && ix.tok(at).cap)) at = end;
      const name = at < high && ix.tok(at).cap && joinable(ix, at - 1) ? runStartingAt(ix, at, high) : null;
      if (name && classifyName(ix, name.nameFirst, name.end) === 'person') return nameMention(ix, name.first, name.nameFirst, name.end);
      return groupEndingAt(ix, end - 1, i);
    }
    // A verb form ends the search: `said the strike killed three militants` has no speaker after the cue.
    if (PREPOSITIONS.has(t.norm) || CUE_VERBS.has(t.norm) || VERB_FILLERS.has(t.norm) || looksParticiple(t.norm) || !joinable(ix, j)) return null;
  }
  return null;
}

/**
 * `lawyer`, `director`, `spokesman for`: token i names a role, as a role noun, a title word, or a
 * lower-case agent noun before a preposition (a capitalised one, `Baker of …`, may be a surname).
 * A role set off by commas describes the name beside it.
 */
export function namesRole(ix: TextIndex, i: number): boolean {
  const t = ix.tok(i);
  return ROLE_NOUNS.has(t.norm) || TITLE_WORDS.has(t.norm) || (!t.cap && t.norm.length > 4 && looksAgentNoun(t.norm) && PREPOSITIONS.has(ix.tok(i + 1).norm));
}

/** Skip auxiliaries, `not`, `long` and adverbs leftwards from token k: `has also said`, `does not deny`, `has long said`. */
function skipFillers(ix: TextIndex, k: number, low: number): number {
  while (k >= low && !ix.tok(k).cap && (VERB_FILLERS.has(ix.tok(k).norm) || ix.tok(k).norm === 'not' || ix.tok(k).norm === 'long' || isAdverb(ix.tok(k).norm))) k--;
  return k;
}

/** A US party and home tag set off after a politician's name (`R-Sunnyside`, `D-Calif.`, `I-Vt.`). */
const PARTY_TAG = /^[RDI]-[A-Z]/;

/**
 * The subject of the verb at token `cue`, looking left no further than token `low`: the phrase
 * right before it, past a relative (`X, who said`) or an appositive (`X, a fellow at Y, said`),
 * or the clause's subject when the phrase before is an object of a preposition.
 */
export function subjectBefore(ix: TextIndex, cue: number, low: number): Mention | null {
  // Fillers never cross a comma: `…, because he was not authorized to speak publicly, said`.
  const k = cue - 1 >= low && commaBetween(ix, cue - 1, cue) ? cue - 1 : skipFillers(ix, cue - 1, low);
  if (k < low) return null;
  if (k + 1 <= cue && commaBetween(ix, k, k + 1)) {
    // `X, a member of Y, said` / `X, who heads Y, said` / `the leader of Y, Omar Haddad, condemned`.
    let a = k;
    while (a > low && a > k - 40 && !commaBetween(ix, a - 1, a)) a--;
    if (a > low && commaBetween(ix, a - 1, a)) {
      const inner = phraseEndingAt(ix, k, a);
      // `Rep. Dan Newhouse, R-Sunnyside, said`: a party and home tag describes the name before it.
      if (inner && inner.first === a && inner.kind === 'name' && inner.nameKind !== 'place' && !PARTY_TAG.test(inner.text)) return inner;
      // The aside may be a relative clause, an appositive, an age, a participle (`, released Tuesday,`),
      // a partitive (`, one of the leading voices on Peru,`) or a prepositional phrase (`, in a statement,`).
      const asideStart = ix.tok(a);
      const participle = !asideStart.cap && looksParticipleOrEn(asideStart.norm);
      const aside =
        RELATIVES.has(asideStart.norm) ||
        asideStart.norm === 'whose' ||
        DETERMINERS.has(asideStart.norm) ||
        QUANTITY_NOUNS.has(asideStart.norm) ||
        asideStart.norm === 'one' ||
        asideStart.norm === 'both' ||
        (PREPOSITIONS.has(asideStart.norm) && !asideStart.cap) ||
        isAdverb(asideStart.norm) ||
        CONNECTIVES.has(asideStart.norm);
      // `, special agent for the state,`: a role noun after a modifier or two is an appositive too.
      const role = [a, a + 1, a + 2].some((i) => i < k && namesRole(ix, i));
      if (aside || role || /^\d/.test(asideStart.norm) || participle || inner?.first === a) {
        let before = skipFillers(ix, a - 1, low);
        // `Samir Haddou, 44, who …, said`: past an age set off by commas too.
        if (/^\d+$/.test(ix.tok(before).norm) && before - 1 >= low && commaBetween(ix, before - 1, before)) before--;
        return phraseEndingAt(ix, before, low);
      }
    }
    return null;
  }
  const t = ix.tok(k);
  // `he proceeded to talk about how …`: the subject of the verb the infinitive completes.
  if (t.norm === 'to' && k - 1 >= low && !ix.tok(k - 1).cap && looksPastForm(ix.tok(k - 1).norm) && !commaBetween(ix, k - 1, k)) return subjectBefore(ix, k - 1, low);
  if (RELATIVES.has(t.norm) && t.norm !== 'that') {
    const antecedent = phraseEndingAt(ix, k - 1, low);
    // `Dr. Mei Lin of the University of Valdora, who estimates`: the person, not the institution.
    let p = antecedent ? antecedent.first - 1 : -1;
    if (ix.tok(p).norm === 'the') p--;
    if (antecedent && p >= low && (ix.tok(p).norm === 'of' || ix.tok(p).norm === 'at' || ix.tok(p).norm === 'from')) {
      const holder = phraseEndingAt(ix, p - 1, low);
      if (holder && holder.kind === 'name' && holder.nameKind === 'person') return holder;
    }
    return antecedent;
  }
  if (t.norm === 'and' || t.norm === 'but' || t.norm === 'or') return earlierSubject(ix, low, k) ?? clauseSubject(ix, low, k);
  const phrase = phraseEndingAt(ix, k, low);
  if (!phrase) return k === cue - 1 && !PRONOUNS.has(t.norm) ? (clauseSubjectIfPrepositional(ix, low, k) ?? subjectBeforeParticiple(ix, low, k)) : null;
  let before = phrase.first - 1;
  if (DETERMINERS.has(ix.tok(before).norm) && before - 1 >= low) before--;
  const quantified = ix.tok(before).norm === 'of' && before - 1 >= low && QUANTITY_NOUNS.has(ix.tok(before - 1).norm);
  // `after the Times reported`: a word that is a preposition and a subordinator (after, before, since,
  // until) opens a clause when a finite cue follows its noun phrase, so the phrase is that clause's subject.
  const subordinator = SUBJECT_LEADS.has(ix.tok(before).norm);
  if (before >= low && PREPOSITIONS.has(ix.tok(before).norm) && !subordinator && !quantified && !commaBetween(ix, before, phrase.first)) {
    const subject = clauseSubject(ix, clauseStart(ix, low, before), before);
    // `Data from the statistics bureau shows`: a document's author is the source it speaks for.
    const authored =
      (ix.tok(before).norm === 'from' || ix.tok(before).norm === 'by') && subject?.kind === 'group' && subject.end === before && DOCUMENT_NOUNS.has(ix.tok(subject.end - 1).norm);
    return authored ? phrase : subject;
  }
  return phrase;
}

/**
 * `An official speaking on condition of anonymity said`, `A reporter touring the site that year wrote`:
 * a speaker phrase before a reduced relative clause opened by an -ing participle.
 */
function subjectBeforeParticiple(ix: TextIndex, low: number, k: number): Mention | null {
  for (let i = k; i > low && i > k - 8; i--) {
    const t = ix.tok(i);
    if (commaBetween(ix, i - 1, i) || t.cap) return null;
    if (!looksGerund(t.norm) || t.norm.length < 6) continue;
    const phrase = phraseEndingAt(ix, i - 1, low);
    return phrase && phrase.kind !== 'pronoun' ? phrase : null;
  }
  return null;
}

/** The clause holding token k starts after the last comma before it (`The deal, a source close to … said`). */
function clauseStart(ix: TextIndex, low: number, k: number): number {
  for (let i = k; i > low && i > k - 12; i--) if (commaBetween(ix, i - 1, i)) return i;
  return low;
}

/** `X said … but insisted`: the subject of an earlier cue of the same clause. */
function earlierSubject(ix: TextIndex, low: number, k: number): Mention | null {
  for (let i = k - 1; i >= low && i > k - 40; i--) {
    if (!CUE_VERBS.has(ix.tok(i).norm) || ix.tok(i).cap) continue;
    const subject = subjectBefore(ix, i, low);
    if (subject) return subject;
  }
  return null;
}

/** `A report on the front found`: the head before the verb is a prepositional object; use the clause subject. */
function clauseSubjectIfPrepositional(ix: TextIndex, low: number, k: number): Mention | null {
  for (let i = k; i > low && i > k - 6; i--) if (PREPOSITIONS.has(ix.tok(i).norm)) return clauseSubject(ix, low, i);
  return null;
}

/** The first speaker phrase of the clause [low, high): past an opening adverbial (`In Washington, …`). */
export function clauseSubject(ix: TextIndex, low: number, high: number): Mention | null {
  let i = low;
  // `Asked about the plan, X said …`: an opening participle clause, like a subordinate one, comes before the subject.
  const participle = i < high && looksParticiple(ix.tok(i).norm) && !CUE_VERBS.has(ix.tok(i + 1).norm);
  if (i < high && (CLAUSE_OPENERS.has(ix.tok(i).norm) || participle)) {
    let c = i;
    while (c + 1 < high && c < i + 30 && !commaBetween(ix, c, c + 1)) c++;
    if (c + 1 < high) i = c + 1;
  }
  i = pastOpeningPhrase(ix, i, high);
  for (let n = 0; i < high && n < 6; i++, n++) {
    const t = ix.tok(i);
    if (PREPOSITIONS.has(t.norm) && !t.cap) return null;
    const phrase = t.cap || PRONOUNS.has(t.norm) ? phraseFromStart(ix, i, high) : null;
    if (phrase) return phrase.kind === 'group' ? (appositiveName(ix, phrase, high) ?? phrase) : phrase;
    if (isHead(t.norm) || isArticleAgent(ix, i, low)) {
      let end = i;
      while (end + 1 < high && isHead(ix.tok(end + 1).norm) && joinable(ix, end)) end++;
      const group = groupEndingAt(ix, end, low);
      return group && (appositiveName(ix, group, high) ?? group);
    }
  }
  return null;
}

/** `On one Facebook page an unidentified poster …`, `In Paris, officials …`: past an opening prepositional phrase to the subject. */
function pastOpeningPhrase(ix: TextIndex, i: number, high: number): number {
  if (i >= high || !PREPOSITIONS.has(ix.tok(i).norm)) return i;
  for (let j = i + 1; j < high && j < i + 8; j++) {
    if (commaBetween(ix, j - 1, j)) return j;
    const norm = ix.tok(j).norm;
    if (j > i + 2 && (norm === 'a' || norm === 'an' || norm === 'the')) return j;
  }
  return i;
}

/** `The leader of the Unity Party, Omar Haddad, condemned …`: the name set off after a role. */
export function appositiveName(ix: TextIndex, role: Mention, high: number): Mention | null {
  let c = role.end;
  while (c < high && c < role.end + 8 && !commaBetween(ix, c - 1, c)) c++;
  if (c >= high || !commaBetween(ix, c - 1, c)) return null;
  const run = runStartingAt(ix, c, high);
  // The name is set off on both sides, or closes the sentence (`said the foreign minister, Ivan Petrov.`).
  if (!run || (run.end < high && !commaBetween(ix, run.end - 1, run.end)) || classifyName(ix, run.nameFirst, run.end) !== 'person') return null;
  return nameMention(ix, run.first, run.nameFirst, run.end);
}

function phraseFromStart(ix: TextIndex, i: number, high: number): Mention | null {
  const pron = PRONOUNS.get(ix.tok(i).norm);
  if (pron) return pron === 'first' ? null : { first: i, end: i + 1, kind: 'pronoun', text: ix.tok(i).norm };
  const run = runStartingAt(ix, i, high);
  if (!run) return null;
  let end = run.end;
  // `US officials`, `Green politicians`, `Biden administration`: a capitalised modifier of a group head.
  while (
    end < high &&
    end < run.end + 3 &&
    !ix.tok(end).cap &&
    joinable(ix, end - 1) &&
    !PREPOSITIONS.has(ix.tok(end).norm) &&
    !CUE_VERBS.has(ix.tok(end).norm) &&
    !VERB_FILLERS.has(ix.tok(end).norm)
  ) {
    if (isHead(ix.tok(end).norm)) {
      const name = end + 1 < high && ix.tok(end + 1).cap && joinable(ix, end) ? runStartingAt(ix, end + 1, high) : null;
      if (name && classifyName(ix, name.nameFirst, name.end) === 'person') return nameMention(ix, name.first, name.nameFirst, name.end);
      return { first: run.first, end: end + 1, kind: 'group', text: nameText(ix, run.first, end + 1) };
    }
    end++;
  }
  // `Meteorologists at the weather service forecast`: a capitalised group noun opening the sentence.
  if (run.end - run.first === 1 && GROUP_NOUNS.has(ix.tok(run.first).norm)) return groupEndingAt(ix, run.first, run.first);
  // `White House press secretary Josh Earnest`, `Snopes fact checker and staff writer David Emery`:
  // a description in plain nouns between the runs leads to the person's name.
  for (let j = run.end; j < high && j < run.end + 6; j++) {
    if (!joinable(ix, j - 1)) break;
    const t = ix.tok(j);
    if (t.cap) {
      const next = runStartingAt(ix, j, high);
      if (next && classifyName(ix, next.nameFirst, next.end) === 'person') return nameMention(ix, next.first, next.nameFirst, next.end);
      break;
    }
    if (
      PREPOSITIONS.has(t.norm) ||
      DETERMINERS.has(t.norm) ||
      VERB_FILLERS.has(t.norm) ||
      CUE_VERBS.has(t.norm) ||
      RELATIVES.has(t.norm) ||
      looksParticiple(t.norm) ||
      isAdverb(t.norm)
    )
      break;
  }
  return nameMention(ix, run.first, run.nameFirst, run.end);
}
