// Counts a text has made: where it first writes a number word right before a noun (`two
// companies`). A later `the two Acme companies` refers back to them, while `the eight Harry Potter
// films` the text has not counted before introduces its count (claim-exceptions.ts).
import { UNIT_WORDS } from '../lexicon/number-words';

const COUNTED = new RegExp(String.raw`\b(${[...UNIT_WORDS.keys()].join('|')})\s+([a-z]+)\b`, 'gi');

/** The key under which `firstCounts` records a number word and its noun: `two companies`. */
export const countKey = (numberWord: string, noun: string): string => `${numberWord.toLowerCase()} ${noun.toLowerCase()}`;

/** Where `text` first writes each number word (zero … nineteen) followed by a word. */
export function firstCounts(text: string): ReadonlyMap<string, number> {
  const first = new Map<string, number>();
  for (const match of text.matchAll(COUNTED)) {
    const key = countKey(match[1] ?? '', match[2] ?? '');
    if (!first.has(key)) first.set(key, match.index);
  }
  return first;
}
