import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { ICON_SIZES, iconPng, pixels } from './icon-png';

/** The image data of a PNG of ours (one IDAT chunk), uncompressed: compressed bytes may differ between zlib builds. */
function imageData(png: Buffer): Buffer {
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') return inflateSync(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  throw new Error('no IDAT chunk');
}

test.each(ICON_SIZES)('the committed %i px icon is what scripts/make-icons.ts draws', (size) => {
  const committed = readFileSync(join(import.meta.dirname, `../../public/icon/${size}.png`));
  expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([size, size]);
  expect(imageData(committed).equals(pixels(size))).toBe(true);
});

test('drawing is deterministic', () => {
  expect(iconPng(16).equals(iconPng(16))).toBe(true);
});
