// Reported speech without quotation marks, one sentence at a time:
//   `X said (that) …`, `X told Y that …`, `X vowed to …`, `X called on Y to …`, `X accused Y of …`
//   `…, X said.`  `…, said X.`  `…, according to X.`  `According to X, …`
//   `The difference, Ms. Ortiz said, was …` (the whole clause, attribution included: decision 5)
//   `his vow that …`, `the premier's declaration that …`, `its call for …` (speech nouns)
// A report or study may `find` or `project` with no `that`; a person needs one. Belief verbs,
// sourceless passives, infinitives (`as if to say`) and cues under a modal (`could simply state`) report
// nothing (decision 6).

import { commaBetween as hasComma, DASH, type TextIndex } from './document';
import { beforeMainVerb, contentStart, findThat, isGerund, opensClause } from './reported-content';
import { clauseEnd, MAX_CLAUSE_TOKENS } from './clauses';
import { cueAt, isUndoneAct, isNegated, isPassive, type Cue } from './cue-phrases';
import { pastDeterminers, speakerOfCue, statementBeforeColon } from './attribution';
import { runEndingAt } from './names';
import { appositiveName, namesRole, phraseStartingAt, subjectBefore, type Mention } from './speaker-phrases';
import { tokenAt, type Token } from '../text/tokens';
import type { QuoteRule } from './rules';
import { ROLE_NOUNS } from '../lexicon/titles';
import {
  AS_JUDGEMENT_VERBS,
  COMPLEMENT_ONLY_VERBS,
  CUE_VERBS,
  ESTIMATE_VERBS,
  TO_INFINITIVE_VERBS,
  GERUND_VERBS,
  QUOTATION_ONLY_VERBS,
  OBJECT_VERBS,
  PASSIVE_AUXILIARIES,
  SPEECH_ACT_VERBS,
  SPEECH_ADJECTIVES,
  SPEECH_NOUNS,
  STATEMENT_NOUNS,
  FOR_SPEECH_NOUNS,
  INFINITIVE_SPEECH_NOUNS,
  THAT_CLAUSE_VERBS,
} from '../lexicon/cues';
import {
  AUDIENCE_WORDS,
  AUXILIARIES,
  CONNECTIVES,
  DETERMINERS,
  FINITE_VERB_FORMS,
  NOUN_MARKERS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVES,
  SUBJECT_LEADS,
  TIME_ADVERBS,
  VERB_FILLERS,
} from '../lexicon/grammar';
import { DOCUMENT_NOUNS, GROUP_NOUNS, SPEAKER_DETERMINERS } from '../lexicon/groups';
import {
  hasInflectionalS,
  isAdverb,
  isPossessive,
  looksAgentNoun,
  looksGerund,
  looksInflectedVerb,
  looksParticiple,
  looksPastForm,
  looksPlural,
  looksThirdPersonSingular,
  looksVerbal,
  withoutPossessive,
} from '../lexicon/word-class';

export interface Reported {
  start: number;
  end: number;
  cueText: string;
  /** Token where the cue starts. */
  cueToken: number;
  /** The cue already attributes a direct quote (`said he was "appalled"`): only content beside that quote may stand. */
  cueUsed?: boolean;
  speaker: Mention;
  /** Where the content stands: after the cue, before it (`…, X said.`), or around it (`The difference, X said, was …`). */
  form: 'after' | 'before' | 'around';
  /** The rule that found it (rules.ts). */
  rule: QuoteRule;
}

const REPORTING_VERB_RULES: Readonly<Record<Reported['form'], QuoteRule>> = { after: 'reported-after', before: 'reported-before', around: 'reported-around' };

interface Bounds {
  low: number;
  high: number;
  /** Offsets the content may not cross: the sentence, or the quotation it stands in. */
  from: number;
  to: number;
}

/** Where content before an attribution at token k starts: its sentence's start, at most MAX_CLAUSE_TOKENS back. */
const clauseFrom = (ix: TextIndex, b: Bounds, k: number): number => (k - b.low > MAX_CLAUSE_TOKENS ? ix.tok(k - MAX_CLAUSE_TOKENS).start : b.from);
/** Where content after an attribution ending at token k ends: its sentence's end, at most MAX_CLAUSE_TOKENS on. */
const clauseTo = (ix: TextIndex, b: Bounds, k: number): number => (b.high - k > MAX_CLAUSE_TOKENS ? ix.tok(k + MAX_CLAUSE_TOKENS).end : b.to);

const trimEnd = (text: string, start: number, end: number): number => {
  let e = end;
  while (e > start && /[\s.,;:!?\u2014\u2013-]/.test(text.charAt(e - 1))) e--;
  return e;
};

