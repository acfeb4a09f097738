import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from './parse-html';
import { flattenBeyondDepth } from './flatten-deep';

const depthOf = (root: Element): number => {
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return max;
};

const nested = (levels: number): string => `${'<div>'.repeat(levels)}<p>Deep words, <a href="/x">a link</a>.</p><p>Next paragraph.</p>${'</div>'.repeat(levels)}`;

describe('flattenBeyondDepth', () => {
  it('leaves a tree within the limit untouched', () => {
    const doc = parseHtmlDocument(`<html><body>${nested(10)}</body></html>`);
    const before = doc.body.innerHTML;
    expect(flattenBeyondDepth(doc.body, 20)).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('asks the selector engine first, and still flattens a tree one level past the limit', () => {
    // body (1) > div × levels > p: the deepest div is at level levels + 1 and holds paragraphs.
    const at = (levels: number) => flattenBeyondDepth(parseHtmlDocument(`<html><body>${nested(levels)}</body></html>`).body, 20);
    expect(at(19)).toBe(0);
    expect(at(20)).toBe(1);
  });

  it('flattens 5,000 levels to the limit, keeping every word, paragraph and link in order', () => {
    const doc = parseHtmlDocument(`<html><body><p>Top.</p>${nested(5000)}</body></html>`);
    expect(flattenBeyondDepth(doc.body, 50)).toBe(1);
    expect(depthOf(doc.body)).toBeLessThanOrEqual(52);
    expect(doc.body.textContent).toBe('Top.Deep words, a link.Next paragraph.');
    expect(Array.from(doc.body.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['Top.', 'Deep words, a link.', 'Next paragraph.']);
    expect(doc.body.querySelector('a')?.getAttribute('href')).toBe('/x');
  });

  it('keeps text that sits between the nested blocks', () => {
    const doc = parseHtmlDocument('<html><body><div>a<div>b<div>c<p>d</p>e</div>f</div>g</div></body></html>');
    flattenBeyondDepth(doc.body, 2);
    expect(doc.body.textContent).toBe('abcdefg');
    expect(depthOf(doc.body)).toBe(3);
  });
});
