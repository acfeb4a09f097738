import { describe, expect, test } from 'vitest';
import { backupProblem, exportAll, importBackup } from './backup';
import { addNote, deleteRecord, editNote, keepItem, listPage } from './collection';
import { DB_VERSION } from './migrations';
import { freshStore, page, passage } from './test-db';

async function filledStore() {
  const db = await freshStore();
  await keepItem(db, page(), { kind: 'claim', value: 5, unit: '%', qualifier: null, text: '5%', speaker: 'Ada Brook', target: passage('5%', 3) }, 10);
  const note = await addNote(db, page(), { body: 'a', tags: ['t'], target: { kind: 'page' } }, 11);
  const gone = await addNote(db, page(), { body: 'b', tags: [], target: { kind: 'page' } }, 12);
  await deleteRecord(db, 'notes', gone.id, 13);
  return { db, note };
}

describe('backup', () => {
  test('export then import into an empty profile gives back every record, deleted ones included', async () => {
    const { db } = await filledStore();
    const backup = await exportAll(db, Date.UTC(2026, 11, 2));
    expect(backup).toMatchObject({ format: 'sourcelight-backup', version: 1, schemaVersion: DB_VERSION, exportedAt: '2026-12-02T00:00:00.000Z' });
    const copy = await freshStore();
    expect(await importBackup(copy, JSON.parse(JSON.stringify(backup)))).toEqual({ articles: 1, items: 1, notes: 2 });
    expect(await exportAll(copy, Date.UTC(2026, 11, 2))).toEqual(backup);
  });

  test('importing twice adds nothing twice; a newer local edit is kept, an older one replaced', async () => {
    const { db, note } = await filledStore();
    const backup = await exportAll(db);
    expect(await importBackup(db, backup)).toEqual({ articles: 0, items: 0, notes: 0 });
    await editNote(db, note.id, { body: 'newer here' }, 100);
    await importBackup(db, backup);
    expect((await listPage(db, page().url)).notes[0]?.body).toBe('newer here');
    const other = await freshStore();
    await addNote(other, page(), { body: 'local', tags: [], target: { kind: 'page' } }, 1);
    await importBackup(other, backup);
    const merged = await listPage(other, page().url);
    expect(merged.notes.map((n) => n.body)).toEqual(['local', 'a']);
    expect(merged.items).toHaveLength(1);
    expect(await other.count('articles')).toBe(1);
  });

  test.each([
    [null, 'not a Sourcelight backup'],
    [{ format: 'other' }, 'not a Sourcelight backup'],
    [{ format: 'sourcelight-backup', version: 9, articles: [], items: [], notes: [] }, 'newer Sourcelight'],
    [{ format: 'sourcelight-backup', version: 1, articles: [] }, 'incomplete'],
  ])('%j is refused: %s', (data, reason) => {
    expect(backupProblem(data)).toContain(reason);
  });
});
