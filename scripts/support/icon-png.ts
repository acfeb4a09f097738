// The extension's icon, drawn from geometry alone, so the same code always gives the same bytes:
// a dark amber tile with three lines of text, the middle one highlighted, as a quote is on the
// page. Each pixel is the average of 8 × 8 samples, for smooth edges at 16 px.
import { crc32, deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 96, 128];
const SAMPLES = 8;

type Rgba = [number, number, number, number];
const TILE: Rgba = [122, 77, 0, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const HIGHLIGHT: Rgba = [255, 200, 40, 255];
const LINE: Rgba = [92, 58, 0, 255];

/** A rounded rectangle, in the unit square's coordinates. */
const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number) =>
  (x: number, y: number): boolean => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };

// Painted in order; the last shape that covers a point gives its colour.
const SHAPES: Array<[(x: number, y: number) => boolean, Rgba]> = [
  [roundedRect(0.02, 0.02, 0.98, 0.98, 0.2), TILE],
  [roundedRect(0.18, 0.2, 0.82, 0.3, 0.05), PAPER],
  [roundedRect(0.14, 0.41, 0.86, 0.59, 0.05), HIGHLIGHT],
  [roundedRect(0.2, 0.46, 0.8, 0.54, 0.04), LINE],
  [roundedRect(0.18, 0.7, 0.62, 0.8, 0.05), PAPER],
];

function colourAt(x: number, y: number): Rgba {
  let colour: Rgba = [0, 0, 0, 0];
  for (const [covers, fill] of SHAPES) if (covers(x, y)) colour = fill;
  return colour;
}

/** The image's rows as PNG stores them before compression (each row led by its filter byte, 0). */
export function pixels(size: number): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    rows[row] = 0; // no filter
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          // Premultiplied, so a half-covered edge pixel keeps its colour and halves its alpha.
          sum[0]! += r * a;
          sum[1]! += g * a;
          sum[2]! += b * a;
          sum[3]! += a;
        }
      }
      const alpha = sum[3]!;
      const at = row + 1 + px * 4;
      for (let c = 0; c < 3; c++) rows[at + c] = alpha ? Math.round(sum[c]! / alpha) : 0;
      rows[at + 3] = Math.round(alpha / (SAMPLES * SAMPLES));
    }
  }
  return rows;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The icon at `size` × `size` pixels, as PNG bytes. */
export function iconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
