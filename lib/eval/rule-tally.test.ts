import { describe, expect, test } from 'vitest';
import type { RuledDetection } from '../detect/detect';
import { emptyRuleTally, formatRuleTally, tallyRules } from './rule-tally';
import type { GoldFile } from './score';

const TEXT = 'Ann Ito said the bridge is safe. The council sang "Harbor Lights" in 1999. Rain fell.';
const at = (part: string): { start: number; end: number } => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });

const GOLD: GoldFile = {
  quotes: [
    { text: 'the bridge is safe', kind: 'indirect', speaker: 'Ann Ito' },
    { text: 'Harbor Lights', kind: 'direct', speaker: 'council' },
  ],
  claims: [{ text: '1999', value: 1999 }],
};

const DETECTION: RuledDetection = {
  quotes: [
    { ...at('the bridge is safe'), kind: 'indirect', cue: 'said', speaker: { name: 'Ann Ito', start: 0, end: 7 }, rule: 'reported-after' },
    { ...at('Rain fell'), kind: 'direct', cue: 'said', speaker: null, rule: 'cue-after' },
  ],
  claims: [],
  dropped: [{ ...at('Harbor Lights'), rule: 'title' }],
  excluded: [{ ...at('1999'), rule: 'year' }],
};

describe('tallyRules', () => {
  const tally = emptyRuleTally();
  tallyRules(GOLD, TEXT, DETECTION, tally);

  test('a quote rule is right when its quote matches a gold quote, and its speaker is scored', () => {
    expect(tally.quotes.get('reported-after')).toEqual({ fired: 1, right: 1, speaker: [1, 1] });
    expect(tally.quotes.get('cue-after')).toEqual({ fired: 1, right: 0, speaker: [0, 0] });
  });

  test('a drop or an exclusion is wrong when it removed a gold item nobody found', () => {
    expect(tally.dropped.get('title')).toEqual({ fired: 1, wrong: 1 });
    expect(tally.excluded.get('year')).toEqual({ fired: 1, wrong: 1 });
  });

  test('pages add up', () => {
    const two = emptyRuleTally();
    tallyRules(GOLD, TEXT, DETECTION, two);
    tallyRules(GOLD, TEXT, DETECTION, two);
    expect(two.pages).toBe(2);
    expect(two.quotes.get('reported-after')).toEqual({ fired: 2, right: 2, speaker: [2, 2] });
  });

  test('the report lists every quote rule in order and flags the dead and the harmful', () => {
    const lines = formatRuleTally(tally);
    const row = (id: string): string => lines.find((line) => line.trim().startsWith(`${id} `)) ?? '';
    expect(row('reported-after')).toMatch(/\s1\s+1\s+100\.0%\s+100\.0%$/);
    expect(row('cue-after')).toMatch(/mostly wrong$/);
    expect(row('is-how')).toMatch(/never fired$/);
    expect(row('year')).toMatch(/\s1\s+1\s+mostly wrong$/);
    expect(row('rate base')).toMatch(/\s0\s+0\s+never fired$/);
    // Signed passages are settled last, over what the other rules found (rules.ts).
    const at = (id: string): number => lines.findIndex((line) => line.trim().startsWith(`${id} `));
    expect(at('cue-after')).toBeLessThan(at('reported-after'));
    expect(at('reported-after')).toBeLessThan(at('signed-passage'));
  });
});
