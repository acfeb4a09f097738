// Reads one amount at a token: a numeral or number words with what is written on it — currency
// (`$`, `US$`, `euros`), magnitude (`billion`, `bn`, `m`), percent (`%`, `per cent`, `percentage
// point`) and unit of measurement (`30 miles`, `6.5-magnitude`, `5'6"`). Ranges and ratios that join
// two amounts are the scanner's business.
import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from '../lexicon/currencies';
import { PERSON_HEAD_NOUNS } from '../lexicon/compound-heads';
import { IRREGULAR_PLURALS, NOUN_PHRASE_STOPS } from '../lexicon/function-words';
import { AREA_PREFIXES, GLUED_UNITS, MEASURE_UNITS, PERCENT_WORDS } from '../lexicon/measures';
import { DOZEN_WORDS, MAGNITUDE_ABBREVIATIONS, MULTIPLE_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_AMOUNT_WORDS, VAGUE_SCALE_PREFIXES } from '../lexicon/number-words';
import { readWordAmount, type WordAmountKind } from './number-words';
import type { Numeral } from './parse-number';
import type { Token } from './numeric-tokens';
import { hasInflectionalS, looksPastForm, withoutPossessive } from '../lexicon/word-class';

/** What is glued to the digits that makes them something other than an amount. */
export type GluedSuffix = 'ordinal' | 'decade' | 'clock' | 'letters';

export interface Amount {
  /** Token indexes of the whole amount (currency sign to unit) and of its number alone. */
  first: number;
  last: number;
  numberFirst: number;
  numberLast: number;
  value: number | null;
  /** What a magnitude word or abbreviation multiplied the number by (1 when none). */
  multiplier: number;
  currency: string | null;
  /** `%` for percentages, `percentage points`, `basis points`. */
  percent: string | null;
  measure: string | null;
  /** The numeral, when written in digits. */
  numeral: Numeral | null;
  /** Set when written in words. */
  wordKind: WordAmountKind | null;
  /** A scale word (`two million`, `a dozen`): not a plain `one`. */
  scaled: boolean;
  glued: GluedSuffix | null;
}

const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['\u00bd', 0.5],
  ['\u00bc', 0.25],
  ['\u00be', 0.75],
  ['\u2153', 1 / 3],
  ['\u2154', 2 / 3],
  ['\u215b', 0.125],
]);
const MINUS_SIGNS = new Set(['-', '\u2212']);
// Screen resolutions written with a glued `p` (`1080p`): not pence.
const DISPLAY_LINES: ReadonlySet<number> = new Set([144, 240, 360, 480, 540, 720, 1080, 1440, 2160, 4320]);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const PERCENT_SIGNS = new Set(['%', '\u066a', '\uff05']);
const FEET_MARKS = new Set(["'", '\u2032', '\u2019']);
const INCH_MARKS = new Set(['"', '\u2033', '\u201d']);
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const INCH_WORDS = new Set(['in', 'ins', 'inch', 'inches']);

const wordAt = (tokens: readonly Token[], i: number): string | null => {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.norm : null;
};
const glued = (tokens: readonly Token[], i: number): boolean => tokens[i]?.spaced === false;
const isHyphen = (t: Token | undefined): boolean => !!t && t.kind === 'mark' && HYPHENS.has(t.norm);
const isPlural = (w: string | null): boolean => !!w && (IRREGULAR_PLURALS.has(w) || (w.length > 2 && hasInflectionalS(w)));

/** Every amount is built here, so all have one shape (property order matters to the JavaScript engine's speed). */
function newAmount(
  first: number,
  last: number,
  numberFirst: number,
  numberLast: number,
  value: number | null,
  multiplier: number,
  currency: string | null,
  measure: string | null,
  numeral: Numeral | null,
  wordKind: WordAmountKind | null,
  scaled: boolean,
  gluedSuffix: GluedSuffix | null,
): Amount {
  return { first, last, numberFirst, numberLast, value, multiplier, currency, percent: null, measure, numeral, wordKind, scaled, glued: gluedSuffix };
}

