// Where reported content ends. A reported clause runs to the end of its sentence unless a
// connective takes over (`…, but X`, `…, though`, `…, citing`, `… even as`), another attribution
// begins (`… and the military said`), or the quotation it stands in closes (nested speech).

import { DASH, type TextIndex } from './document';
import { cueAt } from './cue-phrases';
import { AUXILIARIES, CLAUSE_BREAKERS, DETERMINERS, FINITE_VERB_FORMS, NON_BREAKING_ING, PARENTHETICAL_OPENERS, PRONOUNS, RELATIVES } from '../lexicon/grammar';
import { ATTRIBUTION_NEEDS_THAT, CUE_VERBS, PASSIVE_AUXILIARIES, QUOTATION_ONLY_VERBS } from '../lexicon/cues';
import { looksGerund, looksPastForm, looksThirdPersonSingular, looksVerbal, withoutNegation } from '../lexicon/word-class';

/** Offset where the clause starting at token `from` ends, no later than `limit` (an offset). */
export function clauseEnd(ix: TextIndex, from: number, limit: number): number {
  const tk = ix.tokens;
  let end = from < tk.length ? Math.min(ix.tok(from).end, limit) : limit;
  let parenthetical = false;
  for (let k = from + 1; k < tk.length && ix.tok(k).start < limit && k < from + MAX_CLAUSE_TOKENS; k++) {
    const gap = ix.text.slice(ix.tok(k - 1).end, ix.tok(k).start);
    const t = ix.tok(k);
    if (/[;:]/.test(gap)) break;
    if (gap.includes('(') && clauseInBrackets(ix, k, limit)) break;
    if (gap.includes(',') && startsAttribution(ix, k, limit)) break;
    if (DASH.test(gap) && clauseAfterDash(ix, k, limit)) break;
    if (gap.includes(',') && !parenthetical && closingAppositive(ix, k, limit)) break;
    if (gap.includes(',') && parenthetical) parenthetical = false;
    else if (gap.includes(',') && PARENTHETICAL_OPENERS.has(t.norm)) parenthetical = true;
    else if (gap.includes(',')) {
      // `said that A, but that B`: a second content clause of the same report continues it.
      if (breaksClause(ix, k)) break;
      if (!t.cap && looksGerund(t.norm) && t.norm.length > 5 && !NON_BREAKING_ING.has(t.norm) && CUE_VERBS.has(t.norm)) break;
      if (!t.cap && looksPastForm(t.norm) && t.norm.length > 4 && k + 1 < tk.length && !/,/.test(ix.text.slice(t.end, ix.tok(k + 1).start))) break;
    }
    if (t.norm === 'even' && (ix.tok(k + 1).norm === 'as' || ix.tok(k + 1).norm === 'though')) break;
    if (t.norm === 'and' && startsAttribution(ix, k + 1, limit)) break;
    end = Math.min(t.end, limit);
  }
  return end;
}

/** `but`, `though`, `citing` …: a connective takes over, unless a second content clause (`but that …`) or a subjectless modal conjunct continues the report. */
function breaksClause(ix: TextIndex, k: number): boolean {
  const norm = ix.tok(k).norm;
  return CLAUSE_BREAKERS.has(norm) && !(ix.tok(k + 1).norm === 'that' && opensContent(ix, k + 2)) && !(norm === 'but' && modalConjunct(ix, k + 1));
}

/** A comma, a semicolon, a colon or a dash ends the subject a clause after a dash would have; a range's en dash (`2010–2015`) does not. */
const STOP_OR_DASH = new RegExp(`[,;:]|${DASH.source}`);

/**
 * `…plans to expand—although it is unclear …`, `…by 2030—the question was whether …`: after a dash, a
 * connective or a clause with its own subject and verb is the writer's; an appositive continues the
 * content (`grew 2%—the best quarter since 2016`, `—for example, by …`, `— where …`).
 */
function clauseAfterDash(ix: TextIndex, k: number, limit: number): boolean {
  const norm = ix.tok(k).norm;
  if (breaksClause(ix, k)) return true;
  if (!DETERMINERS.has(norm) && !PRONOUNS.has(norm)) return false;
  for (let i = k + 1; i < k + 5 && i < ix.tokens.length && ix.tok(i).start < limit; i++) {
    if (STOP_OR_DASH.test(ix.text.slice(ix.tok(i - 1).end, ix.tok(i).start))) return false;
    if (AUXILIARIES.has(ix.tok(i).norm) || FINITE_VERB_FORMS.has(ix.tok(i).norm)) return true;
  }
  return false;
}

