// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findRangeAt, findSpanAt } from './hit-test';

describe('findSpanAt', () => {
  const spans = [
    { start: 2, end: 5 },
    { start: 5, end: 8 },
    { start: 12, end: 20 },
  ];
  test.each([
    [0, -1],
    [2, 0],
    [4, 0],
    [5, 1], // ends are exclusive: the next span owns its start
    [7, 1],
    [8, -1],
    [11, -1],
    [12, 2],
    [19, 2],
    [20, -1],
    [-1, -1],
    [Number.NaN, -1],
  ])('offset %d → span %i', (offset, expected) => {
    expect(findSpanAt(spans, offset)).toBe(expected);
  });

  test('no spans', () => {
    expect(findSpanAt([], 3)).toBe(-1);
  });
});

describe('findRangeAt', () => {
  test('finds the range under a point, with exclusive ends', () => {
    document.body.innerHTML = '<p>He said <em>no way</em> and left.</p><p>Then 5 people came.</p>';
    const [first, second] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const em = document.querySelector('em')!.firstChild as Text;
    const rangeOf = (startNode: Node, start: number, endNode: Node, end: number) => {
      const range = document.createRange();
      range.setStart(startNode, start);
      range.setEnd(endNode, end);
      return range;
    };
    const ranges = [rangeOf(first!, 3, em, 6), rangeOf(second!, 5, second!, 6)];
    expect(findRangeAt(ranges, first!, 0)).toBe(-1);
    expect(findRangeAt(ranges, first!, 3)).toBe(0);
    expect(findRangeAt(ranges, em, 2)).toBe(0);
    expect(findRangeAt(ranges, em, 6)).toBe(-1);
    expect(findRangeAt(ranges, second!, 5)).toBe(1);
    expect(findRangeAt(ranges, second!, 7)).toBe(-1);
    expect(findRangeAt([], first!, 0)).toBe(-1);
    expect(findRangeAt(ranges, new DOMParser().parseFromString('<p>x</p>', 'text/html').body, 0)).toBe(-1);
  });
});
