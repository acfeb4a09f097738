import { expect, test } from 'vitest';
import type { ClaimItem, QuoteItem } from '../messages';
import { countSpeakers, groupClaimsBySource, groupQuotesBySpeaker } from './group';

const quote = (speaker: string | null, text: string): QuoteItem => ({
  start: 0,
  end: text.length,
  kind: 'direct',
  cue: 'said',
  speaker: speaker ? { name: speaker, start: 0, end: 1 } : null,
  text,
  anchored: true,
});

const claim = (source: string | null, text: string): ClaimItem => ({
  start: 0,
  end: text.length,
  value: 1,
  unit: null,
  qualifier: null,
  quote: null,
  source,
  text,
  anchored: true,
  context: { before: '', after: '' },
});

test('quotes group by speaker in order of first appearance, unknown speakers last, with their indices', () => {
  const groups = groupQuotesBySpeaker([quote(null, 'a'), quote('Ann Lee', 'b'), quote('Bo Kim', 'c'), quote('Ann Lee', 'd')]);
  expect(groups.map((g) => [g.key, g.items.map((i) => i.index)])).toEqual([
    ['Ann Lee', [1, 3]],
    ['Bo Kim', [2]],
    [null, [0]],
  ]);
});

test('claims group by source, the article’s own figures last', () => {
  const groups = groupClaimsBySource([claim(null, '3%'), claim('NATO', '300,000 troops'), claim(null, '$5 billion')]);
  expect(groups.map((g) => [g.key, g.items.map((i) => i.item.text)])).toEqual([
    ['NATO', ['300,000 troops']],
    [null, ['3%', '$5 billion']],
  ]);
});

test('speakers are counted once each, unknown speakers not at all', () => {
  expect(countSpeakers([quote('Ann Lee', 'a'), quote('Ann Lee', 'b'), quote(null, 'c'), quote('Bo Kim', 'd')])).toBe(2);
  expect(countSpeakers([])).toBe(0);
});
