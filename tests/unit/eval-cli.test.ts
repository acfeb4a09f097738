import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGoldSets } from '../../lib/eval/gold-sets';

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
  it('keeps every set with a KEEP-BLIND file out of --verbose and --rules unless it is named', () => {
    const kept = findGoldSets(resolve(root, 'tests/fixtures'))
      .filter((set) => set.keptBlind)
      .map((set) => set.name);
    expect(kept.length).toBeGreaterThan(0);
    const named = evalCli('--set', `labelled,${kept[0]}`, '--summary', '--rules');
    expect(named.status).toBe(0);
    expect(new RegExp(`^rules over \\d+ pages of (?:${kept[0]}, labelled|labelled, ${kept[0]})$`, 'm').test(named.stdout)).toBe(true);
    const all = evalCli('--verbose', '--rules');
    expect(all.status).toBe(0);
    expect(all.stdout.includes(`${kept.join(', ')} kept blind`)).toBe(true);
    // Each set's lines, from its header to the next set's.
    const sections = new Map(all.stdout.split(/\n(?=[\w-]+ \(\d+ pages\)\n)/).map((part) => [part.slice(0, part.indexOf(' (')), part]));
    const note = /^ {2}[\w-]+: (?:missed|false|speaker|value|source)/m;
    for (const set of kept) {
      expect(/^quotes: P/m.test(sections.get(set) ?? ''), `${set} has its summary lines`).toBe(true);
      expect(note.test(sections.get(set) ?? ''), `${set} shows no misses`).toBe(false);
    }
    expect(note.test(sections.get('dev') ?? ''), 'a development set shows its misses').toBe(true);
  });
});
