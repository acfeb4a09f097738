import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Claim, Quote } from '../../model';
import { detectClaims } from './claims';
import { scanNumericClaims } from './numeric-claims';
import { tokenizeForClaims } from './numeric-tokens';
import { tableCellEnds } from './table-cells';
import { firstCounts } from './counted-phrases';
import { manyFiguresParagraph } from '../../../bench/hostile';

/** Every claim lies inside the text, in order, without overlap, with a finite value or null. */
function checkClaims(text: string, claims: readonly Claim[], quotes: readonly Quote[] = []): void {
  let previousEnd = 0;
  for (const c of claims) {
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(previousEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    // No offset splits a surrogate pair.
    expect(/[\uDC00-\uDFFF]/.test(text.charAt(c.start))).toBe(false);
    const values = c.value === null ? [] : Array.isArray(c.value) ? c.value : [c.value];
    for (const v of values) expect(Number.isFinite(v)).toBe(true);
    if (c.quote !== null) expect(c.quote >= 0 && c.quote < quotes.length).toBe(true);
    previousEnd = c.end;
  }
}

// Pieces that stress the scanner: numerals in several scripts and layouts, number words, signs and glue.
const piece = fc.oneof(
  fc.constantFrom(
    '31,000',
    '1.3',
    '1 500',
    '2.5bn',
    '$60',
    '€',
    '£10m',
    '70%',
    '٣١٬٠٠٠',
    '１２，５００',
    '0.5',
    '020',
    '9/11',
    'F-16',
    '300,000-350,000',
    '5\'6"',
    '½',
    '-',
    '–',
    ',',
    '.',
    ':',
    '(',
    ')',
    '"',
    '“',
    '#',
    '+',
    '/',
    '\n',
    ' ',
    '\u00a0',
    '\u00ad',
  ),
  fc.constantFrom(
    'two',
    'Twenty',
    'five',
    'hundred',
    'thousand',
    'million',
    'billion',
    'tens',
    'of',
    'and',
    'or',
    'between',
    'to',
    'a',
    'an',
    'half',
    'dozen',
    'dozens',
    'one',
    'third',
    'thirds',
    'percent',
    'per',
    'cent',
    'percentage',
    'point',
    'years',
    'old',
    'ago',
    'in',
    'the',
    'Article',
    'March',
    'at',
    'least',
    'said',
    'people',
    'dollars',
    'pounds',
    'miles',
    'k',
    'm',
    'bn',
    'th',
    's',
  ),
  fc.stringMatching(/^[0-9]{1,30}$/),
  fc.string({ maxLength: 4 }),
);

const soup = fc.array(fc.tuple(piece, fc.constantFrom('', ' ', '  ', '\n')), { maxLength: 60 }).map((parts) => parts.map(([p, gap]) => p + gap).join(''));

describe('detectClaims on any input', () => {
  test('never throws and keeps every claim inside the text, for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkClaims(text, detectClaims(text, []))),
      { numRuns: 300 },
    );
  });

  test('never throws on numbers glued to words, to each other, and in other scripts', () => {
    fc.assert(
      fc.property(soup, (text) => checkClaims(text, detectClaims(text, []))),
      { numRuns: 500 },
    );
  });

  test('keeps quote indexes valid whatever the quotes are', () => {
    const quotes = fc.array(
      fc.record({ start: fc.nat(200), length: fc.nat(200), named: fc.boolean() }).map(({ start, length, named }): Quote => ({
        start,
        end: start + length,
        kind: 'direct',
        cue: 'said',
        speaker: named ? { name: 'Someone', start: Math.max(0, start - 10), end: start } : null,
      })),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(soup, quotes, (text, qs) => checkClaims(text, detectClaims(text, qs), qs)),
      { numRuns: 300 },
    );
  });

  test('reading only the windows around figures finds what reading the whole text finds', () => {
    const filler = fc.array(fc.constantFrom('the', 'said', 'Officials', 'of', 'in', 'a', 'report', 'on', 'Tuesday', '.', ','), { maxLength: 40 }).map((w) => w.join(' '));
    const text = fc.array(fc.tuple(filler, soup), { maxLength: 12 }).map((parts) => parts.map(([f, p]) => `${f} ${p}`).join(' '));
    fc.assert(
      fc.property(text, (t) => {
        const whole = scanNumericClaims(tokenizeForClaims(t), { brandNumbers: new Set(), listNumbers: new Set(), tableCells: tableCellEnds(t), firstCounts: firstCounts(t) }).map(
          ({ start, end, value }) => ({ start, end, value }),
        );
        const windowed = detectClaims(t, []).map(({ start, end, value }) => ({ start, end, value }));
        expect(windowed).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  test('reads a very long digit string as one figure without a value blow-up', () => {
    const text = `The ledger showed ${'9'.repeat(100_000)} entries and ${'1,000'.repeat(2_000)} more.`;
    const claims = detectClaims(text, []);
    checkClaims(text, claims);
    expect(claims.length).toBeGreaterThan(0);
  });

  // How time grows with the count of figures is measured by `npm run bench` (hostile inputs).
  test('reads 10,000 figures in one paragraph, each of them', () => {
    const text = manyFiguresParagraph(10_000);
    const claims = detectClaims(text, []);
    checkClaims(text, claims);
    expect(claims.length).toBe(20_000);
  });
});
