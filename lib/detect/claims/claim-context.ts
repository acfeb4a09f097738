// What stands next to a figure without being part of it: the qualifier before it (`at least`,
// `upwards of`, `nearly`) and the counted noun after it (`31,000 Ukrainian soldiers` → `soldiers`).
import { IRREGULAR_PLURALS, NOUN_PHRASE_STOPS } from '../lexicon/function-words';
import { QUALIFIER_PHRASES } from '../lexicon/qualifiers';
import type { Token } from './numeric-tokens';
import { hasInflectionalS, looksOusAdjective, looksParticiple } from '../lexicon/word-class';

// Longest phrases first, so `no more than` wins over `more than`.
const PHRASES = [...QUALIFIER_PHRASES].sort((a, b) => b.length - a.length);

/** The qualifier phrase that ends just before token `first`, and the token where it starts. */
export function qualifierBefore(tokens: readonly Token[], first: number): { text: string; start: number } | null {
  for (const phrase of PHRASES) {
    const start = first - phrase.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const t = tokens[start + k];
      ok = !!t && t.kind === 'word' && t.norm === phrase[k];
    }
    if (ok) return { text: phrase.join(' '), start };
  }
  return null;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const MAX_NOUN_WORDS = 4;
// Determiners stepped over after `of` (`half of the staff`).
const OF_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'all']);

const isPluralNoun = (w: string): boolean => IRREGULAR_PLURALS.has(w) || (w.length > 3 && hasInflectionalS(w) && !looksOusAdjective(w));

/**
 * The counted noun right after token `last`: the first plural noun of the phrase, else its last word
 * (`31,000 Ukrainian soldiers have died` → `soldiers`, `two dozen teams use` → `teams`), read
 * through `of the` when the figure is a share or a vague amount (`thousands of tourists` → `tourists`).
 */
export function countedNounAfter(tokens: readonly Token[], last: number, throughOf: boolean): string | null {
  let j = last + 1;
  // `a six-member crew`, `a 12-person team`: the compound's head is what is counted.
  const hyphen = tokens[j];
  const compounded = tokens[j + 1];
  const hyphened = hyphen?.kind === 'mark' && HYPHENS.has(hyphen.norm) && !hyphen.spaced && compounded?.kind === 'word' && !compounded.spaced;
  // `1 million-plus fans`: `plus` qualifies the figure; the noun comes after it.
  if (hyphened && compounded.norm === 'plus') j += 2;
  else if (hyphened) return compounded.norm;
  if (throughOf && tokens[j]?.kind === 'word' && tokens[j]?.norm === 'of') {
    j++;
    if (tokens[j]?.kind === 'word' && OF_DETERMINERS.has(tokens[j]?.norm ?? '')) j++;
  }
  let head: string | null = null;
  for (let words = 0; words < MAX_NOUN_WORDS; words++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || !t.spaced || NOUN_PHRASE_STOPS.has(t.norm)) break;
    // A participle after the noun starts the predicate (`potholes filled`, `crews repairing`).
    if (head !== null && looksParticiple(t.norm)) break;
    let word = t.norm;
    j++;
    // `bikini-clad tourists`, `long-range missiles`: hyphened words stay one word.
    while (tokens[j]?.kind === 'mark' && HYPHENS.has(tokens[j]?.norm ?? '') && tokens[j]?.spaced === false && tokens[j + 1]?.kind === 'word' && tokens[j + 1]?.spaced === false) {
      word = tokens[j + 1]?.norm ?? word;
      j += 2;
    }
    head = word;
    if (isPluralNoun(word)) return word;
  }
  return head;
}
