import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { openStore } from './db';
import { DB_VERSION, upgrade } from './migrations';
import type { ArticleRecord, ItemRecord, NoteRecord, OutletProfileRecord, SourcelightDB } from './schema';
import { getWikidataLookup, saveWikidataLookup } from './wikidata-lookups';
import { freshName, passage } from './test-db';

const article: ArticleRecord = {
  id: 'a1',
  key: 'https://news.example.com/story',
  url: 'https://news.example.com/story?utm_source=x',
  canonicalUrl: 'https://news.example.com/story',
  title: 'Story',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  firstSeen: 1,
  lastSeen: 2,
};
const item: ItemRecord = {
  id: 'i1',
  articleId: 'a1',
  kind: 'quote',
  quoteKind: 'direct',
  cue: 'said',
  text: '"We will."',
  speaker: 'Ada Brook',
  target: passage('"We will."', 40),
  created: 3,
  updated: 3,
};
const note: NoteRecord = { id: 'n1', articleId: 'a1', body: '**check** this', tags: ['budget', 'follow up'], target: passage('We will', 41), created: 4, updated: 5 };
const deletedNote: NoteRecord = { ...note, id: 'n2', tags: ['budget'], deletedAt: 6 };

describe('upgrade', () => {
  test('a new database gets every store and index of the current version', async () => {
    const db = await openStore(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'corrections', 'items', 'notes', 'outletProfiles', 'sourceLists', 'wikidataLookups']);
    const tx = db.transaction(['articles', 'items', 'notes']);
    expect([...tx.objectStore('articles').indexNames]).toEqual(['byKey']);
    expect([...tx.objectStore('items').indexNames].sort()).toEqual(['byArticle', 'byDeleted', 'bySpeaker', 'byUpdated']);
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual(['byArticle', 'byDeleted', 'byTag', 'byUpdated']);
    db.close();
  });

  test.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'a database of version %i with records reaches the current version with every record, and the new indexes find them',
    async (version) => {
      const name = freshName();
      const old = await openDB<SourcelightDB>(name, version, { upgrade });
      const tx = old.transaction(['articles', 'items', 'notes'], 'readwrite');
      await Promise.all([
        tx.objectStore('articles').put(article),
        tx.objectStore('items').put(item),
        tx.objectStore('notes').put(note),
        tx.objectStore('notes').put(deletedNote),
        tx.done,
      ]);
      old.close();

      const db = await openStore(name);
      expect(db.version).toBe(DB_VERSION);
      expect(await db.getAll('articles')).toEqual([article]);
      expect(await db.getAll('items')).toEqual([item]);
      expect(await db.getAll('notes')).toEqual([note, deletedNote]);
      expect((await db.getAllFromIndex('notes', 'byTag', 'budget')).map((n) => n.id)).toEqual(['n1', 'n2']);
      expect((await db.getAllFromIndex('items', 'bySpeaker', 'Ada Brook')).map((i) => i.id)).toEqual(['i1']);
      expect((await db.getAllFromIndex('notes', 'byDeleted')).map((n) => n.id)).toEqual(['n2']);
      db.close();
    },
  );

  test('version 4 to 5: the reader’s outlet profiles stay, and the Wikidata lookups’ store is there, empty, keyed by domain', async () => {
    const name = freshName();
    const profile: OutletProfileRecord = { domain: 'wsws.org', labels: ['trotskyist'], notes: '', updated: 7 };
    const old = await openDB<SourcelightDB>(name, 4, { upgrade });
    await old.put('outletProfiles', profile);
    expect([...old.objectStoreNames]).not.toContain('wikidataLookups');
    old.close();

    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('outletProfiles')).toEqual([profile]);
    expect(await db.count('wikidataLookups')).toBe(0);
    const entity = { id: 'Q1377139', redirectedFrom: null, label: 'World Socialist Web Site', description: null, statements: [], modified: null, revision: null };
    await saveWikidataLookup(db, 'wsws.org', entity, 'tables', 8);
    expect(await getWikidataLookup(db, 'wsws.org')).toEqual({ domain: 'wsws.org', entity, chosenBy: 'tables', fetched: 8 });
    db.close();
  });

  test('version 5 to 6: every earlier record stays, and the corrections’ store is there, empty, found by page', async () => {
    const name = freshName();
    const old = await openDB<SourcelightDB>(name, 5, { upgrade });
    await old.put('articles', article);
    await old.put('items', item);
    expect([...old.objectStoreNames]).not.toContain('corrections');
    old.close();

    const db = await openStore(name);
    expect(db.version).toBe(6);
    expect(await db.getAll('articles')).toEqual([article]);
    expect(await db.getAll('items')).toEqual([item]);
    expect(await db.count('corrections')).toBe(0);
    expect([...db.transaction('corrections').objectStore('corrections').indexNames]).toEqual(['byPage']);
    db.close();
  });
});
