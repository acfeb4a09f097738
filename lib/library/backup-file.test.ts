import { fakeBrowser, type Browser } from '#imports';
import { beforeEach, describe, expect, test } from 'vitest';
import { notesHandlers } from '../background/notes';
import { IMPORT_INTERRUPTED } from '../background/import-staging';
import { NOT_ALLOWED } from '../background/senders';
import { backupJob } from '../export/backup-json';
import { exportText } from '../export/job';
import type { Handlers, MessageType, RequestOf, ResponseOf, Result } from '../messages';
import { exportAll, type Backup } from '../store/backup';
import { addCorrection } from '../store/corrections';
import type { Store } from '../store/db';
import { freshStore } from '../store/test-db';
import { readBackupFile } from './backup-file';
import { importInParts, type ImportSender } from './import-parts';
import { sampleLibrary, syntheticLibrary } from './sample-library';

type Sender = Browser.runtime.MessageSender;
const LIBRARY_PAGE: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/library.html' };
const CONTENT_SCRIPT: Sender = { id: 'test-extension-id', url: 'https://news.example.com/a', frameId: 0, tab: { id: 7 } as Browser.tabs.Tab };

let db: Store;
let handlers: Handlers;

function call<K extends MessageType>(type: K, request: RequestOf<K>, sender: Sender): Promise<Result<ResponseOf<K>>> {
  const handler = handlers[type] as (request: RequestOf<K>, sender: Sender) => Result<ResponseOf<K>> | Promise<Result<ResponseOf<K>>>;
  return Promise.resolve(handler(request, sender));
}

async function fill(target: Store, library = sampleLibrary()): Promise<void> {
  const tx = target.transaction(['articles', 'items', 'notes'], 'readwrite');
  await Promise.all([
    ...library.articles.map((r) => tx.objectStore('articles').put(r)),
    ...library.items.map((r) => tx.objectStore('items').put(r)),
    ...library.notes.map((r) => tx.objectStore('notes').put(r)),
    tx.done,
  ]);
  // The reader corrected the speaker of the first kept quote.
  const [quote] = library.items;
  const article = library.articles.find((a) => a.id === quote?.articleId);
  if (!quote || !article) return;
  const detected = { quoteKind: 'direct' as const, cue: 'said', speaker: quote.speaker };
  await addCorrection(
    target,
    article.url,
    null,
    { kind: 'wrong-speaker', item: 'quote', text: quote.text, start: 10, end: 10 + quote.text.length, before: '', detected, speaker: 'Ann Lee' },
    5,
  );
}

/** The library's import: the backup in parts, through the background's handlers, as `sender`; parts of at most `maxChars` of JSON. */
const importAs = (backup: Backup, sender: Sender, maxChars?: number) => {
  const send: ImportSender = {
    start: (head, lists) => call('sourcelight/notes/import-start', { head, lists }, sender),
    part: (importId, part) => call('sourcelight/notes/import-part', { importId, part }, sender),
    finish: (importId) => call('sourcelight/notes/import-finish', { importId }, sender),
  };
  return importInParts(backup, send, undefined, maxChars);
};

/** The backup file the library's JSON export writes. */
const backupFile = async (source: Store): Promise<string> => exportText(backupJob(await exportAll(source, 0)));

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshStore();
  handlers = notesHandlers(async () => db);
});

