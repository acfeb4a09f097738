import { describe, expect, test } from 'vitest';
import { digitValue, readNumeral } from './parse-number';

describe('readNumeral', () => {
  test.each<[string, string, number, { grouped?: boolean; fractional?: boolean; leadingZero?: boolean; dotted?: boolean }]>([
    ['31,000 soldiers', '31,000', 31000, { grouped: true }],
    ['1,300,000', '1,300,000', 1300000, { grouped: true }],
    ['1.3 million', '1.3', 1.3, { fractional: true }],
    ['1 500 people', '1 500', 1500, { grouped: true }],
    ['12 500,5', '12', 12, {}],
    ['1,5 litres', '1', 1, {}],
    ['2.5bn', '2.5', 2.5, { fractional: true }],
    ['٣١٬٠٠٠', '٣١٬٠٠٠', 31000, { grouped: true }],
    ['۱۲۳', '۱۲۳', 123, {}],
    ['１２，５００', '１２，５００', 12500, { grouped: true }],
    ['3٫5', '3٫5', 3.5, { fractional: true }],
    ['020 7946', '020', 20, { leadingZero: true }],
    ['0.5', '0.5', 0.5, { fractional: true, leadingZero: false }],
    ['1.2.3 release', '1.2.3', 1.2, { dotted: true }],
    ['2014.', '2014', 2014, {}],
    ['1.000.000 Einwohner', '1.000.000', 1000000, { grouped: true }],
    ['12.500.000,5', '12.500.000', 12500000, { grouped: true }],
    ['40.000 people', '40.000', 40, { fractional: true }],
    ['10.000.5 build', '10.000.5', 10, { dotted: true }],
    ['192.168.1.1', '192.168.1.1', 192.168, { dotted: true }],
    ['1,3% mehr', '1,3', 1.3, { fractional: true }],
    ['12,75 % Zinsen', '12,75', 12.75, { fractional: true }],
    ['1,2 and 3', '1', 1, {}],
  ])('%s', (text, read, value, flags) => {
    const r = readNumeral(text, 0);
    expect(r).not.toBeNull();
    expect(text.slice(0, r?.end)).toBe(read);
    if (!flags.dotted) expect(r?.numeral.value).toBeCloseTo(value);
    expect(r?.numeral).toMatchObject(flags);
  });

  test('reads nothing where there is no digit', () => {
    expect(readNumeral('abc', 0)).toBeNull();
  });

  test('a digit string too long for a number reads whole with value NaN', () => {
    const long = '9'.repeat(400);
    const r = readNumeral(long, 0);
    expect(r?.end).toBe(400);
    expect(r?.numeral.value).toBeNaN();
  });
});

describe('digitValue', () => {
  test.each<[string, number]>([['7', 7], ['٧', 7], ['۷', 7], ['७', 7], ['７', 7], ['x', -1], ['²', -1]])('%s → %d', (ch, value) => {
    expect(digitValue(ch.charCodeAt(0))).toBe(value);
  });
});
