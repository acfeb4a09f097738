// Reads a numeral written in digits at a position of the text: `31,000`, `1.3`, `1 500`, `٣١٬٠٠٠`,
// `３１，０００`. Every digit and separator is one UTF-16 unit, so offsets stay those of the text.

/** The value of a decimal digit in any script news pages use (ASCII, Arabic-Indic, Persian, Devanagari, full-width), or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  if (code >= 0x966 && code <= 0x96f) return code - 0x966;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

const isDigit = (text: string, i: number): boolean => i < text.length && digitValue(text.charCodeAt(i)) >= 0;

// Thousands separators: comma, Arabic thousands separator, full-width comma.
const GROUP_MARKS = new Set([0x2c, 0x66c, 0xff0c]);
// Spaces that typeset thousands groups (`1 500`): space, no-break space, thin and narrow no-break spaces.
const GROUP_SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f]);
// Decimal points: full stop, Arabic decimal separator, full-width full stop.
const DECIMAL_MARKS = new Set([0x2e, 0x66b, 0xff0e]);

export interface Numeral {
  /** The number it writes, or NaN when it is too long to be a finite number. */
  value: number;
  /** Digits before the decimal point, separators left out. */
  integerDigits: number;
  /** Written with thousands separators (`31,000`). */
  grouped: boolean;
  /** Written with a decimal part (`1.3`). */
  fractional: boolean;
  /** Begins with a 0 that is not the only integer digit (`020`, `007`): a code, not an amount. */
  leadingZero: boolean;
  /** More than one dot between digit runs (`1.2.3`): a version or a date, not an amount. */
  dotted: boolean;
}

/** Exactly three digits at `i`, then no further digit. */
function isGroupOfThree(text: string, i: number): boolean {
  return isDigit(text, i) && isDigit(text, i + 1) && isDigit(text, i + 2) && !isDigit(text, i + 3);
}

/**
 * `1,3%`, `12,75 %`: a continental decimal comma, read only before a percent sign, where one or two
 * digits after a comma cannot be a thousands group. The count of decimal digits, or 0.
 */
function decimalCommaBeforePercent(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x2c || !isDigit(text, i + 1)) return 0;
  const decimals = isDigit(text, i + 2) ? 2 : 1;
  if (isDigit(text, i + 1 + decimals)) return 0;
  let j = i + 1 + decimals;
  if (GROUP_SPACES.has(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 0x25 ? decimals : 0;
}

/**
 * How a text writes its numbers: `english` (`40,000`, `1.5`) or `continental` (`40.000`, `1,5`).
 * Continental only when the text shows it unambiguously (`1.000.000`, `1,3%`) and shows no
 * unambiguous English form (`1,000,000`, `1.3%`).
 */
export type NumberStyle = 'english' | 'continental';

const CONTINENTAL_SIGNS = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?!\d|[.,]\d)|(?<![\d.,])\d{1,3},\d{1,2} ?%/;
const ENGLISH_SIGNS = /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?!\d|[.,]\d)|(?<![\d.,])\d{1,3}\.\d{1,2} ?%/;

/** The number style of a whole text (see NumberStyle). */
export function numberStyle(text: string): NumberStyle {
  return CONTINENTAL_SIGNS.test(text) && !ENGLISH_SIGNS.test(text) ? 'continental' : 'english';
}

/** `40.000`, `2,5`: a continental numeral, dots grouping thousands, a comma before decimals. */
function readContinental(text: string, start: number, firstGroup: number, digits: string): { end: number; numeral: Numeral } {
  let i = start + firstGroup;
  let grouped = false;
  if (firstGroup <= 3) {
    while (text.charCodeAt(i) === 0x2e && isGroupOfThree(text, i + 1)) {
      for (let k = 1; k <= 3; k++) digits += digitValue(text.charCodeAt(i + k));
      i += 4;
      grouped = true;
    }
  }
  const integerDigits = digits.length;
  let fractional = false;
  if (text.charCodeAt(i) === 0x2c && isDigit(text, i + 1)) {
    digits += '.';
    i++;
    while (isDigit(text, i)) digits += digitValue(text.charCodeAt(i++));
    fractional = true;
  }
  const value = Number(digits);
  return {
    end: i,
    numeral: { value: Number.isFinite(value) ? value : Number.NaN, integerDigits, grouped, fractional, leadingZero: firstGroup > 1 && digits[0] === '0', dotted: false },
  };
}

