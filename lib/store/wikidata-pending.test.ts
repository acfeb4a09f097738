import { fakeBrowser } from '#imports';
import { beforeEach, expect, test } from 'vitest';
import { clearPendingLookup, markLookupPending, PENDING_FOR_MS, takePendingLookup } from './wikidata-pending';

beforeEach(() => fakeBrowser.reset());

test('a lookup asked for and not run is taken once, by its own outlet, while recent', async () => {
  expect(await takePendingLookup('wsws.org')).toBe(false);
  await markLookupPending('wsws.org', 1_000);
  expect(await takePendingLookup('bbc.co.uk', 2_000)).toBe(false);
  expect(await takePendingLookup('wsws.org', 2_000)).toBe(true);
  expect(await takePendingLookup('wsws.org', 3_000)).toBe(false);
});

test('an old mark, or one cleared by the lookup that ran, asks nothing', async () => {
  await markLookupPending('wsws.org', 1_000);
  expect(await takePendingLookup('wsws.org', 1_000 + PENDING_FOR_MS)).toBe(false);
  await markLookupPending('wsws.org', 1_000);
  await clearPendingLookup();
  expect(await takePendingLookup('wsws.org', 2_000)).toBe(false);
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
});
