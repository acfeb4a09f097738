import { afterEach, describe, expect, test, vi } from 'vitest';
import { addNote, cleanTags, deleteRecord, editNote, keepItem, listByTag, listPage, listTags, purgeDeleted, restoreRecord, type NewItem } from './collection';
import { openStore } from './db';
import { NOT_FOUND, STORAGE_FULL, STORAGE_UNAVAILABLE } from './errors';
import { freshStore, page, passage } from './test-db';

const quote: NewItem = { kind: 'quote', quoteKind: 'direct', cue: 'said', text: '"We will."', speaker: 'Ada Brook', target: passage('"We will."', 40) };
const claim: NewItem = { kind: 'claim', value: 31000, unit: 'soldiers', qualifier: null, text: '31,000 soldiers', speaker: null, target: passage('31,000 soldiers', 90) };

afterEach(() => vi.restoreAllMocks());

describe('notes', () => {
  test('a note is listed on its page, found by any address of the article, and by its tags', async () => {
    const db = await freshStore();
    const canonical = 'https://news.example.com/2026/story';
    const note = await addNote(
      db,
      page(`${canonical}?utm_source=mail`, canonical),
      { body: 'Check *this*', tags: [' budget ', 'Budget', 'cuts'], target: passage('We will', 41) },
      1000,
    );
    expect(note).toMatchObject({ body: 'Check *this*', tags: ['budget', 'cuts'], created: 1000, updated: 1000 });
    for (const url of [canonical, `${canonical}#comments`, `${canonical}?fbclid=abc`]) {
      expect((await listPage(db, url)).notes).toEqual([note]);
    }
    const listed = await listPage(db, 'https://amp.example.net/story', canonical);
    expect(listed.article).toMatchObject({ key: canonical, title: 'A story', firstSeen: 1000, lastSeen: 1000 });
    expect(await listByTag(db, 'cuts')).toEqual([note]);
    expect(await listPage(db, 'https://news.example.com/other')).toEqual({ article: null, notes: [], items: [] });
  });

  test('editing changes the body and tags and the time of change, keeps the rest', async () => {
    const db = await freshStore();
    const note = await addNote(db, page(), { body: 'first', tags: ['a'], target: { kind: 'page' } }, 1000);
    const edited = await editNote(db, note.id, { body: 'second' }, 2000);
    expect(edited).toEqual({ ...note, body: 'second', updated: 2000 });
    expect(await editNote(db, note.id, { tags: ['b', ''] }, 3000)).toEqual({ ...note, body: 'second', tags: ['b'], updated: 3000 });
    expect(await listByTag(db, 'a')).toEqual([]);
  });

  test('delete hides a note everywhere and undo brings it back as it was', async () => {
    const db = await freshStore();
    const note = await addNote(db, page(), { body: 'keep me', tags: ['x'], target: { kind: 'page' } }, 1000);
    await deleteRecord(db, 'notes', note.id, 2000);
    expect((await listPage(db, page().url)).notes).toEqual([]);
    expect(await listByTag(db, 'x')).toEqual([]);
    expect(await listTags(db)).toEqual([]);
    await expect(editNote(db, note.id, { body: 'late edit' })).rejects.toThrow(NOT_FOUND);
    expect(await restoreRecord(db, 'notes', note.id)).toEqual(note);
    expect((await listPage(db, page().url)).notes).toEqual([note]);
  });

  test('purging removes only what was deleted before the given time', async () => {
    const db = await freshStore();
    const [a, b] = await Promise.all(['a', 'b', 'c'].map((body) => addNote(db, page(), { body, tags: [], target: { kind: 'page' } })));
    await deleteRecord(db, 'notes', a!.id, 1000);
    await deleteRecord(db, 'notes', b!.id, 5000);
    expect(await purgeDeleted(db, 2000)).toBe(1);
    await expect(restoreRecord(db, 'notes', a!.id)).rejects.toThrow(NOT_FOUND);
    await restoreRecord(db, 'notes', b!.id);
    expect((await listPage(db, page().url)).notes.map((n) => n.body).sort()).toEqual(['b', 'c']);
  });

  test('tags for autocomplete: most used first, deleted notes not counted', async () => {
    const db = await freshStore();
    await addNote(db, page(), { body: '1', tags: ['economy', 'budget'], target: { kind: 'page' } });
    await addNote(db, page(), { body: '2', tags: ['budget'], target: { kind: 'page' } });
    const gone = await addNote(db, page(), { body: '3', tags: ['zebra', 'zebra2'], target: { kind: 'page' } });
    await deleteRecord(db, 'notes', gone.id);
    expect(await listTags(db)).toEqual(['budget', 'economy']);
  });

  test('cleanTags trims, joins inner spaces and drops empty and repeated tags', () => {
    expect(cleanTags(['  follow   up ', '', 'Follow up', 'x'])).toEqual(['follow up', 'x']);
  });
});