/** Modals of a reported future (`said she would not run, but instead would lead …`). */
const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'might', 'may', 'should']);
/** Words that may stand between `but` and the modal of a conjunct without a subject. */
const CONJUNCT_ADVERBS: ReadonlySet<string> = new Set(['instead', 'rather', 'also', 'still', 'then']);

/**
 * `…, but instead would lead …`: a conjunct with no subject of its own whose modal shifts it into the
 * reported future shares the content's subject, as it does without the comma (`… but was fine`).
 */
function modalConjunct(ix: TextIndex, k: number): boolean {
  const first = ix.tok(k)?.norm ?? '';
  return MODALS.has(first) || (CONJUNCT_ADVERBS.has(first) && MODALS.has(ix.tok(k + 1)?.norm ?? ''));
}

/** `… to a museum (officials would not say which one)`: a bracketed clause is the writer's aside, not the source's content. */
function clauseInBrackets(ix: TextIndex, k: number, limit: number): boolean {
  for (let i = k; i < k + 20 && i < ix.tokens.length && ix.tok(i).start < limit; i++) {
    if (i > k && ix.text.slice(ix.tok(i - 1).end, ix.tok(i).start).includes(')')) return false;
    // `wouldn't`, `didn't`: a negated auxiliary.
    const norm = withoutNegation(ix.tok(i).norm);
    if (AUXILIARIES.has(norm) || FINITE_VERB_FORMS.has(norm) || (i > k && looksPastForm(norm)) || CUE_VERBS.has(norm)) return true;
  }
  return false;
}

/** Reported clauses longer than this are cut: it keeps the work linear on text without full stops. */
export const MAX_CLAUSE_TOKENS = 150;

/** A short subject and a cue verb from token k (`the military said`, `a source told`). */
function startsAttribution(ix: TextIndex, k: number, limit: number): boolean {
  const tk = ix.tokens;
  for (let i = k; i < k + 7 && i < tk.length && ix.tok(i).start < limit; i++) {
    const cue = cueAt(ix, i);
    // `…, the government was quoted as saying`.
    if (cue && (cue.base === 'quote' || cue.base === 'cite') && ix.tok(cue.end).norm === 'as' && PASSIVE_AUXILIARIES.has(ix.tok(i - 1).norm)) return true;
    if (cue)
      return cue.base !== 'according to' && !QUOTATION_ONLY_VERBS.has(cue.base) && !cue.nounish && !ATTRIBUTION_NEEDS_THAT.has(cue.base) && !(i === k && looksGerund(cue.text));
    if (i > k && /[,;]/.test(ix.text.slice(ix.tok(i - 1).end, ix.tok(i).start))) return false;
  }
  return false;
}

/** After `that` (token k - 1): a subject opens a content clause; a verb means `that` was a demonstrative (`but that is wrong`). */
function opensContent(ix: TextIndex, k: number): boolean {
  const norm = ix.tok(k).norm;
  // `but that’s`: the contraction is `that is`.
  const that = ix.tok(k - 1);
  if (/['\u2019]/.test(ix.text.slice(that.start, that.end + 1))) return false;
  return k < ix.tokens.length && !looksVerbal(norm) && !looksThirdPersonSingular(norm);
}

const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'the', 'a', 'an']);

/** `…, its third such announcement this year.`: a noun phrase without a verb closing the sentence is the article's aside. */
function closingAppositive(ix: TextIndex, k: number, limit: number): boolean {
  if (!APPOSITIVE_OPENERS.has(ix.tok(k).norm)) return false;
  for (let i = k + 1; i < k + 12; i++) {
    if (i >= ix.tokens.length) return true;
    const t = ix.tok(i);
    if (t.start >= limit) return true;
    if (/[,;:]/.test(ix.text.slice(ix.tok(i - 1).end, t.start))) return false;
    if (looksVerbal(t.norm) || RELATIVES.has(t.norm) || cueAt(ix, i)) return false;
  }
  return false;
}
