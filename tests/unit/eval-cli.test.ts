import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const evalCli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'cli/eval.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run eval options', () => {
  it('--set scores one set and --summary prints only its summary lines', () => {
    const run = evalCli('--set', 'labelled', '--summary');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^labelled \(\d+ pages\)$/);
    expect(lines.slice(1).map((l) => l.split(':')[0])).toEqual(['quotes', 'claims']);
  });

  it('names the sets there are when asked for one that is not', () => {
    const run = evalCli('--set', 'no-such-set');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no gold set named no-such-set \(sets: dev, .*labelled/);
  });
});
