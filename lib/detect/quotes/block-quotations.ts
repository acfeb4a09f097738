// Block quotations without quotation marks (guide section 1: a quote "by the sentences around
// it"). The page sets them apart as `<blockquote>`s, which extraction passes on as text ranges;
// the words alone do not tell where such a passage starts or ends. A block is its introducer's
// words, one direct quote per paragraph of prose in it, when the paragraph before it introduces it:
//   - it ends in a colon after a cue with a speaker (`As the agency explains:`), or
//   - the block speaks in the first person and that paragraph's last cue with a person or a group
//     as subject is near its end (`…, she said at the hearing. It took years.` ¶ `I had …`).
// A block with neither (an epigraph, a note, a table, a figure caption) is not a quote, nor one that
// repeats words of the article (a pull quote), nor a paragraph already quoted with marks.

import type { TextIndex } from './document';
import { cueAt, isUndoneAct, isPassive } from './cue-phrases';
import { speakerOfCue } from './attribution';
import type { Introduction } from './continuation';
import type { Mention } from './speaker-phrases';
import { tokenAt } from '../text/tokens';
import { FIRST_PERSON, PRONOUNS } from '../lexicon/grammar';

/** How far from its end a colon introduction's cue may stand (`X told reporters on Monday:`). */
const COLON_CUE_REACH = 12;
/** How far back from the block the paragraph before it is searched for its last cue. */
const CUE_REACH = 60;
/** Letters that identify a passage when looking for its repeat. */
const KEY_LETTERS = 30;

const NOT_LETTERS = /[^\p{L}]+/gu;
const OPENS_WITH_MARK = /^["\u201c\u2018'\u00ab\u201e]/;
/** Prose ends with sentence punctuation (a table row, a code line or a caption does not). */
const ENDS_AS_PROSE = /[.?!\u2026]["\u201d\u2019')\]]*$/;

export interface BlockQuotations {
  /** Paragraph index → the introduction of the block quotation it stands in. */
  intros: Map<number, Introduction>;
  /** The paragraphs just before a block quotation read here: what they introduce is known. */
  introducers: Set<number>;
}

interface Candidate {
  paragraph: number;
  introducer: number;
  intro: Introduction;
  key: string;
}

export function blockQuotations(ix: TextIndex): BlockQuotations {
  const intros = new Map<number, Introduction>();
  const introducers = new Set<number>();
  if (!ix.blockQuotes.length) return { intros, introducers };
  const { paragraphs } = ix;
  const candidates: Candidate[] = [];
  let p = 0;
  for (const block of ix.blockQuotes) {
    while (p < paragraphs.length && paragraphs[p]!.start < block.start) p++;
    let end = p;
    while (end < paragraphs.length && paragraphs[end]!.end <= block.end) end++;
    const intro = end > p && p > 0 ? introductionBefore(ix, p - 1, speaksInFirstPerson(ix, p, end)) : null;
    if (intro) candidates.push(...proseParagraphs(ix, p, end, intro));
    p = Math.max(p, end);
  }
  const repeated = repeatedKeys(ix, new Set(candidates.map((c) => c.key)));
  for (const { paragraph, introducer, intro, key } of candidates) {
    if (repeated.has(key)) continue;
    intros.set(paragraph, { ...intro, block: 'blockquote' });
    introducers.add(introducer);
  }
  return { intros, introducers };
}

/** The paragraphs of prose in [p, end), not already opened by a quotation mark, as quotes under `intro`. */
function proseParagraphs(ix: TextIndex, p: number, end: number, intro: Introduction): Candidate[] {
  const out: Candidate[] = [];
  for (let q = p; q < end; q++) {
    const para = ix.paragraphs[q]!;
    const body = ix.text.slice(para.start, para.end);
    const words = tokenAt(ix.tokens, para.end) - tokenAt(ix.tokens, para.start);
    if (words >= 3 && !OPENS_WITH_MARK.test(body) && ENDS_AS_PROSE.test(body)) out.push({ paragraph: q, introducer: p - 1, intro, key: keyOf(body) });
  }
  return out;
}

/** The introduction that paragraph `p`, just before a block quotation, gives it, or null. */
function introductionBefore(ix: TextIndex, p: number, firstPerson: boolean): Introduction | null {
  const para = ix.paragraphs[p]!;
  const colon = ix.text.charAt(para.end - 1) === ':';
  if (!colon && !firstPerson) return null;
  const end = tokenAt(ix.tokens, para.end);
  const low = Math.max(tokenAt(ix.tokens, para.start), end - (colon ? COLON_CUE_REACH : CUE_REACH));
  for (let k = end - 1; k >= low; k--) {
    const cue = cueAt(ix, k);
    if (!cue || isPassive(ix, cue) || isUndoneAct(ix, cue)) continue;
    // `according to a transcript` names where words were read, not who speaks them.
    if (!colon && cue.base === 'according to') continue;
    const speaker = speakerOfCue(ix, cue, ix.sentence(ix.sentenceOfToken[k] ?? -1).firstToken);
    if (speaker && (colon || speaksForOthers(speaker))) return { cue, speaker };
  }
  return null;
}

/** A name, a group, or a pronoun for a person or a group (not `it`): who may say `I` or `we`. */
const speaksForOthers = (m: Mention): boolean => m.kind !== 'pronoun' || PRONOUNS.get(m.text) === 'person' || PRONOUNS.get(m.text) === 'group';

/** Whether paragraphs [p, end) use `I` or `we` outside quotation marks: their writer speaks. */
function speaksInFirstPerson(ix: TextIndex, p: number, end: number): boolean {
  const first = tokenAt(ix.tokens, ix.paragraphs[p]!.start);
  const last = tokenAt(ix.tokens, ix.paragraphs[end - 1]!.end);
  for (let k = first; k < last; k++) if (FIRST_PERSON.has(ix.tok(k).norm) && (ix.quoteOfToken[k] ?? -1) < 0) return true;
  return false;
}

/** The first letters of a passage, lower-case: the same words set as a pull quote and in the body share it. */
const keyOf = (passage: string): string =>
  passage
    .slice(0, 4 * KEY_LETTERS)
    .replace(NOT_LETTERS, '')
    .slice(0, KEY_LETTERS)
    .toLowerCase();

/** The first `n` letters of a passage, lower-case, looking at no more than `4n` characters. */
function lettersAt(text: string, start: number, n: number): string {
  let out = '';
  for (let i = start; i < text.length && i < start + 4 * n && out.length < n; i++) {
    const c = text.charAt(i).toLowerCase();
    if (c !== c.toUpperCase()) out += c;
  }
  return out;
}

/** Of `keys`, those that open sentences or quotations in two places or more of the text. */
function repeatedKeys(ix: TextIndex, keys: ReadonlySet<string>): Set<string> {
  const repeated = new Set<string>();
  if (!keys.size) return repeated;
  // A cheap look at three letters first: few openings share them with a block's.
  const heads = new Set([...keys].map((k) => k.slice(0, 3)));
  const firstAt = new Map<string, number>();
  const note = (start: number): void => {
    if (!heads.has(lettersAt(ix.text, start, 3))) return;
    const key = keyOf(ix.text.slice(start, start + 4 * KEY_LETTERS));
    if (!keys.has(key)) return;
    const at = firstAt.get(key);
    // A sentence opening with a quotation mark and its quotation start a character apart: one place.
    if (at === undefined) firstAt.set(key, start);
    else if (Math.abs(at - start) > 2) repeated.add(key);
  };
  for (const s of ix.sentences) note(s.start);
  for (const q of ix.quoted) note(q.start);
  return repeated;
}
