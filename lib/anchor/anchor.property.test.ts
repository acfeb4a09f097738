// @vitest-environment jsdom
// Properties over generated pages: every span of the article text anchors to a live range with
// the same text (modulo whitespace and soft hyphens), whatever the markup, whitespace and
// furniture around it, and ranges map back to the offsets they came from.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchorSpans } from './anchor';
import { squeezeText } from './squeeze';
import { buildTextIndex, offsetsFromRange, rangeFromOffsets } from './text-index';

// A small vocabulary, so that the same words recur and occurrences must be told apart.
const word = fc.constantFrom('the', 'cat', 'said', '5%', '"yes"', 'no\u00adthing', 'of', '12,000', 'Mr', 'Obama');
const gap = fc.constantFrom(' ', '  ', '\n', '\u00a0', ' \n  ');
const wrapper = fc.constantFrom(null, 'em', 'a', 'b', 'span');
const segment = fc.record({ words: fc.array(word, { minLength: 1, maxLength: 4 }), gap, wrapper });
const paragraph = fc.array(segment, { minLength: 1, maxLength: 5 });
const furniture = fc.option(fc.array(word, { minLength: 1, maxLength: 3 }), { nil: null });
const page = fc.array(fc.record({ paragraph, furniture }), { minLength: 1, maxLength: 6 });

type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

/** Mount the page; the article text is its paragraphs' text, as an extraction would give it. */
function mountPage(generated: Page): { root: HTMLElement; articleText: string; paragraphStarts: number[]; paragraphs: string[] } {
  const root = document.body;
  root.replaceChildren();
  const paragraphs: string[] = [];
  for (const { paragraph: segments, furniture: extra } of generated) {
    const p = document.createElement('p');
    for (const { words, gap: space, wrapper: tag } of segments) {
      const text = document.createTextNode(words.join(space) + space);
      if (tag) p.append(Object.assign(document.createElement(tag), { textContent: text.data }));
      else p.append(text);
    }
    root.append(p);
    paragraphs.push(p.textContent!);
    if (extra) root.append(Object.assign(document.createElement('aside'), { textContent: extra.join(' ') }));
  }
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const text of paragraphs) {
    paragraphStarts.push(offset);
    offset += text.length + 2;
  }
  return { root, articleText: paragraphs.join('\n\n'), paragraphStarts, paragraphs };
}

const squeezed = (text: string) => squeezeText(text).text;

describe('anchoring generated pages', () => {
  test('every span within a paragraph anchors to a range with its text', () => {
    fc.assert(
      fc.property(page, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }), (generated, picks) => {
        const { root, articleText, paragraphStarts, paragraphs } = mountPage(generated);
        const spans = picks.map(([which, a, b]) => {
          const p = which % paragraphs.length;
          const length = paragraphs[p]!.length;
          const [from, to] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y);
          return { start: paragraphStarts[p]! + from!, end: paragraphStarts[p]! + to! };
        });
        const ranges = anchorSpans(root, articleText, spans);
        spans.forEach((span, i) => {
          const expected = squeezed(articleText.slice(span.start, span.end));
          if (expected === '') expect(ranges[i]).toBeNull();
          else expect(squeezed(ranges[i]?.toString() ?? '')).toBe(expected);
        });
      }),
      { numRuns: 150 },
    );
  });

  test('offsetsFromRange inverts rangeFromOffsets', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), (generated, a, b) => {
        const { root } = mountPage(generated);
        const index = buildTextIndex(root);
        const [start, end] = [a % (index.text.length + 1), b % (index.text.length + 1)].sort((x, y) => x - y);
        const range = rangeFromOffsets(index, start!, end!);
        expect(range.toString()).toBe(index.text.slice(start, end));
        expect(offsetsFromRange(index, range)).toEqual({ start, end });
      }),
      { numRuns: 150 },
    );
  });
});