/** Reported speech in sentence `s`; `used[k]` marks cue tokens already attributing a direct quote. */
export function findReported(ix: TextIndex, s: number, used: Uint8Array): Reported[] {
  const sentence = ix.sentence(s);
  const out: Reported[] = [];
  // A cue that attributes a quotation reports nothing else unless a second content clause joins it (`… and that "…"`).
  let conjoined = false;
  for (let k = sentence.firstToken + 1; k < sentence.endToken && !conjoined; k++)
    conjoined = ix.tok(k).norm === 'that' && (ix.tok(k - 1).norm === 'and' || ix.tok(k - 1).norm === 'but');
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const cueUsed = used[k] === 1;
    if (cueUsed && !conjoined) continue;
    const norm = ix.tok(k).norm;
    const found = cueUsed
      ? null
      : (colonStatement(ix, k, boundsOf(ix, s, k)) ??
        (SPEECH_NOUNS.has(norm) ? speechNoun(ix, k, boundsOf(ix, s, k)) : SPEECH_ADJECTIVES.has(norm) ? speechAdjective(ix, k, boundsOf(ix, s, k)) : null));
    if (found) {
      out.push(found);
      continue;
    }
    const cue = cueAt(ix, k);
    if (!cue || QUOTATION_ONLY_VERBS.has(cue.base) || isUndoneAct(ix, cue) || isPassive(ix, cue) || isNegated(ix, cue)) continue;
    const bounds = boundsOf(ix, s, k);
    const r = cue.base === 'according to' ? accordingTo(ix, cue, bounds) : reportingVerb(ix, cue, bounds);
    if (r) out.push(cueUsed ? { ...r, cueUsed } : r);
    k = cue.end - 1;
  }
  return out;
}

function boundsOf(ix: TextIndex, s: number, k: number): Bounds {
  const sentence = ix.sentence(s);
  const qi = ix.quoteOfToken[k] ?? -1;
  if (qi < 0) return { low: sentence.firstToken, high: sentence.endToken, from: sentence.start, to: sentence.end };
  const q = ix.quote(qi);
  const from = Math.max(sentence.start, q.start);
  const to = Math.min(sentence.end, q.end);
  return { low: tokenAt(ix.tokens, from), high: tokenAt(ix.tokens, to), from, to };
}