/**
 * `4.5m people`, `10m barrels` are millions; `400m hurdles`, `a 100m wall` are metres. Without a
 * currency, `m` is millions only before a plural noun, and for round hundreds only before people.
 */
function readsAsMillions(tokens: readonly Token[], k: number): boolean {
  const next = wordAt(tokens, k + 2);
  const numeral = tokens[k]?.numeral;
  if (!numeral || !isPlural(next)) return false;
  return numeral.fractional || numeral.value < 100 || IRREGULAR_PLURALS.has(next ?? '');
}

/** A currency written before the number at `i`: its code and the index of the number. */
function readCurrencyPrefix(tokens: readonly Token[], i: number): { code: string; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'mark') {
    const code = CURRENCY_SYMBOLS.get(t.norm);
    return code && tokens[i + 1]?.kind === 'number' ? { code, next: i + 1 } : null;
  }
  if (t.kind !== 'word') return null;
  const dollar = DOLLAR_PREFIXES.get(t.norm);
  if (dollar && tokens[i + 1]?.norm === '$' && glued(tokens, i + 1) && tokens[i + 2]?.kind === 'number') return { code: dollar, next: i + 2 };
  const upper = t.norm.toUpperCase();
  if (t.capitalised && CURRENCY_CODES.has(upper) && tokens[i + 1]?.kind === 'number') return { code: upper, next: i + 1 };
  const abbreviated = t.capitalised ? CURRENCY_ABBREVIATIONS.get(t.norm) : undefined;
  if (abbreviated) {
    const at = tokens[i + 1]?.norm === '.' && tokens[i + 1]?.spaced === false ? i + 2 : i + 1;
    if (tokens[at]?.kind === 'number') return { code: abbreviated, next: at };
  }
  return null;
}

/** Digits at `k` with what is glued to them and a spaced magnitude word after. */
function readDigitAmount(tokens: readonly Token[], first: number, k: number, prefixCurrency: string | null): Amount {
  const numeral = tokens[k]?.numeral ?? null;
  let currency = prefixCurrency;
  let value = numeral ? numeral.value : Number.NaN;
  let last = k;
  let multiplier = 1;
  let gluedSuffix: GluedSuffix | null = null;
  let measure: string | null = null;
  const next = tokens[k + 1];
  // A glued percent (`5pc`, `5pct`) is read with the other percent forms, after the number.
  if (next && next.kind === 'word' && !next.spaced && !PERCENT_WORDS.has(next.norm)) {
    const raw = next.norm;
    const exactUnit = GLUED_UNITS.get(raw.length === 1 ? (next.capitalised ? raw.toUpperCase() : raw) : raw);
    const magnitude = MAGNITUDE_ABBREVIATIONS.get(raw) ?? SCALE_WORDS.get(raw) ?? 0;
    // `4K`, `2K17` without a currency are names (screens, games); `£30K` is thirty thousand.
    const nameLetter = raw === 'k' && next.capitalised && !currency;
    if (raw === 'm' && !currency && !readsAsMillions(tokens, k)) {
      measure = 'm';
      last = k + 1;
    } else if (magnitude > 0 && !(raw === 'b' && !currency) && !nameLetter) {
      multiplier = magnitude;
      last = k + 1;
    } else if (exactUnit) {
      measure = exactUnit;
      last = k + 1;
    } else if (ORDINAL_SUFFIXES.has(raw)) {
      gluedSuffix = 'ordinal';
      last = k + 1;
    } else if (raw === 's') {
      // `1930s` is a decade; `1,000s of fans` is a vague amount.
      if (numeral?.grouped) value = Number.NaN;
      else gluedSuffix = 'decade';
      last = k + 1;
    } else if (raw === 'p' && !currency && numeral && !DISPLAY_LINES.has(numeral.value)) {
      // `50p`, `245p`: pence; `1080p` is a screen resolution.
      currency = 'GBp';
      last = k + 1;
    } else if (raw === 'am' || raw === 'pm' || raw === 'h' || raw === 'hrs') {
      gluedSuffix = 'clock';
      last = k + 1;
    } else {
      gluedSuffix = 'letters';
      last = k + 1;
    }
  }
  if (last === k) {
    // `$1.5-trillion`: a scale word hyphened on.
    const hyphened = isHyphen(tokens[k + 1]) && glued(tokens, k + 1) && glued(tokens, k + 2) && SCALE_WORDS.has(wordAt(tokens, k + 2) ?? '');
    const w = wordAt(tokens, hyphened ? k + 2 : k + 1);
    const scale = w
      ? (SCALE_WORDS.get(w) ?? DOZEN_WORDS.get(w) ?? (w === 'bn' || w === 'mn' || w === 'tn' || (w === 'm' && currency) ? MAGNITUDE_ABBREVIATIONS.get(w) : undefined))
      : undefined;
    if (scale !== undefined) {
      multiplier = scale;
      last = hyphened ? k + 2 : k + 1;
    }
  }
  // `6½`, `6 ½ minutes`.
  const vulgar = tokens[last + 1];
  const fraction = vulgar && vulgar.kind === 'mark' && !gluedSuffix ? VULGAR_FRACTIONS.get(vulgar.norm) : undefined;
  if (fraction !== undefined && multiplier === 1 && !measure) {
    value += fraction;
    last += 1;
  }
  value *= multiplier;
  return newAmount(first, last, k, k, Number.isFinite(value) ? value : null, multiplier, currency, measure, numeral, null, multiplier > 1, gluedSuffix);
}

