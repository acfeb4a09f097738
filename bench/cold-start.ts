import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { detect } from '../lib/detect/detect';
import { textOfLength } from './scaling';
import { countWords, median, timeMedian } from './stats';

// Detection cold (the first call in a fresh process) against warm (the same process, again):
// the warm figures alone hide what a fresh content-script world pays.

export interface ColdStartRow {
  words: number;
  coldMsPer1kWords: number;
  warmMsPer1kWords: number;
}

const COLD_DETECT = resolve(import.meta.dirname, 'cold-detect.ts');

function coldMs(file: string): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', COLD_DETECT, file], { encoding: 'utf8' });
  return (JSON.parse(out) as { ms: number }).ms;
}

export function measureColdStart(sources: readonly string[], sizes: readonly number[], runs: number): ColdStartRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cold-'));
  try {
    return sizes.map((size) => {
      const text = textOfLength(sources, size);
      const file = join(dir, `${size}.txt`);
      writeFileSync(file, text);
      const perThousand = (ms: number) => (ms * 1000) / Math.max(1, countWords(text));
      detect(text);
      return {
        words: countWords(text),
        coldMsPer1kWords: perThousand(median(Array.from({ length: runs }, () => coldMs(file)))),
        warmMsPer1kWords: perThousand(
          timeMedian(
            runs,
            () => null,
            () => detect(text),
          ),
        ),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
