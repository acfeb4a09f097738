import { openStore, type Store } from '../lib/store/db';

// One connection to the notes database per extension page, opened on first use; a failed open is
// tried again next time (IndexedDB may come back, a blocked upgrade may finish).

let store: Promise<Store> | null = null;

export const storeOnce = (): Promise<Store> =>
  (store ??= openStore().catch((error: unknown) => {
    store = null;
    throw error;
  }));
