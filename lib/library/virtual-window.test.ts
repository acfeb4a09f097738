import { expect, test } from 'vitest';
import { virtualWindow } from './virtual-window';

test.each([
  ['the top of a long list', [100_000, 72, 0, 720], { first: 0, last: 18, offset: 0, height: 7_200_000 }],
  ['scrolled into the middle', [100_000, 72, 720_000, 720], { first: 9992, last: 10018, offset: 719_424, height: 7_200_000 }],
  ['the end', [100_000, 72, 7_199_280, 720], { first: 99982, last: 100_000, offset: 7_198_704, height: 7_200_000 }],
  ['a list shorter than the view', [3, 72, 0, 720], { first: 0, last: 3, offset: 0, height: 216 }],
  ['an empty list', [0, 72, 0, 720], { first: 0, last: 0, offset: 0, height: 0 }],
] as const)('%s', (_, [count, rowHeight, top, viewport], expected) => {
  expect(virtualWindow(count, rowHeight, top, viewport)).toEqual(expected);
});
