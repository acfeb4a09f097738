import { expect, test } from 'vitest';
import { testWikidataBase } from './wikidata-base';

test.each([
  ['?tab=5&wikidata=http%3A%2F%2F127.0.0.1%3A4123', 'http://127.0.0.1:4123'],
  ['?wikidata=http://localhost:80/', 'http://localhost'],
  ['?tab=5', null],
  ['?wikidata=https%3A%2F%2Fwww.wikidata.org', null],
  ['?wikidata=http%3A%2F%2Fevil.example%3A4123', null],
  ['?wikidata=http%3A%2F%2F127.0.0.1%3A4123%2Fw%2Fapi.php', null],
  ['?wikidata=not%20a%20url', null],
])('testWikidataBase(%s) = %s', (search, base) => {
  expect(testWikidataBase(search)).toBe(base);
});
