import { describe, expect, test } from 'vitest';
import { digitValue, numberStyle, readNumeral, type NumberStyle } from './parse-number';

describe('readNumeral in a continental text', () => {
  test.each<[string, string, number]>([
    ['40.000 Menschen', '40.000', 40000],
    ['1.250.000,75 €', '1.250.000,75', 1250000.75],
    ['2,5 millones', '2,5', 2.5],
    ['1,500 kg', '1,500', 1.5],
    ['versión 1.2.3', '', 0],
  ])('%s', (text, read, value) => {
    const at = text.search(/\d/);
    const r = readNumeral(text, at, 'continental');
    if (!read) {
      expect(r?.numeral.dotted).toBe(true);
      return;
    }
    expect(text.slice(at, r?.end)).toBe(read);
    expect(r?.numeral.value).toBeCloseTo(value);
  });
});

describe('numberStyle', () => {
  test.each<[string, NumberStyle]>([
    ['Über 1.000.000 Menschen, 40.000 davon Kinder.', 'continental'],
    ['Los precios subieron un 1,3% en marzo.', 'continental'],
    ['Some 1,000,000 people; 40.000 is a typo.', 'english'],
    ['Prices rose 1.3% and 1,3% elsewhere.', 'english'],
    ['The server at 10.0.12.1 answered.', 'english'],
    ['In 2019,12% of voters stayed home.', 'english'],
  ])('%s', (text, style) => {
    expect(numberStyle(text)).toBe(style);
  });
});

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
    ['2019,12% of voters', '2019', 2019, {}],
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
  test.each<[string, number]>([
    ['7', 7],
    ['٧', 7],
    ['۷', 7],
    ['७', 7],
    ['７', 7],
    ['x', -1],
    ['²', -1],
  ])('%s → %d', (ch, value) => {
    expect(digitValue(ch.charCodeAt(0))).toBe(value);
  });
});