/** A percent written after the amount ending at `last`: its name and new last index. */
function readPercent(tokens: readonly Token[], last: number): { percent: string; last: number } | null {
  const t = tokens[last + 1];
  if (!t) return null;
  if (t.kind === 'mark' && PERCENT_SIGNS.has(t.norm)) return { percent: '%', last: last + 1 };
  if (t.kind !== 'word') return null;
  if (t.norm === 'per' && wordAt(tokens, last + 2) === 'cent') return { percent: '%', last: last + 2 };
  if (t.norm === 'percentage' || t.norm === 'basis') {
    const point = wordAt(tokens, last + 2);
    if (point === 'point' || point === 'points') return { percent: t.norm === 'basis' ? 'basis points' : 'percentage points', last: last + 2 };
    return null;
  }
  if (PERCENT_WORDS.has(t.norm)) return { percent: '%', last: last + 1 };
  return null;
}

// How many words after an age compound are read for the noun it describes.
const AGED_NOUN_REACH = 3;
const AGE_COMPOUND_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day']);

/** The noun phrase at `i`, after an age compound, names a thing: no person noun, no name, and not empty (`the 30-year-old said`). */
function agedThing(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < i + AGED_NOUN_REACH; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || !t.spaced || NOUN_PHRASE_STOPS.has(t.norm)) return j > i;
    if (t.capitalised || PERSON_HEAD_NOUNS.has(withoutPossessive(t.norm))) return false;
    // `the 30-year-old admitted …`: a verb straight after makes the compound a person.
    if (j === i && looksPastForm(t.norm)) return false;
  }
  return true;
}

