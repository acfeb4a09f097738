import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { COMPILED, compiledPath, compileFromCsvs } from './support/outlet-data';
import type { OutletTables } from '../lib/outlets/tables';

// npm run outlets: data/outlets/*.csv → data/outlets/compiled/*.json, with each file's size.

mkdirSync(COMPILED, { recursive: true });
let total = 0;
for (const [table, text] of Object.entries(compileFromCsvs()) as Array<[keyof OutletTables, string]>) {
  writeFileSync(compiledPath(table), text);
  const gzipped = gzipSync(text).length;
  total += gzipped;
  console.log(`${compiledPath(table)}: ${(text.length / 1024).toFixed(0)} KB, ${(gzipped / 1024).toFixed(0)} KB gzipped`);
}
console.log(`total ${(total / 1024).toFixed(0)} KB gzipped`);