test('export → wipe → import → export is identical', async () => {
  await fill(db, {
    ...syntheticLibrary(300),
    articles: [...syntheticLibrary(300).articles, ...sampleLibrary().articles],
    items: [...syntheticLibrary(300).items, ...sampleLibrary().items],
    notes: [...syntheticLibrary(300).notes, ...sampleLibrary().notes],
  });
  const before = await backupFile(db);
  const stores = ['articles', 'items', 'notes', 'corrections'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
  const read = readBackupFile(before);
  expect(read.ok).toBe(true);
  // Parts of about 20 KB: the 300 synthetic rows go in many.
  const result = await importAs((read as { backup: Backup }).backup, LIBRARY_PAGE, 20_000);
  expect(result).toEqual({ ok: true, value: { articles: 8, items: 206, notes: 102, corrections: 1 } });
  expect(await backupFile(db)).toBe(before);
});

test('importing the same backup again adds nothing; a newer edit in the file wins', async () => {
  await fill(db);
  const backup = (readBackupFile(await backupFile(db)) as { backup: Backup }).backup;
  expect(await importAs(backup, LIBRARY_PAGE)).toEqual({ ok: true, value: { articles: 0, items: 0, notes: 0, corrections: 0 } });
  const edited = { ...backup, notes: [{ ...backup.notes[0]!, body: 'Edited later', updated: backup.notes[0]!.updated + 1 }] };
  expect(await importAs(edited, LIBRARY_PAGE)).toEqual({ ok: true, value: { articles: 0, items: 0, notes: 1, corrections: 0 } });
  expect((await db.get('notes', backup.notes[0]!.id))?.body).toBe('Edited later');
});

describe('a bad file gets a clear error and changes nothing', () => {
  const valid = async (): Promise<Backup> => (readBackupFile(await backupFile(db)) as { backup: Backup }).backup;

  test.each<[string, (file: string, backup: Backup) => string, RegExp]>([
    ['not JSON', () => 'hello', /not JSON, or it was cut short/],
    ['truncated', (file) => file.slice(0, Math.floor(file.length / 2)), /cut short/],
    ['foreign JSON', () => JSON.stringify({ items: [] }), /not a Sourcelight backup/],
    ['a newer version', (_, backup) => JSON.stringify({ ...backup, version: 99 }), /newer Sourcelight/],
    ['missing notes', (_, backup) => JSON.stringify({ ...backup, notes: undefined }), /incomplete/],
    ['a damaged note', (_, backup) => JSON.stringify({ ...backup, notes: [...backup.notes, { id: 'x', articleId: 7 }] }), /damaged: note 3/],
    ['a correction without its words', (_, backup) => JSON.stringify({ ...backup, corrections: [{ ...backup.corrections![0], text: '' }] }), /damaged: correction 1/],
    [
      'a correction of an unknown kind',
      (_, backup) => JSON.stringify({ ...backup, corrections: [...backup.corrections!, { ...backup.corrections![0], id: 'y', kind: 'delete-all' }] }),
      /damaged: correction 2/,
    ],
    ['a correction undone at no time', (_, backup) => JSON.stringify({ ...backup, corrections: [{ ...backup.corrections![0], undoneAt: 'yesterday' }] }), /damaged: correction 1/],
    ['corrections that are not a list', (_, backup) => JSON.stringify({ ...backup, corrections: {} }), /corrections are missing/],
    ['a damaged item target', (_, backup) => JSON.stringify({ ...backup, items: [{ ...backup.items[0], target: { kind: 'passage' } }] }), /damaged: kept item 1/],
  ])('%s', async (_, corrupt, message) => {
    await fill(db);
    const before = await backupFile(db);
    const backup = await valid();
    const read = readBackupFile(corrupt(before, backup));
    expect(read).toEqual({ ok: false, error: expect.stringMatching(message) });
    // Even if a page sent it anyway, the background refuses it before touching the store.
    const sent = ((): Backup => {
      try {
        return JSON.parse(corrupt(before, backup)) as Backup;
      } catch {
        return {} as Backup;
      }
    })();
    expect((await importAs(sent, LIBRARY_PAGE, 1_000)).ok).toBe(false);
    expect(await backupFile(db)).toBe(before);
  });
});

test('only an extension page may import', async () => {
  await fill(db);
  const backup = (readBackupFile(await backupFile(db)) as { backup: Backup }).backup;
  expect(await importAs(backup, CONTENT_SCRIPT)).toEqual({ ok: false, error: NOT_ALLOWED });
  const started = await call('sourcelight/notes/import-start', { head: { format: 'sourcelight-backup' } as never, lists: ['notes'] }, LIBRARY_PAGE);
  if (!started.ok) throw new Error(started.error);
  expect(await call('sourcelight/notes/import-part', { importId: started.value, part: { list: 'notes', records: [] } }, CONTENT_SCRIPT)).toEqual({ ok: false, error: NOT_ALLOWED });
  expect(await call('sourcelight/notes/import-finish', { importId: started.value }, CONTENT_SCRIPT)).toEqual({ ok: false, error: NOT_ALLOWED });
});

test('an import interrupted — another begun meanwhile, or the background restarted — imports nothing and says so', async () => {
  await fill(db);
  const before = await backupFile(db);
  const backup = (readBackupFile(before) as { backup: Backup }).backup;
  const target = await freshStore();
  handlers = notesHandlers(async () => target);
  const first = await call('sourcelight/notes/import-start', { head: backup, lists: ['articles', 'items', 'notes', 'corrections'] }, LIBRARY_PAGE);
  if (!first.ok) throw new Error(first.error);
  expect((await call('sourcelight/notes/import-part', { importId: first.value, part: { list: 'articles', records: backup.articles } }, LIBRARY_PAGE)).ok).toBe(true);
  // Another import begins (another library tab): the first one's next part and its finish are refused.
  const second = await call('sourcelight/notes/import-start', { head: backup, lists: ['articles', 'items', 'notes'] }, LIBRARY_PAGE);
  expect(second.ok).toBe(true);
  expect(await call('sourcelight/notes/import-part', { importId: first.value, part: { list: 'items', records: backup.items } }, LIBRARY_PAGE)).toEqual({
    ok: false,
    error: IMPORT_INTERRUPTED,
  });
  expect(await call('sourcelight/notes/import-finish', { importId: first.value }, LIBRARY_PAGE)).toEqual({ ok: false, error: IMPORT_INTERRUPTED });
  // A restarted background knows no import under way.
  handlers = notesHandlers(async () => target);
  expect(await call('sourcelight/notes/import-finish', { importId: second.ok ? second.value : '' }, LIBRARY_PAGE)).toEqual({ ok: false, error: IMPORT_INTERRUPTED });
  expect(await target.count('articles')).toBe(0);
  // Imported again, whole: everything.
  expect((await importAs(backup, LIBRARY_PAGE)).ok).toBe(true);
  expect(await backupFile(target)).toBe(before);
});
