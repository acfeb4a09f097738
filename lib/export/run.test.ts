import { expect, test } from 'vitest';
import type { ExportJob } from './job';
import { runExport } from './run';

const job = (count: number): ExportJob => ({
  fileName: 'n.txt',
  mimeType: 'text/plain',
  total: count,
  *pieces() {
    for (let n = 0; n < count; n++) yield `${n}\n`;
  },
});

test('runs in slices, reporting rising progress up to 1, and returns the whole file', async () => {
  const progress: number[] = [];
  const blob = await runExport(job(1000), { sliceMs: 0, onProgress: (fraction) => progress.push(fraction) });
  expect((await blob.text()).split('\n')).toHaveLength(1001);
  expect(blob.type).toBe('text/plain');
  expect(progress.length).toBeGreaterThan(10);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(progress.at(-1)).toBe(1);
});

test('stops between slices when aborted', async () => {
  const controller = new AbortController();
  const run = runExport(job(1000), { sliceMs: 0, signal: controller.signal, onProgress: (fraction) => fraction > 0.1 && controller.abort() });
  await expect(run).rejects.toThrow();
});
