import { inWriteTransaction, type Store } from './db';
import { decidedAt, sameCorrectedItem } from './corrections';
import { StoreError } from './errors';
import { DB_VERSION } from './migrations';
import type { ArticleRecord, CorrectionRecord, ItemRecord, NoteRecord, OutletProfileRecord, SourceListRecord } from './schema';

// A backup is the whole store as one JSON document, deleted-but-restorable records included.
// `format` and `version` say how to read it; ids are the records' own UUIDs, so importing a
// backup twice, or into the profile it came from, adds nothing twice.

export const BACKUP_FORMAT = 'sourcelight-backup';
/** 2: the reader's corrections added (a version 1 backup has none, and still imports). */
export const BACKUP_VERSION = 2;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** BACKUP_VERSION when written; an older one when read from an older backup. */
  version: number;
  /** The database schema the records were read with. */
  schemaVersion: number;
  exportedAt: string;
  articles: ArticleRecord[];
  items: ItemRecord[];
  notes: NoteRecord[];
  /** The reader's own outlet profiles and source lists (absent from backups made before they existed). */
  outletProfiles?: OutletProfileRecord[];
  sourceLists?: SourceListRecord[];
  /** The reader's corrections of detected items (from version 2). */
  corrections?: CorrectionRecord[];
}

export interface ImportCounts {
  articles: number;
  items: number;
  notes: number;
  corrections: number;
}

export async function exportAll(db: Store, now = Date.now()): Promise<Backup> {
  const tx = db.transaction(['articles', 'items', 'notes', 'outletProfiles', 'sourceLists', 'corrections']);
  const [articles, items, notes, outletProfiles, sourceLists, corrections] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('items').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('outletProfiles').getAll(),
    tx.objectStore('sourceLists').getAll(),
    tx.objectStore('corrections').getAll(),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: DB_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles,
    items,
    notes,
    outletProfiles,
    sourceLists,
    corrections,
  };
}

/** Why `data` cannot be imported as a backup, or null. */
export function backupProblem(data: unknown): string | null {
  const b = data as Partial<Backup> | null;
  if (typeof b !== 'object' || b === null || b.format !== BACKUP_FORMAT) return 'This file is not a Sourcelight backup.';
  if (typeof b.version !== 'number' || b.version > BACKUP_VERSION) return 'This backup was made by a newer Sourcelight: update the extension to import it.';
  if (![b.articles, b.items, b.notes].every(Array.isArray)) return 'This backup is incomplete: its articles, items or notes are missing.';
  if ((b.version >= 2 || b.corrections !== undefined) && !Array.isArray(b.corrections)) return 'This backup is incomplete: its corrections are missing.';
  return null;
}

/**
 * Merges a backup into the store in one transaction: a record the store lacks is added, one it
 * has is replaced only when the backup's copy changed later. An article already filed under the
 * same key keeps its local id, and the backup's records follow it.
 */
export async function importBackup(db: Store, backup: Backup): Promise<ImportCounts> {
  const problem = backupProblem(backup);
  if (problem) throw new StoreError(problem);
  return inWriteTransaction(db, ['articles', 'items', 'notes', 'outletProfiles', 'sourceLists', 'corrections'], async (tx) => {
    const counts: ImportCounts = { articles: 0, items: 0, notes: 0, corrections: 0 };
    const articleIds = new Map<string, string>();
    const articles = tx.objectStore('articles');
    for (const article of backup.articles) {
      const local = await articles.index('byKey').get(article.key);
      articleIds.set(article.id, local?.id ?? article.id);
      if (!local) {
        await articles.put(article);
        counts.articles++;
      }
    }
    for (const kind of ['items', 'notes'] as const) {
      const store = tx.objectStore(kind);
      for (const record of backup[kind]) {
        const articleId = articleIds.get(record.articleId);
        if (!articleId) continue;
        const local = await store.get(record.id);
        if (local && local.updated >= record.updated) continue;
        await store.put({ ...record, articleId } as NoteRecord & ItemRecord);
        counts[kind]++;
      }
    }
    // The reader's outlet profiles and source lists: the later copy of each wins, as for notes.
    for (const profile of backup.outletProfiles ?? []) {
      const local = await tx.objectStore('outletProfiles').get(profile.domain);
      if (!local || local.updated < profile.updated) await tx.objectStore('outletProfiles').put(profile);
    }
    for (const list of backup.sourceLists ?? []) {
      const local = await tx.objectStore('sourceLists').get(list.id);
      if (!local || local.updated < list.updated) await tx.objectStore('sourceLists').put(list);
    }
    // Corrections are filed by page key, not article id. One item has one correction, so the
    // later decision about an item wins, the backup's or the store's: a correction made, or undone.
    const corrections = tx.objectStore('corrections');
    for (const correction of backup.corrections ?? []) {
      const sameItem = (await corrections.index('byPage').getAll(correction.pageKey)).filter((c) => c.id === correction.id || sameCorrectedItem(c, correction));
      if (sameItem.some((c) => decidedAt(c) >= decidedAt(correction))) continue;
      for (const earlier of sameItem) await corrections.delete(earlier.id);
      await corrections.put(correction);
      counts.corrections++;
    }
    return counts;
  });
}
