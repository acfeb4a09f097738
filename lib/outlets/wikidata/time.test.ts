import { expect, test } from 'vitest';
import { formatWikidataTime } from './time';

test.each([
  ['+1998-02-14T00:00:00Z', 11, '1998-02-14'],
  ['+2017-03-00T00:00:00Z', 10, '2017-03'],
  ['+2017-00-00T00:00:00Z', 9, '2017'],
  // A day-precision value written with a zero day says only the month.
  ['+1851-09-00T00:00:00Z', 11, '1851-09'],
  ['+1995-00-00T00:00:00Z', 8, '1990s'],
  ['+1901-00-00T00:00:00Z', 7, '20th century'],
  ['+2001-00-00T00:00:00Z', 7, '21st century'],
  ['-0044-03-15T00:00:00Z', 11, '44 BCE'],
])('%s at precision %i is %s', (time, precision, text) => {
  expect(formatWikidataTime({ time, precision })).toBe(text);
});

test('a value that is not a Wikidata time is none', () => {
  expect(formatWikidataTime({ time: '1998-02-14', precision: 11 })).toBeNull();
});
