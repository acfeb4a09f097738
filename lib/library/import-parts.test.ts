import { expect, test } from 'vitest';
import type { Backup } from '../store/backup';
import { backupParts, importInParts, type BackupPart } from './import-parts';
import { syntheticLibrary } from './sample-library';

const backup = (): Backup => ({ format: 'sourcelight-backup', version: 2, schemaVersion: 6, exportedAt: '2026-12-01T00:00:00.000Z', ...syntheticLibrary(600), corrections: [] });

test('parts hold every record once, in order, each part within the bound unless one record alone is larger', () => {
  const whole = backup();
  whole.notes[0] = { ...whole.notes[0]!, body: 'x'.repeat(50_000) };
  const { head, lists, parts } = backupParts(whole, 10_000);
  expect(head).toEqual({ format: 'sourcelight-backup', version: 2, schemaVersion: 6, exportedAt: '2026-12-01T00:00:00.000Z' });
  expect(lists).toEqual(['articles', 'items', 'notes', 'corrections']);
  for (const list of ['articles', 'items', 'notes'] as const) {
    expect(parts.filter((p) => p.list === list).flatMap((p) => p.records)).toEqual(whole[list]);
  }
  expect(parts.some((p) => p.list === 'corrections')).toBe(false);
  for (const part of parts) {
    const size = JSON.stringify(part.records).length;
    expect(size <= 10_000 + part.records.length || part.records.length === 1).toBe(true);
  }
  expect(parts.length).toBeGreaterThan(10);
});

test('a backup made before corrections were kept has no corrections list, and says so', () => {
  const { corrections: _none, ...old } = { ...backup(), version: 1 };
  expect(backupParts(old as Backup).lists).toEqual(['articles', 'items', 'notes']);
});

test('importInParts sends the head, then each part, then finish, reporting progress; a refused part stops it', async () => {
  const sent: string[] = [];
  const progress: number[] = [];
  const send = {
    start: async () => (sent.push('start'), { ok: true as const, value: 'id-1' }),
    part: async (_id: string, part: BackupPart) => (sent.push(part.list), { ok: true as const, value: null }),
    finish: async () => (sent.push('finish'), { ok: true as const, value: { articles: 1, items: 2, notes: 3, corrections: 0 } }),
  };
  expect(await importInParts(backup(), send, (f) => progress.push(f), 50_000)).toEqual({ ok: true, value: { articles: 1, items: 2, notes: 3, corrections: 0 } });
  expect(sent[0]).toBe('start');
  expect(sent.at(-1)).toBe('finish');
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(progress.at(-1)).toBeLessThan(1);
  sent.length = 0;
  const refused = { ...send, part: async () => (sent.push('part'), { ok: false as const, error: 'no' }) };
  expect(await importInParts(backup(), refused)).toEqual({ ok: false, error: 'no' });
  expect(sent).toEqual(['start', 'part']);
});