/** `LONDON — `, `MOSCOW (AP) — `: a dateline opens the text (or a line of it), not the report. */
const DATELINE = /(?:^|\n)\s*[A-Z][A-Z .,'\u2019-]{1,40}(?:\s\([A-Za-z.]{1,12}\))?\s[\u2014\u2013-]\s/g;

/** The content in [from, to), trimmed, found by `rule` (by default the reporting verb's rule for its form). */
function span(
  ix: TextIndex,
  from: number,
  to: number,
  cueText: string,
  cueToken: number,
  speaker: Mention,
  form: Reported['form'] = 'after',
  rule: QuoteRule = REPORTING_VERB_RULES[form],
): Reported | null {
  let start = from;
  while (start < to && /[\s"“‘'«(]/.test(ix.text.charAt(start))) start++;
  // The last dateline line near the start: captions and credits may come before it in the same sentence.
  const head = ix.text.slice(start, Math.min(to, start + 240));
  let afterDateline = 0;
  for (const m of head.matchAll(DATELINE)) afterDateline = m.index + m[0].length;
  start += afterDateline;
  let end = trimEnd(ix.text, start, to);
  while (end < ix.text.length && /[%\u2030\u00b0]/.test(ix.text.charAt(end))) end++;
  // Two words can report a clause after the cue (`said revenue rose`); before it, a clause needs three.
  if (tokenAt(ix.tokens, end) - tokenAt(ix.tokens, start) < (form === 'after' ? 2 : 3)) return null;
  return { start, end, cueText, cueToken, speaker, form, rule };
}

/**
 * `a lawyer for the family,`, `Deputy Director at the Herald,`: a few words naming a role, with no
 * verb, set off by a comma after a name, describe that person; the token after their comma, else k.
 */
function pastAppositive(ix: TextIndex, k: number, high: number): number {
  let role = false;
  for (let i = k; i < high && i < k + 10; i++) {
    if (i > k && hasComma(ix, i - 1, i)) return role ? i : k;
    const norm = ix.tok(i).norm;
    if (AUXILIARIES.has(norm) || FINITE_VERB_FORMS.has(norm) || PRONOUNS.has(norm) || CUE_VERBS.has(norm)) return k;
    role ||= namesRole(ix, i);
  }
  return k;
}

/** `According to X, …`, `…, according to X.`, `…, according to X, with …` (whole clause). */
function accordingTo(ix: TextIndex, cue: Cue, b: Bounds): Reported | null {
  const found = phraseStartingAt(ix, cue.end, b.high) ?? plainPhrase(ix, cue.end, b.high);
  if (!found) return null;
  // `according to its operator, Aquanor`: the name set off after the role.
  const named = found.kind === 'group' ? appositiveName(ix, found, b.high) : null;
  // `according to a statement from the utility`: the one whose statement it is.
  const issuer =
    found.kind === 'group' &&
    (DOCUMENT_NOUNS.has(ix.tok(found.end - 1).norm) || STATEMENT_NOUNS.has(ix.tok(found.end - 1).norm)) &&
    (ix.tok(found.end).norm === 'from' || ix.tok(found.end).norm === 'by')
      ? phraseStartingAt(ix, found.end + 1, b.high)
      : null;
  const who = named ?? (issuer ? { ...issuer, first: found.first } : found);
  if (cue.first === b.low) {
    let c = who.end;
    while (c < b.high && c < who.end + 30 && !hasComma(ix, c - 1, c)) c++;
    if (c >= b.high || !hasComma(ix, c - 1, c)) return null;
    // `According to Ann Ito, a lawyer for the family, the house …`: past the source's appositive.
    const content = pastAppositive(ix, c, b.high);
    return span(ix, ix.tok(content).start, clauseEnd(ix, content, b.to), cue.text, cue.first, who, 'after', content > c ? 'according-to-appositive' : 'according-to');
  }
  if (!hasComma(ix, cue.first - 1, cue.first)) return null;
  const rest = b.high - who.end;
  const aside = ix.tok(who.end).norm;
  const appositive = rest > 0 && (RELATIVES.has(aside) || (hasComma(ix, who.end - 1, who.end) && rest <= 6 && DETERMINERS.has(aside)) || ofSource(ix, who.end, b.high));
  if (rest === 0 || appositive) return span(ix, clauseFrom(ix, b, cue.first), ix.tok(cue.first - 1).end, cue.text, cue.first, who, 'before', 'according-to');
  return span(ix, clauseFrom(ix, b, cue.first), clauseTo(ix, b, cue.end), cue.text, cue.first, who, 'around', 'according-to');
}

function reportingVerb(ix: TextIndex, cue: Cue, b: Bounds): Reported | null {
  const after = hasComma(ix, cue.first - 1, cue.first) && !OBJECT_VERBS.has(cue.base) && ix.tok(cue.end).norm !== 'that' ? phraseStartingAt(ix, cue.end, b.high) : null;
  // `…, said it had opened …`: a pronoun after the verb begins the content; it is not an inverted subject.
  // An inverted subject closes the sentence or an aside follows it (`…, said Lena Park, who …`).
  const inverted = after && after.kind !== 'pronoun' && (after.end >= b.high || hasComma(ix, after.end - 1, after.end)) ? after : null;
  const who = inverted ?? speakerOfCue(ix, cue, b.low) ?? preposedAsSubject(ix, cue, b);
  if (!who) return null;
  let attributionFirst = Math.min(who.first, cue.first);
  while (
    attributionFirst > b.low &&
    (DETERMINERS.has(ix.tok(attributionFirst - 1).norm) || SPEAKER_DETERMINERS.has(ix.tok(attributionFirst - 1).norm)) &&
    !hasComma(ix, attributionFirst - 1, attributionFirst)
  )
    attributionFirst--;
  attributionFirst = pastDescription(ix, attributionFirst, b.low);
  // `…, as X put it.`: a comment clause opened by `as` stands where the attribution does.
  const commented = !inverted && commentAs(ix, attributionFirst, b.low);
  const head = commented ? attributionFirst - 1 : attributionFirst;
  const afterAttribution = inverted ? who.end : cue.end;
  // `…, X said.` / `…, X said, …`: the attribution follows its content, right after a comma.
  // A noun-like form (`notes`) is a verb here only by closing the sentence: its own rule, to be counted apart.
  const closing = cue.nounish && !commented && who.kind !== 'pronoun' && ix.tok(cue.first - 1).norm !== 'as';
  if (
    !COMPLEMENT_ONLY_VERBS.has(cue.base) &&
    (!closing || closesClause(ix, who, cue, head, b)) &&
    head > b.low &&
    hasComma(ix, head - 1, head) &&
    (inverted || isContiguous(ix, who, cue))
  ) {
    const rest = restAfter(ix, afterAttribution, b.high, cue);
    const introductory = PREPOSITIONS.has(ix.tok(b.low).norm) && !hasCommaWithin(ix, b.low, head - 1);
    const tail =
      rest === 'end' && !introductory
        ? commented
          ? span(ix, commentedFrom(ix, b, head), ix.tok(head - 1).end, cue.text, cue.first, who, 'before', 'as-comment-clause')
          : span(ix, clauseFrom(ix, b, head), ix.tok(head - 1).end, cue.text, cue.first, who, 'before', closing ? 'noun-form-closing' : 'reported-before')
        : rest === 'more' && !commented
          ? span(ix, clauseFrom(ix, b, head), clauseTo(ix, b, afterAttribution), cue.text, cue.first, who, 'around')
          : null;
    if (tail) return tail;
  }
  if (inverted) return null;
  const preposed = preposedAs(ix, cue, who, attributionFirst, b);
  if (preposed !== undefined) return preposed;
  if (/^\s*:/.test(ix.text.slice(ix.tok(cue.end - 1).end))) return null;
  const start = contentStart(ix, cue, who, b.high);
  if (start < 0) return null;
  // A verb form that is as often a noun (`member states are …`) reports only before `that` or after a
  // pronoun, or when a name before it and a verb's complement after it make it a verb.
  const complement = cue.nounish && who.kind !== 'pronoun' && verbComplement(ix, cue, start, b.high);
  const gap = subjectGapContent(ix, cue, who, start, b.low);
  if (cue.nounish && ix.tok(start - 1).norm !== 'that' && !complement && !gap && !plainlyVerb(ix, cue, who)) return null;
  if (cue.nounish && !complement && who.kind === 'name' && who.end - who.first === 1 && NOUN_MARKERS.has(ix.tok(who.first - 1).norm)) return null;
  const first = ix.tok(start);
  if ((VERB_FILLERS.has(first.norm) && first.norm !== 'even' && ix.tok(start - 1).norm !== 'that' && !gap) || (CUE_VERBS.has(first.norm) && looksInflectedVerb(first.norm)))
    return null;
  // `a Telegram post that`: a verb form after a capitalised word after an article is a noun.
  if (cue.nounish && !complement && ix.tok(cue.first - 1).cap && NOUN_MARKERS.has(ix.tok(cue.first - 2).norm)) return null;
  // Objects are content for verbs of estimating, urging and judging (`forecast rainfall 20% below`, `called for spending`, `presented itself as …`).
  const objectContent =
    ESTIMATE_VERBS.has(cue.base) ||
    OBJECT_VERBS.has(cue.base) ||
    AS_JUDGEMENT_VERBS.has(cue.base) ||
    cue.base === 'call' ||
    ix.tok(start).norm === 'to' ||
    (GERUND_VERBS.has(cue.base) && looksGerund(ix.tok(start).norm));
  if (ix.tok(start - 1).norm !== 'that' && !objectContent && !gap && !opensClause(ix, start, b.high)) return null;
  const end = clauseEnd(ix, start, b.to);
  // `found that many people, both …, told her`: a few words without a verb are the subject of a nested report, not a clause.
  if (!objectContent && tokenAt(ix.tokens, end) - start <= 3 && !hasVerbForm(ix, start, tokenAt(ix.tokens, end))) return null;
  return span(ix, ix.tok(start).start, end, cue.text, cue.first, who);
}

/**
 * `sold code she said exploits the flaw`, `a figure that Ito estimates would double`: the cue stands in
 * a relative clause whose gap is the subject of its content, so the content opens with its own verb.
 * The relative qualifies a noun after the sentence's verb or a preposition; before any, it may be the
 * subject's (`The things he said were hurtful`: what he said, not a report).
 */
function subjectGapContent(ix: TextIndex, cue: Cue, who: Mention, start: number, low: number): boolean {
  if (OBJECT_VERBS.has(cue.base) || (!THAT_CLAUSE_VERBS.has(cue.base) && cue.base !== 'say' && !ESTIMATE_VERBS.has(cue.base))) return false;
  let head = who.first - 1;
  if (head > low && DETERMINERS.has(ix.tok(head).norm)) head--;
  if (head <= low || hasComma(ix, head, head + 1)) return false;
  return opensWithVerb(ix, start) && isRelativeHead(ix.tok(head)) && afterVerbOrPreposition(ix, low, head);
}

/** `were …`, `rose …`, `breaks the lock`: a finite verb, or an `-s`/`-ed` form before its object's determiner. */
function opensWithVerb(ix: TextIndex, k: number): boolean {
  const norm = ix.tok(k).norm;
  if (AUXILIARIES.has(norm) || FINITE_VERB_FORMS.has(norm)) return true;
  return (hasInflectionalS(norm) || looksPastForm(norm)) && DETERMINERS.has(ix.tok(k + 1)?.norm ?? '');
}

/** A relative pronoun, or a lower-case word that can be a noun (not a function word, cue or participle). */
function isRelativeHead(t: Token): boolean {
  if (t.norm === 'that' || t.norm === 'which') return true;
  if (t.cap || !/^[a-z]/.test(t.norm) || looksParticiple(t.norm)) return false;
  return !AUXILIARIES.has(t.norm) && !PREPOSITIONS.has(t.norm) && !DETERMINERS.has(t.norm) && !PRONOUNS.has(t.norm) && !CUE_VERBS.has(t.norm);
}

/** A verb, a preposition or a comma before the head, at most MAX_CLAUSE_TOKENS back (so many cues in one sentence stay linear). */
function afterVerbOrPreposition(ix: TextIndex, low: number, head: number): boolean {
  for (let k = Math.max(low, head - MAX_CLAUSE_TOKENS); k < head; k++) {
    const norm = ix.tok(k).norm;
    if (looksVerbal(norm) || PREPOSITIONS.has(norm)) return true;
    if (k > low && hasComma(ix, k - 1, k)) return true;
  }
  return false;
}

/**
 * `…, Ann Ito notes.`, `…, notes the Herald.`: a verb form that is as often a noun (`notes`, `claims`)
 * is the verb when it and its subject close the sentence after a comma that ends a clause of four
 * words or more, with no `and` joining the subject on (`stocks, bonds and Treasury notes` is a list).
 */
function closesClause(ix: TextIndex, who: Mention, cue: Cue, head: number, b: Bounds): boolean {
  if (Math.max(who.end, cue.end) < b.high || ix.tok(head).norm === 'and' || ix.tok(head).norm === 'or') return false;
  for (let k = head - 1; k > b.low && k >= head - 4; k--) if (hasComma(ix, k - 1, k)) return false;
  return head - b.low >= 4;
}

/** `, as X`: `as` right after a comma opens a comment clause on what the sentence says (`…, as the firm announced.`). */
const commentAs = (ix: TextIndex, first: number, low: number): boolean => first - 1 > low && ix.tok(first - 1).norm === 'as' && hasComma(ix, first - 2, first - 1);

const DASH_OR_COLON = new RegExp(`:|${DASH.source}`);

/**
 * Where the words a sentence-final `as X put it` comments on start: after a dash or a colon before it
 * (`…the ferry leaves at dawn—to catch the tide, as Ito put it`), else where the clause starts.
 */
function commentedFrom(ix: TextIndex, b: Bounds, first: number): number {
  const from = clauseFrom(ix, b, first);
  for (let k = first - 1; k > b.low && ix.tok(k).start > from; k--) if (DASH_OR_COLON.test(ix.text.slice(ix.tok(k - 1).end, ix.tok(k).start))) return ix.tok(k).start;
  return from;
}

/** Words that may stand between a preposed `as X reported` and its comma (`back in July`, `first`, `earlier this week`). */
const PREPOSED_FILLERS: ReadonlySet<string> = new Set(['back', 'earlier', 'first', 'previously', 'last', 'this', 'recently']);

/**
 * `As the Herald reported back in July, both families …`: an attribution opened by `as` at the start of the
 * sentence introduces the clause after its comma. Undefined when the sentence is not of that form; null when it is
 * but the cue has an object of its own (`As he announced the plan, the crowd …` reports nothing).
 */
function preposedAs(ix: TextIndex, cue: Cue, who: Mention, attributionFirst: number, b: Bounds): Reported | null | undefined {
  const as = Math.min(attributionFirst, who.first) - 1;
  if (!opensAfterSentenceAdverbs(ix, as, b.low) || ix.tok(as).norm !== 'as' || COMPLEMENT_ONLY_VERBS.has(cue.base)) return undefined;
  let c = cue.end;
  const first = ix.tok(c).norm;
  if (!hasComma(ix, c - 1, c) && !(PREPOSITIONS.has(first) || isAdverb(first) || TIME_ADVERBS.has(first) || PREPOSED_FILLERS.has(first))) return null;
  while (c < b.high && c < cue.end + 8 && !hasComma(ix, c - 1, c)) c++;
  if (c >= b.high || !hasComma(ix, c - 1, c)) return null;
  return span(ix, ix.tok(c).start, clauseEnd(ix, c, b.to), cue.text, cue.first, who, 'after', 'preposed-as');
}

/** Sentence adverbs a preposed `as X reported` may follow (`Furthermore, as …`, `Or perhaps, as …`). */
const OPENING_ADVERBS: ReadonlySet<string> = new Set([...CONNECTIVES, 'and', 'but', 'or', 'so', 'yet', 'maybe', 'perhaps', 'still', 'now']);

/** Token k opens the sentence, or follows one or two sentence adverbs and their comma (`Or maybe, as …`). */
function opensAfterSentenceAdverbs(ix: TextIndex, k: number, low: number): boolean {
  if (k === low) return true;
  if (k - low > 2 || !hasComma(ix, k - 1, k)) return false;
  for (let i = low; i < k; i++) if (!OPENING_ADVERBS.has(ix.tok(i).norm) && !isAdverb(ix.tok(i).norm)) return false;
  return true;
}

/**
 * `As the Herald's May story explains, …`, `as one reader in Leeds suggested, …`: in a preposed `as`
 * clause closed by a comma after its cue, the words between `as` and the cue are the subject, whether
 * or not the lexicon knows their noun.
 */
function preposedAsSubject(ix: TextIndex, cue: Cue, b: Bounds): Mention | null {
  if (cue.end >= b.high || !hasComma(ix, cue.end - 1, cue.end)) return null;
  let as = cue.first - 1;
  while (as > b.low && as > cue.first - 7 && ix.tok(as).norm !== 'as' && !hasComma(ix, as - 1, as)) as--;
  if (ix.tok(as).norm !== 'as' || !opensAfterSentenceAdverbs(ix, as, b.low)) return null;
  const first = pastDeterminers(ix, as + 1, cue.first);
  if (first >= cue.first || looksGerund(ix.tok(cue.first).norm) || !namedSubject(ix, first, cue.first)) return null;
  return { first, end: cue.first, kind: 'group', text: ix.text.slice(ix.tok(first).start, ix.tok(cue.first - 1).end) };
}

/**
 * Words that can be a speaker the lexicon does not know: no pronoun, preposition (`As of last
 * spring`) or auxiliary (`As the label may suggest`), and a capitalised word in them (`a Gazette
 * story`) or an agent noun at their end (`the keen birdwatcher`). The ending also takes things
 * (`As the number suggests, …` is read as a source).
 */
function namedSubject(ix: TextIndex, first: number, end: number): boolean {
  let named = looksAgentNoun(ix.tok(end - 1).norm);
  for (let i = first; i < end; i++) {
    const t = ix.tok(i);
    if (PRONOUNS.has(t.norm) || (AUXILIARIES.has(t.norm) && !t.cap) || (i === first && PREPOSITIONS.has(t.norm))) return false;
    named ||= t.cap;
  }
  return named;
}

// How many tokens into a complement its finite verb or its figure is looked for.
const COMPLEMENT_REACH = 8;

/**
 * What only a verb takes after a name (`Jane Doe vows to rebuild`, `the EIA projects the plant will
 * close`, `the Harbour Board forecast a rise of 3%`): a to-infinitive for a verb that takes one, a clause
 * with its own finite verb, or for a verb of estimating an object holding a figure. A noun after a
 * name (`the EIA projects were cut`) is followed by its own verb at once instead.
 */
function verbComplement(ix: TextIndex, cue: Cue, start: number, high: number): boolean {
  const first = ix.tok(start).norm;
  if (first === 'to')
    return TO_INFINITIVE_VERBS.has(cue.base) && start + 1 < high && !NOUN_MARKERS.has(ix.tok(start + 1).norm) && !PRONOUNS.has(ix.tok(start + 1).norm) && !ix.tok(start + 1).cap;
  if (AUXILIARIES.has(first) || PREPOSITIONS.has(first) || SUBJECT_LEADS.has(first) || RELATIVES.has(first)) return false;
  // `the 10-year note yields were …`: a bare noun right before a finite verb continues the noun phrase.
  const opensSubject = ix.tok(start).cap || DETERMINERS.has(first) || NOUN_MARKERS.has(first) || PRONOUNS.has(first) || /^\d/.test(first);
  if (!opensSubject && (AUXILIARIES.has(ix.tok(start + 1).norm) || FINITE_VERB_FORMS.has(ix.tok(start + 1).norm))) return false;
  for (let k = start + 1; k < high && k <= start + COMPLEMENT_REACH; k++) {
    if (hasComma(ix, k - 1, k)) return false;
    const norm = ix.tok(k).norm;
    if (ESTIMATE_VERBS.has(cue.base) && /^\d/.test(norm)) return true;
    if (AUXILIARIES.has(norm) || FINITE_VERB_FORMS.has(norm)) return true;
  }
  return false;
}

/** A verb among a few words (`prices rose`, `it works`): a pronoun subject implies one. */
function hasVerbForm(ix: TextIndex, first: number, end: number): boolean {
  if (PRONOUNS.has(ix.tok(first).norm)) return true;
  for (let k = first; k < end; k++) {
    const norm = ix.tok(k).norm;
    if (looksVerbal(norm) || VERB_FILLERS.has(norm) || norm === 'to') return true;
  }
  return false;
}

/** `…, the national space agency Meridian said`: a few describing words before a name belong to the attribution. */
function pastDescription(ix: TextIndex, first: number, low: number): number {
  let i = first;
  while (i > low && i > first - 5 && !hasComma(ix, i - 1, i)) {
    const t = ix.tok(i - 1);
    if (
      PREPOSITIONS.has(t.norm) ||
      SUBJECT_LEADS.has(t.norm) ||
      AUXILIARIES.has(t.norm) ||
      VERB_FILLERS.has(t.norm) ||
      RELATIVES.has(t.norm) ||
      CUE_VERBS.has(t.norm) ||
      PRONOUNS.has(t.norm) ||
      looksParticiple(t.norm) ||
      /^\d/.test(t.norm)
    )
      return first;
    i--;
  }
  return i > low && hasComma(ix, i - 1, i) ? i : first;
}

/** `according to a statement from the utility.`: a short prepositional phrase closing the sentence still names the source. */
function ofSource(ix: TextIndex, k: number, high: number): boolean {
  const norm = ix.tok(k).norm;
  if (high - k > 8 || (norm !== 'from' && norm !== 'of' && norm !== 'by' && norm !== 'at')) return false;
  for (let i = k + 1; i < high; i++) if (hasComma(ix, i - 1, i) || AUXILIARIES.has(ix.tok(i).norm)) return false;
  return true;
}

/** `according to its operator`: the words up to the next comma, without determiners, as a group. */
function plainPhrase(ix: TextIndex, k: number, high: number): Mention | null {
  let first = k;
  while (first < high && DETERMINERS.has(ix.tok(first).norm)) first++;
  let end = first;
  while (end < high && end < first + 4 && !ix.tok(end).cap && !hasComma(ix, end - 1, end) && !PREPOSITIONS.has(ix.tok(end).norm) && !RELATIVES.has(ix.tok(end).norm)) end++;
  if (end === first || (end < high && !hasComma(ix, end - 1, end) && !RELATIVES.has(ix.tok(end).norm))) return null;
  return { first, end, kind: 'group', text: ix.text.slice(ix.tok(first).start, ix.tok(end - 1).end) };
}

/** After an attribution: nothing but a short object (`told Reuters.`) → 'end'; a comma and more → 'more'. */
function restAfter(ix: TextIndex, k: number, high: number, cue: Cue): 'end' | 'more' | 'content' {
  if (k >= high) return 'end';
  // `…, said Lena Park, who follows retail.` / `…, said X, an analyst at Y.`: an aside about the speaker ends it.
  if (hasComma(ix, k - 1, k)) return high - k < 2 || RELATIVES.has(ix.tok(k).norm) || DETERMINERS.has(ix.tok(k).norm) ? 'end' : 'more';
  // `…, X said in a statement.` / `…, X told Reuters.`: an adverbial or the person told, then the end.
  const first = ix.tok(k);
  // `…, X admitted to taking …`, `…, X vowed to stay`: the cue's own complement follows, not an adverbial.
  if (
    first.norm === 'to' &&
    ((GERUND_VERBS.has(cue.base) && isGerund(ix, k + 1)) || (TO_INFINITIVE_VERBS.has(cue.base) && looksLikeVerb(ix.tok(k + 1).norm) && !ix.tok(k + 1).cap))
  )
    return 'content';
  const timed = (first.norm === 'late' || first.norm === 'early') && TIME_ADVERBS.has(ix.tok(k + 1).norm);
  const adverbial =
    timed || PREPOSITIONS.has(first.norm) || TIME_ADVERBS.has(first.norm) || isAdverb(first.norm) || (OBJECT_VERBS.has(cue.base) && (first.cap || AUDIENCE_WORDS.has(first.norm)));
  let i = k;
  while (i < high && i < k + 10 && !hasComma(ix, i - 1, i) && !AUXILIARIES.has(ix.tok(i).norm)) i++;
  return i >= high && adverbial ? 'end' : 'content';
}

/** `who estimates`, `they forecast`, `meteorologists forecast`: the form can only be the verb here. */
function plainlyVerb(ix: TextIndex, cue: Cue, who: Mention): boolean {
  const before = ix.tok(cue.first - 1).norm;
  if (who.kind === 'pronoun' || RELATIVES.has(before) || VERB_FILLERS.has(before)) return true;
  // `, warning that`, `as saying`: a participle.
  if (looksGerund(ix.tok(cue.first).norm) && (PREPOSITIONS.has(before) || before === 'as' || STATEMENT_NOUNS.has(before) || hasComma(ix, cue.first - 1, cue.first))) return true;
  // A plural noun right before a bare form is its subject (`documents show`, `meteorologists forecast`).
  const plural = (who.kind === 'group' && looksPlural(who.text)) || ((GROUP_NOUNS.has(before) || DOCUMENT_NOUNS.has(before)) && looksPlural(before));
  return plural && !looksThirdPersonSingular(ix.tok(cue.first).norm);
}

/**
 * The subject stands right before its verb: past auxiliaries, a comma-bounded aside that ends at the
 * verb (`the source, who …, told`), or a short modifier with a preposition (`a source close to the talks said`).
 */
function isContiguous(ix: TextIndex, who: Mention, cue: Cue): boolean {
  if (who.end > cue.first) return true;
  let i = who.end;
  if (hasComma(ix, i - 1, i)) {
    while (i < cue.first && i < who.end + 25 && !hasComma(ix, i, i + 1)) i++;
    if (i >= cue.first || !hasComma(ix, i, i + 1)) return false;
    i++;
  }
  // `the regional government was quoted as saying`: the passive of quoting is the attribution itself.
  if (ix.tok(cue.first - 1).norm === 'as' && (CUE_VERBS.get(ix.tok(cue.first - 2).norm) === 'quote' || CUE_VERBS.get(ix.tok(cue.first - 2).norm) === 'cite')) return true;
  let modifier = false;
  for (let j = i; j < cue.first; j++) {
    const norm = ix.tok(j).norm;
    if (VERB_FILLERS.has(norm) || isAdverb(norm)) continue;
    if ((j > i && hasComma(ix, j - 1, j)) || cue.first - i > 6 || CUE_VERBS.has(norm) || AUXILIARIES.has(norm)) return false;
    modifier = true;
  }
  if (!modifier) return true;
  for (let j = i; j < cue.first; j++) if (PREPOSITIONS.has(ix.tok(j).norm)) return true;
  return false;
}

function hasCommaWithin(ix: TextIndex, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (hasComma(ix, i, i + 1)) return true;
  return false;
}

/** `Among its key findings: most households …`, `Analysts offered two theories: buyers …`: the clause after the colon. */
function colonStatement(ix: TextIndex, k: number, b: Bounds): Reported | null {
  if (!STATEMENT_NOUNS.has(ix.tok(k).norm) || k + 1 >= b.high || !/^\s*:\s*$/.test(ix.text.slice(ix.tok(k).end, ix.tok(k + 1).start))) return null;
  if ((ix.quoteOfToken[k + 1] ?? -1) >= 0 || !opensClause(ix, k + 1, b.high)) return null;
  const found = statementBeforeColon(ix, k, b.low);
  if (!found?.speaker) return null;
  return span(ix, ix.tok(k + 1).start, b.to, ':', k, found.speaker, 'after', 'colon-statement');
}

/** `The minister is adamant that …`. */
function speechAdjective(ix: TextIndex, k: number, b: Bounds): Reported | null {
  if (!PASSIVE_AUXILIARIES.has(ix.tok(k - 1).norm) || k + 2 >= b.high) return null;
  // `is adamant that …`, or with the `that` left out before a clause (`is adamant the law must change`).
  const start = ix.tok(k + 1).norm === 'that' ? k + 2 : !hasComma(ix, k, k + 1) && opensClause(ix, k + 1, b.high) && !PREPOSITIONS.has(ix.tok(k + 1).norm) ? k + 1 : -1;
  if (start < 0) return null;
  const who = subjectBefore(ix, k, b.low);
  if (!who) return null;
  return span(ix, ix.tok(start).start, clauseEnd(ix, start, b.to), `${ix.tok(k - 1).text} ${ix.tok(k).text}`, k, who, 'after', 'speech-adjective');
}

/** `his vow on Monday that …`, `the premier's declaration that …`, `its call for …`. */
/** A word after `to` that can be a bare verb: not a determiner, pronoun object, number or capitalised name (`promise to the voters`). */
const looksLikeVerb = (norm: string): boolean => !NOUN_MARKERS.has(norm) && !PRONOUNS.has(norm) && !AUDIENCE_WORDS.has(norm) && !/^\d/.test(norm) && !PREPOSITIONS.has(norm);

function speechNoun(ix: TextIndex, k: number, b: Bounds): Reported | null {
  if (ix.tok(k).cap || k - 1 < b.low) return null;
  const p = ix.tok(k - 1);
  let who: Mention | null = null;
  const pron = PRONOUNS.get(p.norm);
  if (pron && pron !== 'first' && (p.norm === 'his' || p.norm === 'her' || p.norm === 'its' || p.norm === 'their'))
    who = { first: k - 1, end: k, kind: 'pronoun', text: p.norm === 'his' || p.norm === 'her' ? 'he' : p.norm === 'its' ? 'it' : 'they' };
  else if (p.cap && isPossessive(p)) {
    const run = runEndingAt(ix, k - 1, b.low);
    if (run)
      who = {
        first: run.first,
        end: run.end,
        kind: 'name',
        text: withoutPossessive(ix.text.slice(ix.tok(run.nameFirst).start, ix.tok(run.end - 1).end).replace(/[\u00ad\u200b-\u200d\u2060]/g, '')),
      };
  } else if (
    !p.cap &&
    isPossessive(p) &&
    k - 2 >= b.low &&
    ix.tok(k - 2).norm === 'the' &&
    (GROUP_NOUNS.has(withoutPossessive(p.norm)) || ROLE_NOUNS.has(withoutPossessive(p.norm)))
  ) {
    // `the union's threat to strike`, `the mayor's pledge that …`: a group or a role owns the speech.
    const noun = withoutPossessive(p.norm);
    who = { first: k - 2, end: k, kind: 'group', text: noun, ...(ROLE_NOUNS.has(noun) ? { role: noun } : {}) };
  } else if (p.cap && k - 2 >= b.low && ix.tok(k - 2).norm === 'the') {
    // `the American demand that …`, `the Kremlin statement that …`: the name before the noun makes it.
    who = { first: k - 1, end: k, kind: 'name', text: p.text };
  }
  // `The city issued a warning that …`, `Police made a plea for …`: the subject of the speech act.
  if (!who && (p.norm === 'a' || p.norm === 'an') && SPEECH_ACT_VERBS.has(ix.tok(k - 2).norm) && k - 2 >= b.low) who = subjectBefore(ix, k - 2, b.low);
  if (!who) return null;
  if (FOR_SPEECH_NOUNS.has(ix.tok(k).norm)) {
    if (ix.tok(k + 1).norm !== 'for' || k + 2 >= b.high) return null;
    return span(ix, ix.tok(k + 2).start, clauseEnd(ix, k + 2, b.to), `${ix.tok(k).text} for`, k, who, 'after', 'speech-noun');
  }
  // `Okoye's vow to rebuild the library`: the infinitive is the content, `to` included.
  const infinitive = INFINITIVE_SPEECH_NOUNS.has(ix.tok(k).norm) && ix.tok(k + 1).norm === 'to' && k + 2 < b.high && looksLikeVerb(ix.tok(k + 2).norm) ? k : -1;
  const that = infinitive >= 0 ? infinitive : findThat(ix, k + 1, Math.min(b.high, k + 5));
  if (that < 0 || that + 1 >= b.high) return null;
  let end = clauseEnd(ix, that + 1, b.to);
  // `Okoye's pledge that no libraries would close was welcomed`: as the subject, the clause ends before the main verb.
  // An infinitive is a verb phrase: a finite verb after it belongs to the clause around the noun.
  const asSubject = infinitive >= 0 || who.first <= b.low + 1 || (ix.tok(who.first - 2).norm === 'that' && ix.tok(who.first - 1).norm === 'the');
  if (asSubject) end = Math.min(end, beforeMainVerb(ix, that + 1, end, infinitive >= 0));
  return span(ix, ix.tok(that + 1).start, end, ix.tok(k).text, k, who, 'after', 'speech-noun');
}
