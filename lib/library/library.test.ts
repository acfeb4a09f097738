import { expect, test } from 'vitest';
import type { ItemRecord, NoteRecord, Target } from '../store/schema';
import { contextOf, itemOfNote, liveLibrary } from './library';
import { sampleLibrary } from './sample-library';

const passage = (exact: string, start: number, prefix = '', suffix = ''): Target => ({
  kind: 'passage',
  selectors: [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start, end: start + exact.length },
  ],
});

test.each([
  ['partial edge words dropped', passage('31,000', 10, 'ration of this  escalation. "', ' Ukrainian soldiers have di'), 'of this escalation. "31,000 Ukrainian soldiers have'],
  ['context that starts and ends on a space is whole', passage('5%', 0, ' rose ', ' last '), 'rose 5% last'],
  ['the whole page has none', { kind: 'page' } as Target, ''],
])('contextOf: %s', (_, target, context) => {
  expect(contextOf(target)).toBe(context);
});

test('itemOfNote: the narrowest kept item of the same article holding the note’s passage', () => {
  const { items } = sampleLibrary();
  const note = (target: Target, articleId = items[0]!.articleId): NoteRecord => ({ id: 'n', articleId, body: '', tags: [], target, created: 0, updated: 0 });
  expect(itemOfNote(note(passage('31,000', 1286)), items)?.id).toBe('a1b2c3d4-0000-4000-8000-000000000003');
  expect(itemOfNote(note(passage('Ukrainian soldiers', 1293)), items)?.id).toBe('a1b2c3d4-0000-4000-8000-000000000002');
  expect(itemOfNote(note(passage('31,000', 1286), 'another article'), items)).toBeUndefined();
  expect(itemOfNote(note({ kind: 'page' }), items)).toBeUndefined();
});

test('liveLibrary leaves out records deleted and waiting for undo', () => {
  const library = sampleLibrary();
  library.items[0] = { ...library.items[0]!, deletedAt: 5 } as ItemRecord;
  library.notes[1] = { ...library.notes[1]!, deletedAt: 5 };
  const live = liveLibrary(library);
  expect(live.items.map((item) => item.id)).not.toContain(library.items[0]!.id);
  expect(live.notes).toHaveLength(1);
  expect(live.articles).toHaveLength(2);
});
