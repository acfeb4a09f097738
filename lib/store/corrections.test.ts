import { expect, test } from 'vitest';
import { addCorrection, CORRECTION_NOT_FOUND, listCorrections, purgeUndone, removeCorrection, type NewCorrection } from './corrections';
import { freshStore } from './test-db';

const URL = 'https://news.example.com/2026/story?utm_source=x';
const CANONICAL = 'https://news.example.com/2026/story';

const notAQuote: NewCorrection = {
  kind: 'not-quote',
  item: 'quote',
  text: 'Photograph: Ann Lee',
  start: 120,
  end: 139,
  before: 'the square. ',
  detected: { quoteKind: 'indirect', cue: ':', speaker: 'Photograph' },
  speaker: null,
};
const wrongSpeaker: NewCorrection = { ...notAQuote, kind: 'wrong-speaker', text: 'We will stand', start: 300, end: 313, speaker: 'Jens Stoltenberg' };

test('a page’s corrections are listed for that page only, by its canonical URL, oldest first', async () => {
  const db = await freshStore();
  const first = await addCorrection(db, URL, CANONICAL, notAQuote, 1);
  const second = await addCorrection(db, URL, CANONICAL, wrongSpeaker, 2);
  await addCorrection(db, 'https://news.example.com/other', null, notAQuote, 3);
  expect(await listCorrections(db, 'https://news.example.com/2026/story', null)).toEqual([first, second]);
  expect(first).toMatchObject({ ...notAQuote, pageKey: CANONICAL, url: URL, created: 1 });
  expect(await listCorrections(db, 'https://elsewhere.example/', null)).toEqual([]);
  expect(await listCorrections(db, 'about:blank', null)).toEqual([]);
});

test('correcting an item again replaces its earlier correction', async () => {
  const db = await freshStore();
  await addCorrection(db, URL, CANONICAL, { ...wrongSpeaker, speaker: 'Ann Lee' }, 1);
  const again = await addCorrection(db, URL, CANONICAL, wrongSpeaker, 2);
  expect(await listCorrections(db, URL, CANONICAL)).toEqual([again]);
});

test('removing a correction is undo; one of another page is not found and stays', async () => {
  const db = await freshStore();
  const kept = await addCorrection(db, URL, CANONICAL, notAQuote, 1);
  await expect(removeCorrection(db, 'https://news.example.com/other', null, kept.id)).rejects.toThrow(CORRECTION_NOT_FOUND);
  await removeCorrection(db, URL, CANONICAL, kept.id, 5);
  expect(await listCorrections(db, URL, CANONICAL)).toEqual([]);
  await expect(removeCorrection(db, URL, CANONICAL, kept.id)).rejects.toThrow(CORRECTION_NOT_FOUND);
  // Undone, it is kept a while, marked so (a backup made before must not bring it back); then purged.
  expect(await db.get('corrections', kept.id)).toEqual({ ...kept, undoneAt: 5 });
  expect(await purgeUndone(db, 5)).toBe(0);
  expect(await purgeUndone(db, 6)).toBe(1);
  expect(await db.count('corrections')).toBe(0);
});

test('a page that is not on the web cannot be corrected', async () => {
  const db = await freshStore();
  await expect(addCorrection(db, 'file:///tmp/page.html', null, notAQuote)).rejects.toThrow('web pages only');
});
