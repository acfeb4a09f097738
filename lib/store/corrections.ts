import type { Store } from './db';
import { inWriteTransaction } from './db';
import { StoreError } from './errors';
import type { CorrectionRecord } from './schema';
import { articleKey } from './urls';

// The reader's corrections, per page. One correction per item: correcting it again replaces the
// earlier one (the reader changed their mind), and removing it is undo, which marks it undone.

export const CORRECTION_NOT_FOUND = 'That correction no longer exists (undone in another window?).';

export type NewCorrection = Omit<CorrectionRecord, 'id' | 'pageKey' | 'url' | 'created' | 'undoneAt'>;

/** When the reader last decided about a correction: made it, or undid it. Of two copies, the later decision wins. */
export const decidedAt = (correction: CorrectionRecord): number => correction.undoneAt ?? correction.created;

/** The corrections in force: those not undone. */
export const inForce = (corrections: readonly CorrectionRecord[]): CorrectionRecord[] => corrections.filter((c) => c.undoneAt === undefined);

const pageKeyOf = (url: string, canonicalUrl: string | null): string => {
  const key = articleKey(url, canonicalUrl);
  if (!key) throw new StoreError('Corrections can be kept on web pages only (http or https).', 'storeCorrectionsWebPagesOnly');
  return key;
};

/** Whether two corrections of one page are of the same item (a later one replaces the earlier). */
export const sameCorrectedItem = (a: Pick<CorrectionRecord, 'item' | 'start' | 'end' | 'text'>, b: typeof a): boolean =>
  a.item === b.item && a.start === b.start && a.end === b.end && a.text === b.text;

/** Keeps `correction` for the page at `url`, replacing any earlier one of the same item. */
export async function addCorrection(db: Store, url: string, canonicalUrl: string | null, correction: NewCorrection, now = Date.now()): Promise<CorrectionRecord> {
  const pageKey = pageKeyOf(url, canonicalUrl);
  const record: CorrectionRecord = { ...correction, id: crypto.randomUUID(), pageKey, url, created: now };
  return inWriteTransaction(db, ['corrections'], async (tx) => {
    const store = tx.objectStore('corrections');
    for (const earlier of await store.index('byPage').getAll(pageKey)) if (sameCorrectedItem(earlier, record)) await store.delete(earlier.id);
    await store.put(record);
    return record;
  });
}

/** The corrections made on the page at `url` (canonical URL first), oldest first. */
export async function listCorrections(db: Store, url: string, canonicalUrl: string | null): Promise<CorrectionRecord[]> {
  const key = articleKey(url, canonicalUrl);
  if (!key) return [];
  return inForce(await db.getAllFromIndex('corrections', 'byPage', key)).sort((a, b) => a.created - b.created);
}

/** Undoes correction `id` of the page at `url` (marks it undone); a correction of another page, or one undone already, is not found. */
export async function removeCorrection(db: Store, url: string, canonicalUrl: string | null, id: string, now = Date.now()): Promise<void> {
  const pageKey = pageKeyOf(url, canonicalUrl);
  await inWriteTransaction(db, ['corrections'], async (tx) => {
    const record = await tx.objectStore('corrections').get(id);
    if (!record || record.pageKey !== pageKey || record.undoneAt !== undefined) throw new StoreError(CORRECTION_NOT_FOUND, 'storeCorrectionNotFound');
    await tx.objectStore('corrections').put({ ...record, undoneAt: now });
  });
}

/** Removes for good the corrections undone before `before` (ms since the epoch); returns how many. */
export async function purgeUndone(db: Store, before: number): Promise<number> {
  return inWriteTransaction(db, ['corrections'], async (tx) => {
    let count = 0;
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.undoneAt === undefined || cursor.value.undoneAt >= before) continue;
      await cursor.delete();
      count++;
    }
    return count;
  });
}
