// Reads amounts written in words from the token stream: cardinals (`nine`, `twenty-five`,
// `one hundred and fifty`, `a million`), dozens (`two dozen`), fractions (`one-tenth`, `two-thirds`,
// `half`, `a third of`), multiples (`double the number`) and vague amounts (`tens of thousands`,
// `several hundred`, `millions`).
import {
  DOZEN_WORDS,
  FRACTION_DENOMINATORS,
  MULTIPLE_WORDS,
  MULTIPLIED_DETERMINERS,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_AMOUNT_WORDS,
  VAGUE_SCALE_PREFIXES,
} from '../lexicon/number-words';
import type { Token } from './numeric-tokens';
import { looksPlural } from '../lexicon/word-class';

export type WordAmountKind = 'cardinal' | 'fraction' | 'vague';

export interface WordAmount {
  /** Token indexes of the first and last word of the amount. */
  first: number;
  last: number;
  /** The amount, or null for a vague one. */
  value: number | null;
  kind: WordAmountKind;
  /** Written with a scale word or `dozen` (`two million`, `a dozen`): never a plain singular. */
  scaled: boolean;
}

const word = (tokens: readonly Token[], i: number): string | null => {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.norm : null;
};

/** A hyphen glued on both sides (`twenty-five`, `one-tenth`). */
function gluedHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.kind === 'mark' && (t.norm === '-' || t.norm === '\u2010' || t.norm === '\u2011') && !t.spaced && tokens[i + 1]?.spaced === false;
}

/** Cardinal words from `i`: the value, the last token, and whether a scale word was used. */
function readCardinal(tokens: readonly Token[], i: number): { value: number; last: number; scaled: boolean } | null {
  let total = 0;
  let current = 0;
  let last = -1;
  let scaled = false;
  // What the previous part was, to refuse sequences that are not one number (`two three`, `twenty thirty`).
  let previous: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' = 'none';
  let k = i;
  const first = word(tokens, i);
  if ((first === 'a' || first === 'an') && (SCALE_WORDS.has(word(tokens, i + 1) ?? '') || DOZEN_WORDS.has(word(tokens, i + 1) ?? ''))) {
    current = 1;
    previous = 'unit';
    last = i;
    k = i + 1;
  }
  for (;;) {
    const w = word(tokens, k);
    if (w === null) break;
    const unit = UNIT_WORDS.get(w);
    const tens = TENS_WORDS.get(w);
    const scale = SCALE_WORDS.get(w);
    if (unit !== undefined && (previous === 'none' || previous === 'hundred' || previous === 'scale' || (previous === 'tens' && unit > 0 && unit < 10))) {
      current += unit;
      previous = 'unit';
    } else if (tens !== undefined && (previous === 'none' || previous === 'hundred' || previous === 'scale')) {
      current += tens;
      previous = 'tens';
    } else if (w === 'hundred' && previous !== 'none' && previous !== 'hundred' && current > 0 && current < 100) {
      current *= 100;
      previous = 'hundred';
      scaled = true;
    } else if (scale !== undefined && scale > 100 && previous !== 'none' && current > 0) {
      total += current * scale;
      current = 0;
      previous = 'scale';
      scaled = true;
    } else if (DOZEN_WORDS.has(w) && previous !== 'none' && current > 0 && current < 100 && total === 0) {
      current *= DOZEN_WORDS.get(w) ?? 1;
      last = k;
      scaled = true;
      break;
    } else {
      break;
    }
    last = k;
    // `one hundred and fifty`: `and` joins only after a scale word, before a smaller number.
    const next = word(tokens, k + 1);
    if ((previous === 'hundred' || previous === 'scale') && next === 'and' && (UNIT_WORDS.has(word(tokens, k + 2) ?? '') || TENS_WORDS.has(word(tokens, k + 2) ?? ''))) {
      k += 2;
    } else if (previous === 'tens' && gluedHyphen(tokens, k + 1) && UNIT_WORDS.has(word(tokens, k + 2) ?? '')) {
      k += 2;
    } else {
      k += 1;
    }
  }
  return last < 0 ? null : { value: total + current, last, scaled };
}

