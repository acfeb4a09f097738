// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { createHitTest, type AnchoredRanges } from './hit-test';

// jsdom has no layout: the caret under the pointer and the ranges' boxes are stubbed, so the test
// is about choosing the right item.
let text: Text;
let caretOffset: number;

const rangeOver = (start: number, end: number): Range => {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
};

beforeEach(() => {
  document.body.innerHTML = '<p>Ann Lee said “we sent 3,000 troops” and left.</p>';
  text = document.querySelector('p')?.firstChild as Text;
  Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: text, offset: caretOffset }) });
  Object.assign(Range.prototype, { getClientRects: () => [{ left: 0, right: 100, top: 0, bottom: 100 }] });
});

const ranges = (): AnchoredRanges => {
  const content = text.data;
  const at = (s: string): [number, number] => [content.indexOf(s), content.indexOf(s) + s.length];
  return {
    quotes: [null, rangeOver(...at('“we sent 3,000 troops”'))],
    speakers: [null, rangeOver(...at('Ann Lee'))],
    claims: [rangeOver(...at('3,000 troops'))],
  };
};

test.each<[string, string, ReturnType<ReturnType<typeof createHitTest>>]>([
  ['a figure inside a quote is the figure', '3,000', { kind: 'claim', index: 0 }],
  ['the quote around it is the quote', 'we sent', { kind: 'quote', index: 1 }],
  ['the speaker’s name stands for the quote', 'Lee', { kind: 'quote', index: 1 }],
  ['plain text is nothing', 'left', null],
])('%s', (_name, word, expected) => {
  caretOffset = text.data.indexOf(word) + 1;
  expect(createHitTest(ranges())(document, 10, 10)).toEqual(expected);
});

test('a caret beside the text (the pointer in a margin) is nothing', () => {
  caretOffset = text.data.indexOf('3,000') + 1;
  expect(createHitTest(ranges())(document, 500, 500)).toBeNull();
});