/** A unit of measurement after the amount ending at `last` (`30 miles`, `6.5-magnitude`, `5 square miles`). */
function readMeasure(tokens: readonly Token[], last: number, value: number | null): { measure: string; last: number } | null {
  let at = last + 1;
  const hyphenated = isHyphen(tokens[at]) && glued(tokens, at) && glued(tokens, at + 1);
  if (hyphenated) at++;
  const w = wordAt(tokens, at);
  if (w === null) {
    // `30°C`, `30 °F`, `2.5°`.
    if (tokens[at]?.norm === '\u00b0') {
      const scale = wordAt(tokens, at + 1);
      if ((scale === 'c' || scale === 'f') && glued(tokens, at + 1)) return { measure: scale === 'c' ? '°C' : '°F', last: at + 1 };
      return { measure: 'degrees', last: at };
    }
    return null;
  }
  if (AREA_PREFIXES.has(w)) {
    const unit = MEASURE_UNITS.get(wordAt(tokens, at + 1) ?? '');
    return unit ? { measure: `square ${unit}`.replace('square', w === 'cubic' ? 'cubic' : 'square'), last: at + 1 } : null;
  }
  const unit = MEASURE_UNITS.get(w);
  if (unit) return { measure: unit, last: at };
  // `a 106-year-old schooner`: a thing's age is a measurement; `a 45-year-old man` is a person's age.
  if (hyphenated && AGE_COMPOUND_UNITS.has(w) && isHyphen(tokens[at + 1]) && wordAt(tokens, at + 2) === 'old' && agedThing(tokens, at + 3)) {
    return { measure: `${w}s`, last: at + 2 };
  }
  // The age of a thing is a measurement (`2,000 years old`); a person's age is not (guide: ages).
  if ((w === 'years' || w === 'year') && value !== null && value > 120 && wordAt(tokens, at + 1) === 'old') return { measure: 'years', last: at };
  return null;
}

/** `6ft 4in`, `5 feet 6 inches`: the inches join the feet, and the whole is valued in inches (guide decision 12). */
function addInches(tokens: readonly Token[], amount: Amount): void {
  const inches = tokens[amount.last + 1];
  if (!inches?.numeral || !inches.spaced || inches.numeral.value >= 12) return;
  const unit = tokens[amount.last + 2];
  if (!unit || unit.kind !== 'word' || !INCH_WORDS.has(unit.norm)) return;
  amount.value = (amount.value ?? 0) * 12 + inches.numeral.value;
  amount.measure = 'inches';
  amount.last += 2;
}

/** `5'6"`: feet and inches, valued in inches (guide decision 12). */
function readFeetInches(tokens: readonly Token[], k: number): { value: number; last: number } | null {
  const feet = tokens[k];
  const mark = tokens[k + 1];
  const inches = tokens[k + 2];
  const close = tokens[k + 3];
  if (!feet?.numeral || !mark || !FEET_MARKS.has(mark.norm) || mark.spaced || !inches || inches.kind !== 'number' || inches.spaced || !inches.numeral) return null;
  if (!close || !INCH_MARKS.has(close.norm) || close.spaced || inches.numeral.value >= 12) return null;
  return { value: feet.numeral.value * 12 + inches.numeral.value, last: k + 3 };
}

// Words and marks an amount can start with; any other token is passed over without a closer look.
const STARTING_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...VAGUE_AMOUNT_WORDS,
  ...VAGUE_SCALE_PREFIXES,
  ...DOLLAR_PREFIXES.keys(),
  ...[...CURRENCY_CODES].map((code) => code.toLowerCase()),
  ...CURRENCY_ABBREVIATIONS.keys(),
  ...MULTIPLE_WORDS.keys(),
  'a',
  'an',
  'half',
]);
const STARTING_MARKS: ReadonlySet<string> = new Set([...CURRENCY_SYMBOLS.keys(), ...MINUS_SIGNS]);

