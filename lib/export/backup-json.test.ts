import { expect, test } from 'vitest';
import { freshStore } from '../store/test-db';
import { backupProblem, exportAll, importBackup, type Backup } from '../store/backup';
import { sampleLibrary, syntheticLibrary } from '../library/sample-library';
import { backupJob } from './backup-json';
import { exportText } from './job';

async function storeWith(library: ReturnType<typeof sampleLibrary>) {
  const db = await freshStore();
  const tx = db.transaction(['articles', 'items', 'notes'], 'readwrite');
  await Promise.all([
    ...library.articles.map((r) => tx.objectStore('articles').put(r)),
    ...library.items.map((r) => tx.objectStore('items').put(r)),
    ...library.notes.map((r) => tx.objectStore('notes').put(r)),
    tx.done,
  ]);
  return db;
}

test.each([
  ['the sample library', sampleLibrary()],
  ['an empty library', { articles: [], items: [], notes: [] }],
  ['300 synthetic rows', syntheticLibrary(300)],
])('%s: the streamed backup is the store backup, and export → import elsewhere → export is identical', async (_, library) => {
  const source = await storeWith(library);
  const backup = await exportAll(source, 0);
  const text = await exportText(backupJob(backup));
  const read = JSON.parse(text) as Backup;
  expect(read).toEqual(backup);
  expect(backupProblem(read)).toBeNull();
  const target = await freshStore();
  await importBackup(target, read);
  expect(await exportAll(target, 0)).toEqual(backup);
});
