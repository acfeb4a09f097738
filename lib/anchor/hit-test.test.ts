// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findRangeAt } from './hit-test';

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
