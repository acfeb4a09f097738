import { describe, expect, test } from 'vitest';
import { parseSourceList } from '../outlets/source-list';
import { exportAll, importBackup } from './backup';
import { addSourceList, deleteOwnProfile, deleteSourceList, editSourceListEntry, getOwnProfile, listSourceLists, saveOwnProfile, sourceListMatches } from './outlet-profiles';
import { freshStore } from './test-db';

describe('the reader’s own outlet profile', () => {
  test('is saved by domain, replaced on edit, and removed', async () => {
    const db = await freshStore();
    await saveOwnProfile(db, 'infobrics.org', { labels: [' aggregator ', 'aggregator', 'Serbia'], notes: 'Republishes Global Research.' }, 1);
    expect(await getOwnProfile(db, 'infobrics.org')).toEqual({ domain: 'infobrics.org', labels: ['aggregator', 'Serbia'], notes: 'Republishes Global Research.', updated: 1 });
    await saveOwnProfile(db, 'infobrics.org', { labels: ['aggregator'], notes: '' }, 2);
    expect((await getOwnProfile(db, 'infobrics.org'))?.labels).toEqual(['aggregator']);
    await deleteOwnProfile(db, 'infobrics.org');
    expect(await getOwnProfile(db, 'infobrics.org')).toBeUndefined();
    db.close();
  });

  test('an empty profile is refused with a message, and nothing is saved', async () => {
    const db = await freshStore();
    await expect(saveOwnProfile(db, 'x.example', { labels: [' '], notes: ' ' })).rejects.toThrow('Write a label or a note first.');
    expect(await getOwnProfile(db, 'x.example')).toBeUndefined();
    db.close();
  });
});

describe('source lists', () => {
  const csv = 'Domain,Rating,Note\nhttps://www.infobrics.org/post/1,low,aggregator\nwsws.org,medium,\n';

  test('a CSV with a domain column becomes a list; its entries show by domain, editable and removable', async () => {
    const parsed = parseSourceList(csv, 'my-sources.csv');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.list).toEqual({
      columns: ['Rating', 'Note'],
      entries: [
        { domain: 'infobrics.org', fields: { Rating: 'low', Note: 'aggregator' } },
        { domain: 'wsws.org', fields: { Rating: 'medium', Note: '' } },
      ],
    });
    const db = await freshStore();
    const list = await addSourceList(db, { name: 'my-sources.csv', ...parsed.list }, 5);
    expect(sourceListMatches(await listSourceLists(db), 'infobrics.org').map((m) => [m.list.name, m.entry.fields.Rating])).toEqual([['my-sources.csv', 'low']]);
    await editSourceListEntry(db, list.id, 'infobrics.org', { Rating: 'very low' }, 6);
    expect(sourceListMatches(await listSourceLists(db), 'infobrics.org')[0]?.entry.fields).toEqual({ Rating: 'very low', Note: 'aggregator' });
    await deleteSourceList(db, list.id);
    expect(await listSourceLists(db)).toEqual([]);
    db.close();
  });

  test.each([
    ['name,rating\nfoo.com,1\n', /line 1: no domain column/],
    ['domain,rating\nfoo.com,1\nnot a domain,2\n', /my\.csv, line 3: "not a domain" is not a domain/],
    ['domain,rating\nfoo.com,1\n"bar.com,2\n', /my\.csv, line 3: Quoted field unterminated/],
    ['domain,rating\n', /no rows/],
  ])('a malformed CSV is refused whole, naming the line (%#)', (text, message) => {
    const parsed = parseSourceList(text, 'my.csv');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).toContain('Nothing was imported.');
    }
  });

  test('profiles and lists travel with the backup', async () => {
    const db = await freshStore();
    await saveOwnProfile(db, 'infobrics.org', { labels: ['aggregator'], notes: '' }, 1);
    const parsed = parseSourceList(csv, 'my-sources.csv');
    if (!parsed.ok) throw new Error(parsed.error);
    await addSourceList(db, { name: 'my-sources.csv', ...parsed.list }, 2);
    const backup = await exportAll(db);
    const other = await freshStore();
    await importBackup(other, JSON.parse(JSON.stringify(backup)));
    expect(await getOwnProfile(other, 'infobrics.org')).toMatchObject({ labels: ['aggregator'] });
    expect((await listSourceLists(other)).map((l) => l.name)).toEqual(['my-sources.csv']);
    db.close();
    other.close();
  });
});
