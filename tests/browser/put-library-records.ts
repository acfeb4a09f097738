import type { Library } from '../../lib/library/library';

/**
 * Runs inside an extension page (pass it to Playwright's or Puppeteer's `page.evaluate`): writes
 * the records with the page's own IndexedDB, the database the page has opened and upgraded.
 * Self-contained, since only its source reaches the page.
 */
export async function putLibraryRecords(records: Library): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sourcelight');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['articles', 'items', 'notes'], 'readwrite');
  for (const article of records.articles) tx.objectStore('articles').put(article);
  for (const item of records.items) tx.objectStore('items').put(item);
  for (const note of records.notes) tx.objectStore('notes').put(note);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
