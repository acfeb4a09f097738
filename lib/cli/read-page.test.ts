import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPageFile } from './read-page';

const root = mkdtempSync(join(tmpdir(), 'sourcelight-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const page = join(root, 'page.html');
writeFileSync(page, '<p>hello</p>');

describe('readPageFile', () => {
  it('reads a regular file', () => {
    const read = readPageFile(page);
    expect(read.ok && read.bytes.toString()).toBe('<p>hello</p>');
  });

  it('refuses a file over the limit, saying how to raise it', () => {
    expect(readPageFile(page, 5)).toEqual({ ok: false, reason: '12 bytes, over the limit of 5 bytes (raise it with --max-bytes)' });
  });

  it('refuses a device without reading it', () => {
    expect(readPageFile('/dev/zero')).toEqual({ ok: false, reason: expect.stringMatching(/^not a regular file/) });
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO without blocking on it', () => {
    const fifo = join(root, 'pipe.html');
    execFileSync('mkfifo', [fifo]);
    expect(readPageFile(fifo)).toEqual({ ok: false, reason: expect.stringMatching(/^not a regular file/) });
  });

  it('names a symbolic link loop as one', () => {
    const loop = join(root, 'loop.html');
    symlinkSync(loop, loop);
    expect(readPageFile(loop)).toEqual({ ok: false, reason: 'symbolic link loop' });
  });

  it.each([
    [join(root, 'missing.html'), 'no such file or directory'],
    [root, 'is a directory'],
  ])('reports %s', (path, reason) => {
    expect(readPageFile(path)).toEqual({ ok: false, reason });
  });
});
