import type { IDBPTransaction } from 'idb';
import type { ArticleMeta } from '../model';
import { inWriteTransaction, type Store } from './db';
import { NOT_FOUND, StoreError } from './errors';
import type { ArticleRecord, ItemRecord, KeptClaim, KeptQuote, NoteRecord, SourcelightDB, Target } from './schema';
import { articleKey } from './urls';

// The collection's operations. Each write is one transaction, so a failure (storage full, the
// worker stopped) leaves the store as it was; deleting only marks a record, so undo restores it.

/** The page a record belongs to, as the content script sees it. */
export interface PageRef {
  url: string;
  meta: Partial<ArticleMeta>;
}

export type NewItem = (KeptQuote | KeptClaim) & { text: string; speaker: string | null; target: Target };

export interface NewNote {
  body: string;
  tags: string[];
  target: Target;
}

export interface NoteChange {
  body?: string;
  tags?: string[];
}

export interface PageCollection {
  article: ArticleRecord | null;
  notes: NoteRecord[];
  items: ItemRecord[];
}

export type Kind = 'notes' | 'items';

const newId = (): string => crypto.randomUUID();

/** Tags as the reader means them: trimmed, inner spaces single, no empty ones, each once (case-insensitively). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const tag of tags) {
    const text = tag.trim().replace(/\s+/g, ' ');
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    clean.push(text);
  }
  return clean;
}

function keyOf(page: PageRef): string {
  const key = articleKey(page.url, page.meta.canonicalUrl);
  if (!key) throw new StoreError('Notes can be kept on web pages only (http or https).', 'storeWebPagesOnly');
  return key;
}

function articleFields(page: PageRef): Omit<ArticleRecord, 'id' | 'key' | 'firstSeen' | 'lastSeen'> {
  const m = page.meta;
  return {
    url: page.url,
    canonicalUrl: m.canonicalUrl ?? null,
    title: m.title ?? null,
    byline: m.byline ?? null,
    siteName: m.siteName ?? null,
    publishedTime: m.publishedTime ?? null,
    lang: m.lang ?? null,
  };
}

type ArticleTx = IDBPTransaction<SourcelightDB, ['articles', Kind], 'readwrite'>;

/** The article's record in `tx`, created or refreshed (what the page says now, and when it was seen). */
async function touchArticle(tx: ArticleTx, key: string, page: PageRef, now: number, id: string): Promise<ArticleRecord> {
  const articles = tx.objectStore('articles');
  const existing = await articles.index('byKey').get(key);
  const fields = articleFields(page);
  const record: ArticleRecord = existing ? { ...existing, ...withoutNulls(fields), lastSeen: now } : { id, key, ...fields, firstSeen: now, lastSeen: now };
  await articles.put(record);
  return record;
}

/** Fields that are null now keep what an earlier visit recorded (extraction can miss a byline). */
function withoutNulls<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as Partial<T>;
}

function samePassage(a: Target, b: Target): boolean {
  if (a.kind !== 'passage' || b.kind !== 'passage') return a.kind === b.kind;
  const [qa, pa] = a.selectors;
  const [qb, pb] = b.selectors;
  return qa.exact === qb.exact && pa.start === pb.start && pa.end === pb.end;
}

/**
 * Keeps a detected quote or claim; keeping the same one again returns the record already kept.
 * Keeping one the reader deleted and can still restore (Undo, then Keep) restores that record —
 * its id and the time it was first kept — with what the page says of the item now.
 */
export async function keepItem(db: Store, page: PageRef, item: NewItem, now = Date.now()): Promise<ItemRecord> {
  const key = keyOf(page);
  const [articleId, itemId] = [newId(), newId()];
  return inWriteTransaction(db, ['articles', 'items'], async (tx) => {
    const article = await touchArticle(tx, key, page, now, articleId);
    const items = tx.objectStore('items');
    const same = (await items.index('byArticle').getAll(article.id)).filter((k) => k.kind === item.kind && samePassage(k.target, item.target));
    const live = same.find((k) => k.deletedAt === undefined);
    if (live) return live;
    const lastDeleted = same.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0))[0];
    const record: ItemRecord = lastDeleted
      ? { ...item, id: lastDeleted.id, articleId: article.id, created: lastDeleted.created, updated: now }
      : { ...item, id: itemId, articleId: article.id, created: now, updated: now };
    await items.put(record);
    return record;
  });
}

export async function addNote(db: Store, page: PageRef, note: NewNote, now = Date.now()): Promise<NoteRecord> {
  const key = keyOf(page);
  const [articleId, noteId] = [newId(), newId()];
  const record = { body: note.body, tags: cleanTags(note.tags), target: note.target };
  return inWriteTransaction(db, ['articles', 'notes'], async (tx) => {
    const article = await touchArticle(tx, key, page, now, articleId);
    const saved: NoteRecord = { ...record, id: noteId, articleId: article.id, created: now, updated: now };
    await tx.objectStore('notes').put(saved);
    return saved;
  });
}

