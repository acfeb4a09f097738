import type { WikidataEntity } from '../outlets/wikidata/entity';
import { inWriteTransaction, type Store } from './db';
import type { WikidataLookupRecord } from './schema';

// The outlet card's Wikidata lookups, kept so reopening the card shows them without asking again.

export const getWikidataLookup = (db: Store, domain: string): Promise<WikidataLookupRecord | undefined> => db.get('wikidataLookups', domain);

export async function saveWikidataLookup(
  db: Store,
  domain: string,
  entity: WikidataEntity,
  chosenBy: WikidataLookupRecord['chosenBy'],
  now = Date.now(),
): Promise<WikidataLookupRecord> {
  const record: WikidataLookupRecord = { domain, entity, chosenBy, fetched: now };
  return inWriteTransaction(db, ['wikidataLookups'], async (tx) => {
    await tx.objectStore('wikidataLookups').put(record);
    return record;
  });
}
