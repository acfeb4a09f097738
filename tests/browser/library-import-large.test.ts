import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleLibrary } from '../../lib/library/sample-library';
import type { Backup } from '../../lib/store/backup';
import { DB_VERSION } from '../../lib/store/migrations';
import { launchExtension, type ExtensionSession } from './harness';

// A backup larger than one message may be: Chrome refuses a message over 64 MiB ("Message exceeded
// maximum allowed size of 64MiB"), so the library sends a backup to the background in parts.

let session: ExtensionSession;
let folder: string;

beforeAll(async () => {
  session = await launchExtension();
  folder = await mkdtemp(join(tmpdir(), 'sourcelight-large-'));
});

afterAll(async () => {
  await session?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

test('a 70 MB backup (700 notes of 99,000 characters) imports whole, a progress bar shown meanwhile', async () => {
  const page = await session.openExtensionPage('library.html');
  await page.getByText('Nothing kept yet').waitFor();
  const [article] = sampleLibrary().articles;
  const notes = Array.from({ length: 700 }, (_, n) => ({
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    articleId: article!.id,
    body: `Note ${n}: ${'x'.repeat(99_000)}`,
    tags: ['long'],
    target: { kind: 'page' as const },
    created: n,
    updated: n,
  }));
  const backup: Backup = {
    format: 'sourcelight-backup',
    version: 2,
    schemaVersion: DB_VERSION,
    exportedAt: '2026-12-01T00:00:00.000Z',
    articles: [article!],
    items: [],
    notes,
    corrections: [],
  };
  const file = join(folder, 'large.json');
  const text = JSON.stringify(backup);
  expect(Buffer.byteLength(text)).toBeGreaterThan(64 * 1024 * 1024);
  // Playwright takes a buffer of at most 50 MB: the file goes by path.
  await writeFile(file, text);
  await page.locator('input[type="file"]').setInputFiles(file);
  // Reading, checking and sending 70 MB takes seconds: a progress bar says it is under way.
  await expect.poll(() => page.getByRole('progressbar', { name: 'Importing…' }).count()).toBe(1);
  await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 150_000 }).toContain('Imported 1 new articles, 0 kept items, 700 notes');
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(await page.getByRole('progressbar').count()).toBe(0);
  expect(session.errors).toEqual([]);
}, 170_000);
