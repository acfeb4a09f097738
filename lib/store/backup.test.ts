import { describe, expect, test } from 'vitest';
import { backupProblem, exportAll, importBackup } from './backup';
import { addNote, deleteRecord, editNote, keepItem, listPage } from './collection';
import { addCorrection, listCorrections, removeCorrection, type NewCorrection } from './corrections';
import { DB_VERSION } from './migrations';
import { freshStore, page, passage } from './test-db';

const wrongSpeaker: NewCorrection = {
  kind: 'wrong-speaker',
  item: 'quote',
  text: '"We will stand."',
  start: 120,
  end: 136,
  before: 'the square. ',
  detected: { quoteKind: 'direct', cue: 'said', speaker: 'Photograph' },
  speaker: 'Jens Stoltenberg',
};

async function filledStore() {
  const db = await freshStore();
  await addCorrection(db, page().url, null, wrongSpeaker, 9);
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
    expect(backup).toMatchObject({ format: 'sourcelight-backup', version: 2, schemaVersion: DB_VERSION, exportedAt: '2026-12-02T00:00:00.000Z' });
    expect(backup.corrections).toEqual([expect.objectContaining({ ...wrongSpeaker, pageKey: page().url, created: 9 })]);
    const copy = await freshStore();
    expect(await importBackup(copy, JSON.parse(JSON.stringify(backup)))).toEqual({ articles: 1, items: 1, notes: 2, corrections: 1 });
    expect(await exportAll(copy, Date.UTC(2026, 11, 2))).toEqual(backup);
    // The page, annotated again in the new profile, finds its correction.
    expect(await listCorrections(copy, `${page().url}?utm_source=x`, null)).toEqual(backup.corrections);
  });

  test('a backup made before corrections were kept (version 1) still imports, and adds no correction', async () => {
    const { db } = await filledStore();
    const { corrections: _none, ...old } = { ...(await exportAll(db)), version: 1 };
    expect(backupProblem(old)).toBeNull();
    const copy = await freshStore();
    expect(await importBackup(copy, JSON.parse(JSON.stringify(old)))).toEqual({ articles: 1, items: 1, notes: 2, corrections: 0 });
    expect(await copy.count('corrections')).toBe(0);
    expect((await listPage(copy, page().url)).notes.map((n) => n.body)).toEqual(['a']);
  });

  test('a correction undone after the backup was made does not come back with it; the undo travels in a later backup', async () => {
    const { db } = await filledStore();
    const before = await exportAll(db);
    const other = await freshStore();
    await importBackup(other, before);
    const [correction] = await listCorrections(db, page().url, null);
    await removeCorrection(db, page().url, null, correction!.id, 20);
    expect((await importBackup(db, before)).corrections).toBe(0);
    expect(await listCorrections(db, page().url, null)).toEqual([]);
    // The profile that had it in force learns of the undo from a backup made after it.
    expect(await listCorrections(other, page().url, null)).toHaveLength(1);
    expect((await importBackup(other, await exportAll(db))).corrections).toBe(1);
    expect(await listCorrections(other, page().url, null)).toEqual([]);
  });

  test('a correction of the same item: the later one wins, in the store or in the backup', async () => {
    const { db } = await filledStore();
    const backup = await exportAll(db);
    const other = await freshStore();
    const later = await addCorrection(other, page().url, null, { ...wrongSpeaker, speaker: 'Ann Lee' }, 50);
    expect((await importBackup(other, backup)).corrections).toBe(0);
    expect(await listCorrections(other, page().url, null)).toEqual([later]);
    const earlier = await freshStore();
    await addCorrection(earlier, page().url, null, { ...wrongSpeaker, speaker: 'Ann Lee' }, 1);
    expect((await importBackup(earlier, backup)).corrections).toBe(1);
    expect(await listCorrections(earlier, page().url, null)).toEqual(backup.corrections);
  });

  test('importing twice adds nothing twice; a newer local edit is kept, an older one replaced', async () => {
    const { db, note } = await filledStore();
    const backup = await exportAll(db);
    expect(await importBackup(db, backup)).toEqual({ articles: 0, items: 0, notes: 0, corrections: 0 });
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
    [{ format: 'sourcelight-backup', version: 2, articles: [], items: [], notes: [] }, 'corrections are missing'],
  ])('%j is refused: %s', (data, reason) => {
    expect(backupProblem(data)).toContain(reason);
  });
});