/** `one-tenth`, `two thirds`, `a third of`, `half`, `one and a half`, starting at `i`. */
function readFraction(tokens: readonly Token[], i: number): WordAmount | null {
  const w = word(tokens, i);
  if (w === null) return null;
  if (w === 'half') return { first: i, last: i, value: 0.5, kind: 'fraction', scaled: false };
  // `a third of`, `a quarter of`: without `of`, `a third` is an ordinal (`a third time`).
  // `a quarter point`, `a quarter-point`: a quarter of a percentage point.
  const pointAt = gluedHyphen(tokens, i + 2) ? i + 3 : i + 2;
  if (w === 'a' && word(tokens, i + 1) === 'quarter' && (word(tokens, pointAt) === 'point' || word(tokens, pointAt) === 'points')) {
    return { first: i, last: i + 1, value: 0.25, kind: 'fraction', scaled: false };
  }
  if ((w === 'a' || w === 'an') && word(tokens, i + 2) === 'of') {
    const denominator = FRACTION_DENOMINATORS.get(word(tokens, i + 1) ?? '');
    if (denominator !== undefined && denominator > 2) return { first: i, last: i + 1, value: 1 / denominator, kind: 'fraction', scaled: false };
  }
  const numerator = UNIT_WORDS.get(w);
  if (numerator === undefined || numerator === 0 || numerator > 10) return null;
  const at = gluedHyphen(tokens, i + 1) ? i + 2 : i + 1;
  if (at === i + 1 && tokens[at]?.spaced === false) return null;
  const denominatorWord = word(tokens, at) ?? '';
  const denominator = FRACTION_DENOMINATORS.get(denominatorWord);
  // `two thirds` but not `one fifth` read against `the fifth`: a plural denominator needs a numerator above one.
  if (denominator === undefined || (looksPlural(denominatorWord) && numerator === 1) || (!looksPlural(denominatorWord) && numerator > 1 && denominator !== 2)) return null;
  return { first: i, last: at, value: numerator / denominator, kind: 'fraction', scaled: false };
}

/** `tens of thousands`, `tens and hundreds of millions`, `dozens`, `several hundred`, `a few thousand`. */
function readVague(tokens: readonly Token[], i: number): WordAmount | null {
  let k = i;
  const w = word(tokens, k);
  if (w === null) return null;
  if (w === 'a' && word(tokens, k + 1) === 'few') k += 1;
  else if (w === 'a' && word(tokens, k + 1) === 'couple' && word(tokens, k + 2) === 'of') k += 2;
  const prefix = VAGUE_SCALE_PREFIXES.has(word(tokens, k) ?? '');
  if (prefix) {
    // `several hundred`, `a few thousand`, `many thousands`: the prefix must lead into a scale word.
    const next = word(tokens, k + 1) ?? '';
    if (!SCALE_WORDS.has(next) && !VAGUE_AMOUNT_WORDS.has(next)) return null;
    let last = k + 1;
    while (SCALE_WORDS.has(word(tokens, last + 1) ?? '')) last++;
    return extendVague(tokens, i, last);
  }
  if (!VAGUE_AMOUNT_WORDS.has(word(tokens, k) ?? '')) return null;
  return extendVague(tokens, i, k);
}

/** Grows a vague amount over `and`/`or`/`of` links to further plural scale words (`tens and hundreds of millions`). */
function extendVague(tokens: readonly Token[], first: number, last: number): WordAmount | null {
  for (;;) {
    const link = word(tokens, last + 1);
    const next = word(tokens, last + 2) ?? '';
    const joins = link === 'and' || link === 'or' || link === 'upon' || (link === 'of' && next !== 'tens' && next !== 'dozens');
    if (!joins || !VAGUE_AMOUNT_WORDS.has(next)) break;
    last += 2;
  }
  // `tens` and `scores` alone are not amounts (`tens of`, `scores of` are): `test scores`.
  const lone = word(tokens, first);
  if (first === last && (lone === 'tens' || lone === 'scores') && word(tokens, last + 1) !== 'of') return null;
  return { first, last, value: null, kind: 'vague', scaled: true };
}

/** The amount written in words that starts at token `i`, if any. */
export function readWordAmount(tokens: readonly Token[], i: number): WordAmount | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  // `double the number`, `nearly triple its size`: a proportion (guide, "Percentages and proportions").
  const multiple = MULTIPLE_WORDS.get(t.norm);
  if (multiple !== undefined) return MULTIPLIED_DETERMINERS.has(word(tokens, i + 1) ?? '') ? { first: i, last: i, value: multiple, kind: 'cardinal', scaled: false } : null;
  const vague = readVague(tokens, i);
  if (vague) return vague;
  const fraction = readFraction(tokens, i);
  if (fraction) return fraction;
  const cardinal = readCardinal(tokens, i);
  if (!cardinal) return null;
  let { value, last } = cardinal;
  // `one and a half`, `two and a half million`.
  if (word(tokens, last + 1) === 'and' && word(tokens, last + 2) === 'a' && word(tokens, last + 3) === 'half') {
    value += 0.5;
    last += 3;
    const scale = SCALE_WORDS.get(word(tokens, last + 1) ?? '');
    if (scale !== undefined && scale > 100) {
      value *= scale;
      last += 1;
    }
  }
  return { first: i, last, value, kind: 'cardinal', scaled: cardinal.scaled };
}
