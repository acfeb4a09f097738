import type { Store } from './db';
import { inWriteTransaction } from './db';
import { StoreError } from './errors';
import type { CorrectionRecord } from './schema';
import { articleKey } from './urls';

// The reader's corrections, per page. One correction per item: correcting it again replaces the
// earlier one (the reader changed their mind), and removing it is undo.

export const CORRECTION_NOT_FOUND = 'That correction no longer exists (undone in another window?).';

export type NewCorrection = Omit<CorrectionRecord, 'id' | 'pageKey' | 'url' | 'created'>;

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
  return (await db.getAllFromIndex('corrections', 'byPage', key)).sort((a, b) => a.created - b.created);
}

/** Removes correction `id` of the page at `url`; a correction of another page is not found. */
export async function removeCorrection(db: Store, url: string, canonicalUrl: string | null, id: string): Promise<void> {
  const pageKey = pageKeyOf(url, canonicalUrl);
  await inWriteTransaction(db, ['corrections'], async (tx) => {
    const record = await tx.objectStore('corrections').get(id);
    if (!record || record.pageKey !== pageKey) throw new StoreError(CORRECTION_NOT_FOUND, 'storeCorrectionNotFound');
    await tx.objectStore('corrections').delete(id);
  });
}