export async function editNote(db: Store, id: string, change: NoteChange, now = Date.now()): Promise<NoteRecord> {
  const tags = change.tags && cleanTags(change.tags);
  return inWriteTransaction(db, ['notes'], async (tx) => {
    const notes = tx.objectStore('notes');
    const note = await notes.get(id);
    if (!note || note.deletedAt !== undefined) throw new StoreError(NOT_FOUND, 'storeNotFound');
    const edited: NoteRecord = { ...note, body: change.body ?? note.body, tags: tags ?? note.tags, updated: now };
    await notes.put(edited);
    return edited;
  });
}

/**
 * Marks a note or item deleted (and returns it so); it stays restorable until purgeDeleted removes it.
 * With `page`, only a record of the article at that address is deleted (a page's content script
 * undoing a Keep may reach its own page's records, never another's).
 */
export async function deleteRecord(db: Store, kind: Kind, id: string, now = Date.now(), page?: { url: string; canonicalUrl: string | null }): Promise<NoteRecord | ItemRecord> {
  const key = page ? articleKey(page.url, page.canonicalUrl) : null;
  // Only a delete bounded to a page reads the articles store; any other locks just its own.
  const stores: Array<'articles' | Kind> = page ? ['articles', kind] : [kind];
  return inWriteTransaction(db, stores, async (tx) => {
    const store = tx.objectStore(kind);
    const record = await store.get(id);
    if (!record) throw new StoreError(NOT_FOUND, 'storeNotFound');
    if (page && (await tx.objectStore('articles').get(record.articleId))?.key !== key) throw new StoreError(NOT_FOUND, 'storeNotFound');
    if (record.deletedAt !== undefined) return record;
    const deleted = { ...record, deletedAt: now };
    await store.put(deleted);
    return deleted;
  });
}

/** Undo of deleteRecord. */
export async function restoreRecord(db: Store, kind: Kind, id: string): Promise<NoteRecord | ItemRecord> {
  return inWriteTransaction(db, [kind], async (tx) => {
    const store = tx.objectStore(kind);
    const record = await store.get(id);
    if (!record) throw new StoreError(NOT_FOUND, 'storeNotFound');
    const { deletedAt: _deleted, ...restored } = record;
    await store.put(restored);
    return restored;
  });
}

/** Removes for good what was deleted before `before` (ms since the epoch); returns how many. */
export async function purgeDeleted(db: Store, before: number): Promise<number> {
  let removed = 0;
  for (const kind of ['notes', 'items'] as const) {
    removed += await inWriteTransaction(db, [kind], async (tx) => {
      let count = 0;
      // Live records have no deletedAt, so the index holds only deleted ones.
      const range = IDBKeyRange.upperBound(before, true);
      for (let cursor = await tx.objectStore(kind).index('byDeleted').openCursor(range); cursor; cursor = await cursor.continue()) {
        await cursor.delete();
        count++;
      }
      return count;
    });
  }
  return removed;
}

const live = <T extends { deletedAt?: number }>(records: T[]): T[] => records.filter((r) => r.deletedAt === undefined);
const byCreated = <T extends { created: number }>(a: T, b: T): number => a.created - b.created;

/** The notes and kept items of the page at `url` (canonical URL first), oldest first. */
export async function listPage(db: Store, url: string, canonicalUrl: string | null = null): Promise<PageCollection> {
  const key = articleKey(url, canonicalUrl);
  if (!key) return { article: null, notes: [], items: [] };
  const tx = db.transaction(['articles', 'notes', 'items']);
  const article = await tx.objectStore('articles').index('byKey').get(key);
  if (!article) return { article: null, notes: [], items: [] };
  const [notes, items] = await Promise.all([tx.objectStore('notes').index('byArticle').getAll(article.id), tx.objectStore('items').index('byArticle').getAll(article.id)]);
  return { article, notes: live(notes).sort(byCreated), items: live(items).sort(byCreated) };
}

/** Every live note with `tag`, newest change first. */
export async function listByTag(db: Store, tag: string): Promise<NoteRecord[]> {
  const notes = await db.getAllFromIndex('notes', 'byTag', tag);
  return live(notes).sort((a, b) => b.updated - a.updated);
}

/** Every tag on a live note, most used first, then by name: what autocomplete offers. */
export async function listTags(db: Store): Promise<string[]> {
  const counts = new Map<string, number>();
  const tx = db.transaction('notes');
  for (let cursor = await tx.store.index('byTag').openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.deletedAt === undefined) counts.set(cursor.key, (counts.get(cursor.key) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([tag]) => tag);
}
