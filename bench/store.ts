import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { addNote, editNote, listByTag, listPage } from '../lib/store/collection';
import { openStore, type Store } from '../lib/store/db';
import type { ArticleRecord, NoteRecord } from '../lib/store/schema';
import { median } from './stats';

// The store's operations at 1k, 10k and 100k notes, in Node over fake-indexeddb (an in-memory
// IndexedDB written in JavaScript: slower than a browser's, so these figures bound them from above).

const NOTES_PER_PAGE = 20;
const TAGS = Array.from({ length: 50 }, (_, i) => `tag${i}`);
const OPS = 15;

export interface StoreRow {
  notes: number;
  addMs: number;
  editMs: number;
  listPageMs: number;
  /** Listing one tag's notes: notes / 50 of them. */
  listByTagMs: number;
}

const urlOf = (page: number): string => `https://news.example.com/2026/story-${page}`;

/** `count` notes over count / 20 articles, written in bulk (this is setup, not measured). */
async function fill(db: Store, count: number): Promise<void> {
  const tx = db.transaction(['articles', 'notes'], 'readwrite');
  for (let page = 0; page < count / NOTES_PER_PAGE; page++) {
    const article: ArticleRecord = {
      id: `article-${page}`,
      key: urlOf(page),
      url: urlOf(page),
      canonicalUrl: null,
      title: `Story ${page}`,
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'en',
      firstSeen: 0,
      lastSeen: 0,
    };
    void tx.objectStore('articles').put(article);
    for (let n = 0; n < NOTES_PER_PAGE; n++) {
      const i = page * NOTES_PER_PAGE + n;
      const note: NoteRecord = {
        id: `note-${i}`,
        articleId: article.id,
        body: `Note ${i}: a remark of a sentence or two about this passage.`,
        tags: [TAGS[i % TAGS.length]!, TAGS[(i * 7) % TAGS.length]!],
        target: { kind: 'page' },
        created: i,
        updated: i,
      };
      void tx.objectStore('notes').put(note);
    }
  }
  await tx.done;
}

async function timeEach(runs: number, work: (run: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work(run);
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function measureStore(sizes: readonly number[]): Promise<StoreRow[]> {
  const rows: StoreRow[] = [];
  for (const size of sizes) {
    const name = `sourcelight-bench-${size}`;
    const db = await openStore(name);
    await fill(db, size);
    const page = { url: urlOf(1), meta: { title: 'Story 1' } };
    const added: string[] = [];
    const addMs = await timeEach(OPS, async (run) => added.push((await addNote(db, page, { body: `bench ${run}`, tags: ['bench'], target: { kind: 'page' } })).id));
    const editMs = await timeEach(OPS, (run) => editNote(db, added[run]!, { body: `edited ${run}` }));
    const listPageMs = await timeEach(OPS, (run) => listPage(db, urlOf((run * 37) % (size / NOTES_PER_PAGE))));
    const listByTagMs = await timeEach(OPS, (run) => listByTag(db, TAGS[run % TAGS.length]!));
    rows.push({ notes: size, addMs, editMs, listPageMs, listByTagMs });
    db.close();
    await deleteDB(name);
  }
  return rows;
}