/** The amount that starts at token `i`, or null when none does. */
export function readAmount(tokens: readonly Token[], i: number): Amount | null {
  const start = tokens[i];
  if (!start) return null;
  if (start.kind === 'word' ? !STARTING_WORDS.has(start.norm) : start.kind === 'mark' && !STARTING_MARKS.has(start.norm)) return null;
  // `-59%`, `−3.5 percent`: a minus sign glued to the figure, not joining it to a word or number before.
  const negative =
    start.kind === 'mark' &&
    MINUS_SIGNS.has(start.norm) &&
    tokens[i + 1]?.kind === 'number' &&
    tokens[i + 1]?.spaced === false &&
    (start.spaced || !tokens[i - 1] || (tokens[i - 1]?.kind === 'mark' && !MINUS_SIGNS.has(tokens[i - 1]?.norm ?? '')));
  if (negative) {
    const positive = readAmount(tokens, i + 1);
    if (positive && positive.value !== null && !positive.glued) {
      positive.first = i;
      positive.value = -positive.value;
    }
    return positive;
  }
  const prefix = readCurrencyPrefix(tokens, i);
  const k = prefix ? prefix.next : i;
  const currency = prefix ? prefix.code : null;
  let amount: Amount;
  const number = tokens[k];
  if (!number) return null;
  if (number.kind === 'number') {
    const feetInches = prefix ? null : readFeetInches(tokens, k);
    if (feetInches) {
      return newAmount(i, feetInches.last, k, k, feetInches.value, 1, null, 'inches', number.numeral, null, false, null);
    }
    amount = readDigitAmount(tokens, i, k, currency);
  } else {
    const words = readWordAmount(tokens, k);
    if (!words) return null;
    amount = newAmount(i, words.last, words.first, words.last, words.value, 1, currency, null, null, words.kind, words.scaled, null);
    // `half a percentage point`, `half a million`, `half a dozen`.
    if (words.kind === 'fraction' && words.value === 0.5 && (wordAt(tokens, words.last + 1) === 'a' || wordAt(tokens, words.last + 1) === 'an')) {
      const after = wordAt(tokens, words.last + 2) ?? '';
      const scale = SCALE_WORDS.get(after) ?? DOZEN_WORDS.get(after);
      if (scale !== undefined) {
        amount.value = 0.5 * scale;
        amount.multiplier = scale;
        amount.scaled = true;
        amount.last = words.last + 2;
        amount.numberLast = amount.last;
      } else if (readPercent(tokens, words.last + 1) || MEASURE_UNITS.has(after)) {
        amount.last = words.last + 1;
      }
    }
  }
  if (amount.glued) return amount;
  // `a quarter point`, `a half-point cut`: a fraction of a percentage point.
  if (amount.wordKind === 'fraction') {
    const at = isHyphen(tokens[amount.last + 1]) && glued(tokens, amount.last + 1) ? amount.last + 2 : amount.last + 1;
    const point = wordAt(tokens, at);
    if (point === 'point' || point === 'points') {
      amount.percent = 'percentage points';
      amount.last = at;
      return amount;
    }
  }
  const percent = readPercent(tokens, amount.last);
  if (percent) {
    amount.percent = percent.percent;
    amount.last = percent.last;
    return amount;
  }
  if (!amount.currency) {
    // `60 billion dollars`, `hundreds of millions of dollars`, `5 million US dollars`.
    let at = amount.last + 1;
    if (amount.wordKind === 'vague' && wordAt(tokens, at) === 'of') at++;
    if (wordAt(tokens, at) === 'us' && wordAt(tokens, at + 1) === 'dollars') at++;
    const name = wordAt(tokens, at) ?? '';
    // `500 pounds` of fish is a weight; `10 million pounds` in a budget is money.
    const named = (name === 'pound' || name === 'pounds') && amount.multiplier < 1e6 && amount.wordKind !== 'vague' ? undefined : CURRENCY_NAMES.get(name);
    const upper = tokens[at]?.capitalised ? (tokens[at]?.norm.toUpperCase() ?? '') : '';
    const code = CURRENCY_CODES.has(upper) ? upper : null;
    if (named || code) {
      amount.currency = named ?? code;
      amount.last = at;
      return amount;
    }
  }
  if (!amount.currency && !amount.measure && amount.wordKind !== 'vague') {
    const unit = readMeasure(tokens, amount.last, amount.value);
    if (unit) {
      amount.measure = unit.measure;
      amount.last = unit.last;
    }
  }
  if (amount.measure === 'feet' && amount.value !== null) addInches(tokens, amount);
  // `a magnitude 7.8 earthquake`: the unit written before the number.
  if (!amount.measure && !amount.currency && wordAt(tokens, amount.first - 1) === 'magnitude') amount.measure = 'magnitude';
  return amount;
}
