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

  it('--rules tallies every quote rule over the sets scored', () => {
    const run = evalCli('--set', 'labelled', '--summary', '--rules');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^rules over \d+ pages of labelled$/m);
    expect(run.stdout).toMatch(/^ {2}reported-after +\d+ +\d+ +[\d.]+% /m);
    expect(run.stdout).toMatch(/^numbers judged no claim/m);
  });

  // Assertions on booleans: a failure must not print a blind set's misses.
  it('keeps a set with a KEEP-BLIND file out of --verbose and --rules unless it is named', () => {
    const named = evalCli('--set', 'labelled,heldout-2', '--summary', '--rules');
    expect(named.status).toBe(0);
    expect(/^rules over \d+ pages of heldout-2, labelled$/m.test(named.stdout)).toBe(true);
    const all = evalCli('--verbose', '--rules');
    expect(all.status).toBe(0);
    expect(/blind-e, blind-f, heldout-2 kept blind/.test(all.stdout)).toBe(true);
    const blindPart = all.stdout.split('\nblind-e (')[1]?.split('\nheldout (')[0] ?? '';
    expect(/^quotes: P/m.test(blindPart)).toBe(true);
    expect(/^ {2}[\w-]+: (?:missed|false|speaker|value|source)/m.test(blindPart)).toBe(false);
    expect(/^ {2}[\w-]+: (?:missed|false|speaker|value|source)/m.test(all.stdout)).toBe(true);
  });
});