describe('kept items', () => {
  test('keeping is idempotent per passage; items are listed with the notes of their page', async () => {
    const db = await freshStore();
    const kept = await keepItem(db, page(), quote, 1000);
    expect(await keepItem(db, page(), quote, 2000)).toEqual(kept);
    const figure = await keepItem(db, page(), claim, 3000);
    const listed = await listPage(db, page().url);
    expect(listed.items).toEqual([kept, figure]);
    expect(listed.article?.lastSeen).toBe(3000);
    await deleteRecord(db, 'items', kept.id);
    expect((await listPage(db, page().url)).items).toEqual([figure]);
  });

  test('Undo then Keep restores the same record, first kept time and all, not a new one', async () => {
    const db = await freshStore();
    const kept = await keepItem(db, page(), quote, 1000);
    await deleteRecord(db, 'items', kept.id, 2000);
    const again = await keepItem(db, page(), { ...quote, speaker: 'Ann Lee' }, 3000);
    expect(again).toEqual({ ...kept, speaker: 'Ann Lee', updated: 3000 });
    expect((await listPage(db, page().url)).items).toEqual([again]);
    expect(await db.count('items')).toBe(1);
    // Deleted again and purged: keeping it once more starts a new record.
    await deleteRecord(db, 'items', again.id, 4000);
    await purgeDeleted(db, 5000);
    expect((await keepItem(db, page(), quote, 6000)).id).not.toBe(kept.id);
  });

  test('a delete limited to a page removes only a record of that article', async () => {
    const db = await freshStore();
    const here = await keepItem(db, page(), quote, 1000);
    const other = await keepItem(db, page('https://other.example.org/a'), quote, 1000);
    const canonical = { url: `${page().url}?utm_source=x`, canonicalUrl: null };
    await expect(deleteRecord(db, 'items', other.id, 2000, canonical)).rejects.toThrow(NOT_FOUND);
    expect((await listPage(db, 'https://other.example.org/a')).items).toEqual([other]);
    await deleteRecord(db, 'items', here.id, 2000, canonical);
    expect((await listPage(db, page().url)).items).toEqual([]);
  });

  test('a later visit fills in what extraction missed before and never blanks what it had', async () => {
    const db = await freshStore();
    await keepItem(db, { url: page().url, meta: { title: 'Old title', byline: null } }, quote, 1);
    await keepItem(db, { url: page().url, meta: { title: null, byline: 'By B' } }, claim, 2);
    expect((await listPage(db, page().url)).article).toMatchObject({ title: 'Old title', byline: 'By B', firstSeen: 1, lastSeen: 2 });
  });

  test('a page that is not on the web is refused with a reason', async () => {
    const db = await freshStore();
    await expect(keepItem(db, page('file:///tmp/a.html'), quote)).rejects.toThrow('http or https');
  });
});

describe('nothing lost, nothing half-written', () => {
  test('many writes at once to a page seen for the first time: one article, every note', async () => {
    const db = await freshStore();
    const writes = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? addNote(db, page(), { body: `note ${i}`, tags: [`t${i % 3}`], target: { kind: 'page' } }) : keepItem(db, page(), { ...quote, target: passage(`q${i}`, i) }),
    );
    await Promise.all(writes);
    const listed = await listPage(db, page().url);
    expect(listed.notes).toHaveLength(20);
    expect(listed.items).toHaveLength(20);
    expect(await db.count('articles')).toBe(1);
  });

  test('two connections (two extension pages) writing at once lose nothing', async () => {
    const first = await freshStore();
    const second = await openStore(first.name);
    await Promise.all(Array.from({ length: 20 }, (_, i) => addNote(i % 2 ? first : second, page(), { body: `${i}`, tags: [], target: { kind: 'page' } })));
    expect((await listPage(first, page().url)).notes).toHaveLength(20);
  });

  test('storage running out mid-write leaves the store as it was and says so', async () => {
    const db = await freshStore();
    const before = await addNote(db, page(), { body: 'safe', tags: [], target: { kind: 'page' } }, 1);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'notes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(addNote(db, page('https://news.example.com/new'), { body: 'lost?', tags: [], target: { kind: 'page' } }, 2)).rejects.toThrow(STORAGE_FULL);
    await expect(addNote(db, page(), { body: 'lost?', tags: [], target: { kind: 'page' } }, 2)).rejects.toThrow(STORAGE_FULL);
    vi.restoreAllMocks();
    expect(await db.getAll('articles')).toHaveLength(1);
    expect((await db.getAll('articles'))[0]?.lastSeen).toBe(1);
    expect(await db.getAll('notes')).toEqual([before]);
  });

  test('IndexedDB unavailable: a clear message, not a crash', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      await expect(openStore('x')).rejects.toThrow(STORAGE_UNAVAILABLE);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
