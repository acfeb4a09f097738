// Capitalised name runs (`Prime Minister Anna Berg`, `World Travel and Tourism Council`,
// `Robert M. Danin`) and what they name once titles are dropped: a person, an organisation or a place.

import type { TextIndex } from './document';
import type { Token } from '../text/tokens';
import { NAME_CONNECTORS, SENTENCE_OPENERS } from '../lexicon/grammar';
import { ORGANISATION_WORDS, PLACE_WORDS } from '../lexicon/groups';
import { TITLE_ABBREVIATIONS, TITLE_WORDS } from '../lexicon/titles';
import { isContraction, isPossessive, looksPlural, looksPluralPossessive, withoutPossessive } from '../lexicon/word-class';

/** Longer capitalised runs are headlines or lists, not names; the cap keeps scans short. */
const MAX_NAME_TOKENS = 12;

export type NameKind = 'person' | 'organisation' | 'place' | 'single';

export interface NameRun {
  /** Tokens [first, end) of the run as written, titles included. */
  first: number;
  end: number;
  /** First token of the name once titles are dropped. */
  nameFirst: number;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;

/** A plural possessive before an organisation word inside a name (`Fishermen's Association`, `Children's Fund`). */
export const possessiveInName = (t: Token, next: Token | undefined): boolean => looksPluralPossessive(t.text) && next !== undefined && ORGANISATION_WORDS.has(next.norm);

/** Tokens i and i+1 are written as one name: only spaces between, or a full stop after an initial or title. */
export function joinable(ix: TextIndex, i: number): boolean {
  const a = ix.tok(i);
  const b = ix.tok(i + 1);
  if (!b || b.start - a.end > 3) return false;
  const gap = ix.text.slice(a.end, b.start);
  if (/^[ \t\u00a0\n]+$/.test(gap)) return !gap.includes('\n') || !/\n\s*\n/.test(gap);
  // `Farmers’ Union`, `Veterans' Affairs`: a plural possessive inside a name.
  if (/^['\u2019][ \t\u00a0]+$/.test(gap)) return a.cap && b.cap && looksPlural(a.norm);
  if (/^\.[ \t\u00a0]*$/.test(gap)) return a.text.length === 1 || /\./.test(a.text) || TITLE_ABBREVIATIONS.has(a.norm) || /^\p{Lu}(?:\.\p{Lu})*$/u.test(a.text);
  return false;
}

/** Only letters have case, so a capitalised token starts with a letter. */
/** `of`, `and`, `de` join name parts; `on` and `for` only after an institution (`Council on Foreign Relations`, not `Peru on Monday`). */
const connects = (connector: string, before: string): boolean => {
  if (!NAME_CONNECTORS.has(connector)) return false;
  if (connector === 'and' || connector === '&') return true;
  if (connector === 'on' || connector === 'for') return ORGANISATION_WORDS.has(before);
  // `Bank of England`, `Secretary of State`, `Gulf of Mexico`; not `Mei Lin of the University`.
  if (connector === 'of' || connector === 'the') return ORGANISATION_WORDS.has(before) || PLACE_WORDS.has(before) || (TITLE_WORDS.has(before) && !TITLE_ABBREVIATIONS.has(before));
  return true;
};

/** `Attorney-General`, `Vice-President`: a hyphenated title counts as one. */
const isTitle = (norm: string): boolean => TITLE_WORDS.has(norm) || (norm.includes('-') && norm.split('-').some((part) => TITLE_WORDS.has(part)));

const nameToken = (t: Token): boolean => t.cap && !isContraction(t.norm);

/** The capitalised run that ends at token k, or null when k is not capitalised. */
export function runEndingAt(ix: TextIndex, k: number, low: number): NameRun | null {
  if (k < low || !nameToken(ix.tok(k))) return null;
  let j = k;
  while (j - 1 >= low && j > k - MAX_NAME_TOKENS && joinable(ix, j - 1)) {
    const p = ix.tok(j - 1);
    if (nameToken(p) && (!isPossessive(p) || possessiveInName(p, ix.tok(j)))) {
      j--;
      continue;
    }
    if (!p.cap && connects(p.norm, ix.tok(j - 2).norm) && j - 2 >= low && nameToken(ix.tok(j - 2)) && !isPossessive(ix.tok(j - 2)) && joinable(ix, j - 2)) {
      j -= 2;
      continue;
    }
    // `Chiefs of the Joint Staff`, `Council of the European Union`.
    if (p.norm === 'the' && j - 3 >= low && connects(ix.tok(j - 2).norm, ix.tok(j - 3).norm) && nameToken(ix.tok(j - 3)) && joinable(ix, j - 2) && joinable(ix, j - 3)) {
      j -= 3;
      continue;
    }
    break;
  }
  return finishRun(ix, j, k + 1);
}

/** The capitalised run that starts at token k, or null. */
export function runStartingAt(ix: TextIndex, k: number, high: number): NameRun | null {
  if (k >= high || !nameToken(ix.tok(k))) return null;
  let j = k;
  while (j + 1 < high && j < k + MAX_NAME_TOKENS && joinable(ix, j) && (!isPossessive(ix.tok(j)) || possessiveInName(ix.tok(j), ix.tok(j + 1)))) {
    const n = ix.tok(j + 1);
    if (nameToken(n)) {
      j++;
      continue;
    }
    if (!n.cap && connects(n.norm, ix.tok(j).norm) && j + 2 < high && nameToken(ix.tok(j + 2)) && joinable(ix, j + 1)) {
      j += 2;
      continue;
    }
    if (
      !n.cap &&
      n.norm !== 'the' &&
      connects(n.norm, ix.tok(j).norm) &&
      ix.tok(j + 2).norm === 'the' &&
      j + 3 < high &&
      nameToken(ix.tok(j + 3)) &&
      joinable(ix, j + 1) &&
      joinable(ix, j + 2)
    ) {
      j += 3;
      continue;
    }
    break;
  }
  return finishRun(ix, k, j + 1);
}

function finishRun(ix: TextIndex, first: number, end: number): NameRun | null {
  let f = first;
  while (f < end && (SENTENCE_OPENERS.has(ix.tok(f).norm) || NAME_CONNECTORS.has(ix.tok(f).norm))) f++;
  let e = end;
  while (e > f && NAME_CONNECTORS.has(ix.tok(e - 1).norm)) e--;
  if (f >= e) return null;
  let nameFirst = f;
  const hasOrgWord = (from: number): boolean => {
    for (let i = from; i < e; i++) if (ORGANISATION_WORDS.has(ix.tok(i).norm)) return true;
    return false;
  };
  for (let i = e - 2; i >= f; i--) {
    if (!isTitle(ix.tok(i).norm)) continue;
    if (i > f && NAME_CONNECTORS.has(ix.tok(i - 1).norm)) continue;
    if (hasOrgWord(i + 1)) break;
    nameFirst = i + 1;
    break;
  }
  while (nameFirst < e && NAME_CONNECTORS.has(ix.tok(nameFirst).norm)) nameFirst++;
  if (nameFirst >= e) nameFirst = f;
  return { first: f, end: e, nameFirst };
}

/** The name as the article writes it, titles dropped, without soft hyphens or a possessive ending. */
export function nameText(ix: TextIndex, from: number, end: number): string {
  return withoutPossessive(
    ix.text
      .slice(ix.tok(from).start, ix.tok(end - 1).end)
      .replace(INVISIBLE, '')
      .replace(/\s+/g, ' '),
  );
}

export function classifyName(ix: TextIndex, from: number, end: number): NameKind {
  let words = 0;
  for (let i = from; i < end; i++) {
    if (ORGANISATION_WORDS.has(ix.tok(i).norm)) return 'organisation';
    if (ix.tok(i).text.length > 1 || !ix.tok(i).cap) words++;
  }
  for (let i = from; i < end; i++) if (PLACE_WORDS.has(ix.tok(i).norm)) return 'place';
  if (words >= 2 && words <= 4) {
    for (let i = from; i < end; i++) if (ix.tok(i).cap && ix.tok(i).text.length > 1 && ix.tok(i).text === ix.tok(i).text.toUpperCase()) return 'organisation';
    return 'person';
  }
  return 'single';
}
