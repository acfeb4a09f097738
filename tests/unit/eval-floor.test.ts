import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGoldSets } from '../../lib/eval/gold-sets';
import { scorePage } from '../../lib/eval/score-page';
import { summarize } from '../../lib/eval/score';

// A change that lifts one labelled set and lowers another must be seen: each set's F1 may not
// fall more than `tolerance` below the figure recorded in eval-figures.json.

interface Figures {
  tolerance: number;
  sets: Record<string, { quotes: number; claims: number }>;
}

const root = resolve(import.meta.dirname, '../..');
const figures = JSON.parse(readFileSync(resolve(import.meta.dirname, 'eval-figures.json'), 'utf8')) as Figures;
const sets = findGoldSets(resolve(root, 'tests/fixtures'));

describe('eval floor: no labelled set scores below its recorded F1', () => {
  it('has a recorded figure for every set it knows', () => {
    const named = sets.map((s) => s.name);
    for (const name of Object.keys(figures.sets)) expect(named, `set ${name} in eval-figures.json`).toContain(name);
  });

  it.each(sets.filter((set) => figures.sets[set.name]).map((set) => [set.name, set] as const))('%s', (name, set) => {
    const summary = summarize(set.pages.map((page) => scorePage(page)));
    const floor = figures.sets[name]!;
    expect(summary.quotes.f1, `${name} quote F1`).toBeGreaterThanOrEqual(floor.quotes - figures.tolerance);
    expect(summary.claims.f1, `${name} claim F1`).toBeGreaterThanOrEqual(floor.claims - figures.tolerance);
  });
});
