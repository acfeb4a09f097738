import { inWriteTransaction, type Store } from './db';
import { StoreError } from './errors';
import type { OutletProfileRecord, SourceListEntry, SourceListRecord } from './schema';

// The reader's own layer on the outlet card: a profile they write for an outlet, and the source
// lists they import. Kept in the notes database, exported and imported with it.

export interface OwnProfile {
  labels: string[];
  notes: string;
}

const cleanLabels = (labels: readonly string[]): string[] => [...new Set(labels.map((l) => l.trim()).filter(Boolean))];

export const getOwnProfile = (db: Store, domain: string): Promise<OutletProfileRecord | undefined> => db.get('outletProfiles', domain);

export async function saveOwnProfile(db: Store, domain: string, profile: OwnProfile, now = Date.now()): Promise<OutletProfileRecord> {
  const record: OutletProfileRecord = { domain, labels: cleanLabels(profile.labels), notes: profile.notes.trim(), updated: now };
  if (!record.labels.length && !record.notes) throw new StoreError('Write a label or a note first.', 'storeProfileEmpty');
  return inWriteTransaction(db, ['outletProfiles'], async (tx) => {
    await tx.objectStore('outletProfiles').put(record);
    return record;
  });
}

export const deleteOwnProfile = (db: Store, domain: string): Promise<void> => inWriteTransaction(db, ['outletProfiles'], (tx) => tx.objectStore('outletProfiles').delete(domain));

export const listSourceLists = (db: Store): Promise<SourceListRecord[]> => db.getAll('sourceLists');

export async function addSourceList(db: Store, list: { name: string; columns: string[]; entries: SourceListEntry[] }, now = Date.now()): Promise<SourceListRecord> {
  const record: SourceListRecord = { id: crypto.randomUUID(), ...list, imported: now, updated: now };
  return inWriteTransaction(db, ['sourceLists'], async (tx) => {
    await tx.objectStore('sourceLists').put(record);
    return record;
  });
}

export const deleteSourceList = (db: Store, id: string): Promise<void> => inWriteTransaction(db, ['sourceLists'], (tx) => tx.objectStore('sourceLists').delete(id));

/** Replaces what a list says about one domain (the reader corrects their own list on the card). */
export async function editSourceListEntry(db: Store, id: string, domain: string, fields: Record<string, string>, now = Date.now()): Promise<SourceListRecord> {
  return inWriteTransaction(db, ['sourceLists'], async (tx) => {
    const store = tx.objectStore('sourceLists');
    const list = await store.get(id);
    if (!list) throw new StoreError('That source list no longer exists (removed in another window?).', 'storeSourceListGone');
    const entries = list.entries.map((e) => (e.domain === domain ? { domain, fields: { ...e.fields, ...fields } } : e));
    const updated = { ...list, entries, updated: now };
    await store.put(updated);
    return updated;
  });
}

/** What each list says about `domain`, under the list's name. */
export function sourceListMatches(lists: readonly SourceListRecord[], domain: string): Array<{ list: SourceListRecord; entry: SourceListEntry }> {
  return lists.flatMap((list) => list.entries.filter((e) => e.domain === domain).map((entry) => ({ list, entry })));
}
