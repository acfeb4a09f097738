import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { fileErrorReason } from './file-errors';

export type PageBytes = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** 32 MiB: ten times the largest news page we have seen, and still a few seconds of work. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

const CHUNK = 1024 * 1024;

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB` : n >= 1024 ? `${Math.round(n / 1024)} KiB` : `${n} bytes`;

/**
 * The bytes of a regular file of at most `maxBytes`. Opened without blocking and checked on the
 * open descriptor, so a FIFO, a device such as /dev/zero, or a file swapped for one after a
 * check can neither hang the reader nor fill memory.
 */
export function readPageFile(path: string, maxBytes = DEFAULT_MAX_BYTES): PageBytes {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file (a pipe, socket or device): save the page to a file first' };
    if (stat.size > maxBytes) return { ok: false, reason: tooLarge(stat.size, maxBytes) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      // The file grew while we read it.
      if (total > maxBytes) return { ok: false, reason: tooLarge(total, maxBytes) };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  } finally {
    closeSync(fd);
  }
}

const tooLarge = (size: number, max: number): string => `${formatBytes(size)}, over the limit of ${formatBytes(max)} (raise it with --max-bytes)`;
