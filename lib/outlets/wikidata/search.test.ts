import { expect, test } from 'vitest';
import { recorded } from './recorded';
import { parseSearch } from './search';

test('the recorded search for "America Now": each candidate with its description and the alias that matched', () => {
  expect(parseSearch(recorded('search-america-now.json'))).toEqual({
    ok: true,
    value: [
      { id: 'Q4743022', label: 'America Now', description: 'American television news magazine', matchedAlias: null },
      { id: 'Q130576881', label: 'America Now', description: 'American news aggregation website', matchedAlias: null },
      { id: 'Q4743024', label: 'America Now!', description: 'album by Clem Snide', matchedAlias: 'America Now' },
    ],
  });
});

test('no match is an empty list', () => {
  expect(parseSearch(recorded('search-empty.json'))).toEqual({ ok: true, value: [] });
});

test('the API’s error envelope is a message with its reason; anything else cannot be read', () => {
  expect(parseSearch(recorded('api-error.json'))).toEqual({ ok: false, error: 'Wikidata refused the search: The "search" parameter must be set.' });
  expect(parseSearch([]).ok).toBe(false);
  expect(parseSearch({ search: [{ id: 'P31' }, { id: 'Q5' }] })).toEqual({ ok: true, value: [{ id: 'Q5', label: 'Q5', description: null, matchedAlias: null }] });
});
