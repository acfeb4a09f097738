import { readFileSync } from 'node:fs';
import { detect } from '../lib/detect/detect';

// Run by bench/cold-start.ts in a fresh process: the time of the first detect() there, as a
// content script pays it in each fresh world, with no compiled code to reuse.

const text = readFileSync(process.argv[2] ?? '', 'utf8');
const started = performance.now();
detect(text);
process.stdout.write(JSON.stringify({ ms: performance.now() - started }));
