import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { StoreError, STORAGE_UNAVAILABLE, toStoreError } from './errors';
import { DB_VERSION, upgrade } from './migrations';
import { DB_NAME, type SourcelightDB } from './schema';

export type Store = IDBPDatabase<SourcelightDB>;
type Name = StoreNames<SourcelightDB>;

/**
 * Opens (creating or upgrading) the database. A connection that blocks a newer version (another
 * extension page after an update) closes itself, so the upgrade is never stuck behind it.
 */
export async function openStore(name = DB_NAME, onClosed?: () => void): Promise<Store> {
  if (typeof indexedDB === 'undefined') throw new StoreError(STORAGE_UNAVAILABLE, 'storeUnavailable');
  try {
    const db = await openDB<SourcelightDB>(name, DB_VERSION, {
      upgrade,
      blocking: () => {
        db.close();
        onClosed?.();
      },
      terminated: () => onClosed?.(),
    });
    return db;
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * One read-write transaction over `stores`: everything `work` writes lands together or not at
 * all. `work` must await only requests of `tx` — awaiting anything else lets the transaction
 * commit early (idb's documented trap), so inputs are checked and ids made before calling this.
 */
export async function inWriteTransaction<const S extends Name[], T>(db: Store, stores: S, work: (tx: IDBPTransaction<SourcelightDB, S, 'readwrite'>) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const value = await work(tx);
    await tx.done;
    return value;
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    throw toStoreError(error);
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failed request, or finished.
  }
}
