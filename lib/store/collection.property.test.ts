import fc from 'fast-check';
import { expect, test } from 'vitest';
import { addNote, deleteRecord, editNote, listPage, listTags, restoreRecord } from './collection';
import { NOT_FOUND } from './errors';
import type { NoteRecord } from './schema';
import { freshStore, page } from './test-db';

// A random sequence of add / edit / delete / undo against the store must leave exactly what a
// plain in-memory model of the same operations leaves.

type Op = { op: 'add'; body: string; tags: string[] } | { op: 'edit'; which: number; body: string } | { op: 'delete'; which: number } | { op: 'undo'; which: number };

const tag = fc.constantFrom('budget', 'cuts', 'follow up', 'x');
const operation: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), body: fc.string({ maxLength: 20 }), tags: fc.array(tag, { maxLength: 3 }) }),
  fc.record({ op: fc.constant('edit' as const), which: fc.nat(), body: fc.string({ maxLength: 20 }) }),
  fc.record({ op: fc.constant('delete' as const), which: fc.nat() }),
  fc.record({ op: fc.constant('undo' as const), which: fc.nat() }),
);

interface ModelNote {
  id: string;
  body: string;
  tags: string[];
  deleted: boolean;
}

test('add/edit/delete/undo in any order matches an in-memory model', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(operation, { maxLength: 25 }), async (ops) => {
      const db = await freshStore();
      const model: ModelNote[] = [];
      let clock = 0;
      for (const step of ops) {
        clock++;
        const note = model.length ? model[(step as { which?: number }).which! % model.length] : undefined;
        if (step.op === 'add') {
          const saved = await addNote(db, page(), { body: step.body, tags: step.tags, target: { kind: 'page' } }, clock);
          model.push({ id: saved.id, body: step.body, tags: [...new Set(step.tags)], deleted: false });
        } else if (note && step.op === 'edit') {
          if (note.deleted) await expect(editNote(db, note.id, { body: step.body }, clock)).rejects.toThrow(NOT_FOUND);
          else {
            await editNote(db, note.id, { body: step.body }, clock);
            note.body = step.body;
          }
        } else if (note && step.op === 'delete') {
          await deleteRecord(db, 'notes', note.id, clock);
          note.deleted = true;
        } else if (note && step.op === 'undo') {
          await restoreRecord(db, 'notes', note.id);
          note.deleted = false;
        }
      }
      const listed = (await listPage(db, page().url)).notes;
      const expected = model.filter((n) => !n.deleted);
      expect(listed.map(({ id, body, tags }: NoteRecord) => ({ id, body, tags }))).toEqual(expected.map(({ id, body, tags }) => ({ id, body, tags })));
      expect((await listTags(db)).sort()).toEqual([...new Set(expected.flatMap((n) => n.tags))].sort());
      db.close();
    }),
    { numRuns: 60 },
  );
});
