// Writes the extension's icons (public/icon/SIZE.png), which are committed: `npm run icons`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_SIZES, iconPng } from './support/icon-png';

const OUT = join(import.meta.dirname, '../public/icon');
mkdirSync(OUT, { recursive: true });
for (const size of ICON_SIZES) writeFileSync(join(OUT, `${size}.png`), iconPng(size));
console.log(`Wrote ${ICON_SIZES.map((s) => `${s}.png`).join(', ')} to ${OUT}`);
