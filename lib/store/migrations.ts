import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SourcelightDB } from './schema';

// One step per schema version: MIGRATIONS[n] takes a database from version n to n + 1. upgrade()
// runs every step from the version the reader has, so any earlier database reaches the current
// one with its records. Steps are never edited once released: a change is a new step.

type Database = IDBPDatabase<SourcelightDB>;
type UpgradeTransaction = IDBPTransaction<SourcelightDB, StoreNames<SourcelightDB>[], 'versionchange'>;
type Step = (db: Database, tx: UpgradeTransaction) => void;

const MIGRATIONS: readonly Step[] = [
  // 1: the three stores, and what a page needs to find its own records.
  (db) => {
    db.createObjectStore('articles', { keyPath: 'id' }).createIndex('byKey', 'key', { unique: true });
    db.createObjectStore('items', { keyPath: 'id' }).createIndex('byArticle', 'articleId');
    db.createObjectStore('notes', { keyPath: 'id' }).createIndex('byArticle', 'articleId');
  },
  // 2: what the collection is searched by: tag (one index entry per tag), speaker, last change.
  (_db, tx) => {
    const notes = tx.objectStore('notes');
    notes.createIndex('byTag', 'tags', { multiEntry: true });
    notes.createIndex('byUpdated', 'updated');
    const items = tx.objectStore('items');
    items.createIndex('bySpeaker', 'speaker');
    items.createIndex('byUpdated', 'updated');
  },
  // 3: the reader's own outlet profiles (by domain) and imported source lists.
  (db) => {
    db.createObjectStore('outletProfiles', { keyPath: 'domain' });
    db.createObjectStore('sourceLists', { keyPath: 'id' });
  },
  // 4: deleted notes and items by when they were deleted, so purging reads only those instead of
  // every record (it runs each time the background opens the database).
  (_db, tx) => {
    tx.objectStore('notes').createIndex('byDeleted', 'deletedAt');
    tx.objectStore('items').createIndex('byDeleted', 'deletedAt');
  },
  // 5: what Wikidata said about an outlet when the reader asked (the optional lookup), by domain.
  (db) => {
    db.createObjectStore('wikidataLookups', { keyPath: 'domain' });
  },
  // 6: the reader's corrections of detected quotes and figures, found by the page they were made on.
  (db) => {
    db.createObjectStore('corrections', { keyPath: 'id' }).createIndex('byPage', 'pageKey');
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** idb's upgrade callback: runs the steps from `oldVersion` up to `newVersion` (the current one by default). */
export function upgrade(db: Database, oldVersion: number, newVersion: number | null, tx: UpgradeTransaction): void {
  const target = Math.min(newVersion ?? DB_VERSION, DB_VERSION);
  for (let version = oldVersion; version < target; version++) MIGRATIONS[version]!(db, tx);
}
