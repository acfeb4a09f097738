// English number names as written in news prose: the cardinals of standard English grammar
// (zero to nineteen, the tens, the scale words of the short scale used by English-language media),
// the magnitude abbreviations of financial journalism (Reuters/FT/Economist style: `bn`, `m`, `tn`),
// the fraction names, and the plural scale words that make vague amounts (`thousands`, `tens of`).

/** zero … nineteen. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['nought', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

/** Multiples read as amounts before what they multiply (`double the number`, `nearly triple its size`). */
export const MULTIPLE_WORDS: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
  ['quadruple', 4],
]);

/** Words after a multiple that name what it multiplies: a determiner or a possessive. */
export const MULTIPLIED_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** twenty … ninety. */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Scale words that multiply what stands before them (`two hundred`, `1.3 million`). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  // The Indian numbering system of South Asian news (`Rs 500 crore`, `two lakh people`).
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
]);

/** Magnitude abbreviations written after digits (`2.5bn`, `£10m`, `5k`, `$1.2tn`). */
export const MAGNITUDE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['bln', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
  ['tr', 1e12],
]);

/** `a dozen`, `two dozen`. (`score` as twenty is left out: in news a score is a rating, `a score of 7`.) */
export const DOZEN_WORDS: ReadonlyMap<string, number> = new Map([['dozen', 12]]);

/** Denominators of word fractions (`one-third`, `two-thirds`, `one-tenth`), singular and plural. */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['seventh', 7],
  ['sevenths', 7],
  ['eighth', 8],
  ['eighths', 8],
  ['ninth', 9],
  ['ninths', 9],
  ['tenth', 10],
  ['tenths', 10],
  ['hundredth', 100],
  ['hundredths', 100],
  ['thousandth', 1000],
  ['thousandths', 1000],
]);

/** Plural scale words that state an amount without a value (`tens of thousands`, `dozens`, `millions`). */
export const VAGUE_AMOUNT_WORDS: ReadonlySet<string> = new Set(['tens', 'dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);

/** Words that make a scale word vague (`several hundred`, `a few thousand`): the amount has no value. */
export const VAGUE_SCALE_PREFIXES: ReadonlySet<string> = new Set(['several', 'few', 'couple', 'many']);