/** The numeral that starts at `start` (which must be a digit), and where it ends. */
export function readNumeral(text: string, start: number, style: NumberStyle = 'english'): { end: number; numeral: Numeral } | null {
  if (!isDigit(text, start)) return null;
  let digits = '';
  let i = start;
  while (isDigit(text, i)) digits += digitValue(text.charCodeAt(i++));
  const firstGroup = digits.length;
  // A second dot after the digits is a version or a date in any style (`1.2.3`), read below.
  const versionLike = DECIMAL_MARKS.has(text.charCodeAt(i)) && isDigit(text, i + 1) && !isGroupOfThree(text, i + 1);
  if (style === 'continental' && !versionLike) return readContinental(text, start, firstGroup, digits);
  let grouped = false;
  // Comma groups: each followed by exactly three digits (`31,000`, `1,300,000`); `1,5` is not one.
  if (firstGroup <= 3) {
    while (GROUP_MARKS.has(text.charCodeAt(i)) && isGroupOfThree(text, i + 1)) {
      for (let k = 1; k <= 3; k++) digits += digitValue(text.charCodeAt(i + k));
      i += 4;
      grouped = true;
    }
    // Dot groups (`1.000.000`, continental style): only with two or more, which no decimal can be.
    if (!grouped) {
      let j = i;
      let groups = 0;
      while (text.charCodeAt(j) === 0x2e && isGroupOfThree(text, j + 1)) {
        j += 4;
        groups++;
      }
      if (groups >= 2 && !(DECIMAL_MARKS.has(text.charCodeAt(j)) && isDigit(text, j + 1))) {
        for (let k = i; k < j; k++) if (isDigit(text, k)) digits += digitValue(text.charCodeAt(k));
        i = j;
        grouped = true;
      }
    }
    // Space groups (`1 500`), only when no comma was used and every group has three digits.
    if (!grouped) {
      while (GROUP_SPACES.has(text.charCodeAt(i)) && isGroupOfThree(text, i + 1) && !GROUP_MARKS.has(text.charCodeAt(i + 4)) && !DECIMAL_MARKS.has(text.charCodeAt(i + 4))) {
        for (let k = 1; k <= 3; k++) digits += digitValue(text.charCodeAt(i + k));
        i += 4;
        grouped = true;
      }
    }
  }
  const integerDigits = digits.length;
  let fractional = false;
  let dotted = false;
  const commaDecimal = grouped || firstGroup > 3 ? 0 : decimalCommaBeforePercent(text, i);
  if (commaDecimal > 0) {
    digits += '.' + [...text.slice(i + 1, i + 1 + commaDecimal)].map((c) => digitValue(c.charCodeAt(0))).join('');
    fractional = true;
    i += 1 + commaDecimal;
  } else if (DECIMAL_MARKS.has(text.charCodeAt(i)) && isDigit(text, i + 1)) {
    let fraction = '';
    let j = i + 1;
    while (isDigit(text, j)) fraction += digitValue(text.charCodeAt(j++));
    if (DECIMAL_MARKS.has(text.charCodeAt(j)) && isDigit(text, j + 1)) {
      // A second dot: a version (`1.2.3`) or a dotted date; read it whole so no part becomes a figure.
      dotted = true;
      while ((DECIMAL_MARKS.has(text.charCodeAt(j)) && isDigit(text, j + 1)) || isDigit(text, j)) j++;
    } else {
      digits += '.' + fraction;
      fractional = true;
    }
    i = j;
  }
  const value = Number(digits);
  return {
    end: i,
    numeral: {
      value: Number.isFinite(value) ? value : Number.NaN,
      integerDigits,
      grouped,
      fractional,
      leadingZero: firstGroup > 1 && digits[0] === '0',
      dotted,
    },
  };
}
