// Word tokens with their offsets: the unit every detector walks. Apostrophes and hyphens inside a
// word keep it whole (`Netanyahu’s`, `long-range`); soft hyphens and zero-width marks stay inside.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, without soft hyphens, zero-width marks or a possessive `'s`. */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad\u200b-\u200d\u2060]*(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{N}\u00ad]+)*/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;
const POSSESSIVE = /['\u2019]s$/;

/** All word tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const first = word.charAt(0);
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      norm: word.toLowerCase().replace(INVISIBLE, '').replace(POSSESSIVE, ''),
      cap: first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/** Index of the first token that ends after `offset` (tokens.length when none): a binary search. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? offset + 1) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
