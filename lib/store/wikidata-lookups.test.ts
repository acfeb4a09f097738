import { expect, test } from 'vitest';
import { parseEntity } from '../outlets/wikidata/entity';
import { recorded } from '../outlets/wikidata/recorded';
import { exportAll } from './backup';
import { freshStore } from './test-db';
import { getWikidataLookup, saveWikidataLookup } from './wikidata-lookups';

const wsws = parseEntity(recorded('entity-Q1377139.json'), 'Q1377139');

test('a lookup is kept by domain with its fetch date, replaced by a refresh, and left out of backups', async () => {
  if (!wsws.ok) throw new Error(wsws.error);
  const db = await freshStore();
  expect(await getWikidataLookup(db, 'wsws.org')).toBeUndefined();
  await saveWikidataLookup(db, 'wsws.org', wsws.value, 'tables', 1_000);
  await saveWikidataLookup(db, 'wsws.org', { ...wsws.value, revision: 2 }, 'tables', 2_000);
  const kept = await getWikidataLookup(db, 'wsws.org');
  expect(kept).toMatchObject({ domain: 'wsws.org', chosenBy: 'tables', fetched: 2_000, entity: { id: 'Q1377139', revision: 2 } });
  // A structured clone round trip: what was fetched is what the card shows on reopening.
  expect(kept?.entity.statements).toEqual(wsws.value.statements);
  expect(Object.keys(await exportAll(db))).not.toContain('wikidataLookups');
  db.close();
});
