import { expect, test } from 'vitest';
import type { ClaimItem } from '../messages';
import { groupFigures, isSmallCount, isUnsourced, NO_SOURCE_GIVEN, REPORTERS_OWN, sentenceAround } from './figures';

/** A claim on the first occurrence of `figure` in `text`. */
const claimIn = (text: string, figure: string, source: string | null, value: ClaimItem['value'] = 1, unit: string | null = null): ClaimItem => {
  const start = text.indexOf(figure);
  return { start, end: start + figure.length, value, unit, qualifier: null, quote: null, source, text: figure, anchored: true, context: { before: '', after: '' } };
};

test.each<[string, ClaimItem['value'], string | null, boolean]>([
  ['two', 2, null, true],
  ['Three', 3, null, true],
  ['9', 9, null, true],
  ['12', 12, null, true],
  ['13', 13, null, false],
  ['40,000', 40000, 'troops', false],
  ['5%', 5, '%', false],
  ['$3', 3, 'USD', false],
  ['three feet', 3, 'feet', false],
  ['dozens', null, null, false],
  ['1.5', 1.5, null, false],
])('isSmallCount(%s, value %j, unit %j) = %s', (text, value, unit, small) => {
  expect(isSmallCount({ text, value, unit })).toBe(small);
});

test.each<[string, string, boolean]>([
  ['At least 19 people were killed on Wednesday.', '19', false],
  ['The toll is expected to rise above 40 by the weekend.', '40', true],
  ['Some 300 fighters have reportedly crossed the border.', '300', true],
  ['It is estimated that 2 million people fled.', '2 million', true],
  ['By some estimates, 70% of the city was destroyed.', '70%', true],
  ['The bill costs $60 billion. Officials are expected to vote on Friday.', '$60 billion', false],
])('isUnsourced(%j, %s) = %s', (text, figure, unsourced) => {
  expect(isUnsourced(text, claimIn(text, figure, null))).toBe(unsourced);
});

test('the sentence around a figure stops at the sentences either side', () => {
  const text = 'First one. The bill costs $60 billion over two years. Then more.';
  const claim = claimIn(text, '$60 billion', null);
  expect(sentenceAround(text, claim.start, claim.end)).toBe(' The bill costs $60 billion over two years.');
});

test('figures group by source with name variants together, then no source given, then the reporter’s own; small counts apart', () => {
  const text =
    'Milley said 100,000 troops were lost. Mr. Milley added two more. Gen. Mark Milley said 5%. Some 300 are reportedly missing. The city has 11 million people and three bridges.';
  const claims = [
    claimIn(text, '100,000', 'Milley', 100000, 'troops'),
    claimIn(text, 'two', 'Mr. Milley', 2),
    claimIn(text, '5%', 'Mark Milley', 5, '%'),
    claimIn(text, '300', null, 300),
    claimIn(text, '11 million', null, 11e6, 'people'),
    claimIn(text, 'three', null, 3),
  ];
  const groups = groupFigures(claims, text);
  expect(groups.map((g) => [g.label, g.main.map((i) => i.item.text), g.small.map((i) => i.item.text)])).toEqual([
    ['Mark Milley', ['100,000', '5%'], ['two']],
    [NO_SOURCE_GIVEN, ['300'], []],
    [REPORTERS_OWN, ['11 million'], ['three']],
  ]);
  expect(
    groups
      .flatMap((g) => [...g.main, ...g.small])
      .map((i) => i.index)
      .sort(),
  ).toEqual([0, 1, 2, 3, 4, 5]);
});
