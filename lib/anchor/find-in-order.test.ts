import { describe, expect, test } from 'vitest';
import { findInOrder } from './find-in-order';

// Squeezed texts, as anchoring sees them: no whitespace.
const sentence1 = 'Thequickbrownfoxjumpsoverthelazydogwhilethefarmerwasaway.';
const byline = 'ByJaneDoe';
const sentence2 = 'Itwasnotamused,thedogsaidafterwards.';
const article = sentence1 + byline + sentence2;

/** The page span found for the first occurrence of `needle` in `article`, as page text. */
function found(page: string, needle: string, cursor = 0): string | null {
  const start = article.indexOf(needle);
  const span = findInOrder(page, article, start, start + needle.length, cursor);
  return span && page.slice(span.start, span.end);
}

describe('findInOrder', () => {
  test.each([
    ['context both sides', `Menu${article}Footer`, 'lazydog', 'lazydog'],
    ['furniture after the span: prefix only', `Menu${sentence1}Advertisement${byline}${sentence2}`, 'wasaway.', 'wasaway.'],
    ['furniture before the span: suffix only', `Menu${sentence1}Advertisement${byline}${sentence2}`, byline, byline],
    ['furniture both sides of a long span: the span alone', `${sentence1}${byline}Share${sentence2}Related`, sentence2, sentence2],
    ['furniture both sides of a short span: not trusted', `${sentence1}Share${byline}Related${sentence2}`, byline, null],
    ['inline insertion in a long span: found by its ends', `Menu${sentence1.replace('over', 'over[1]')}${byline}`, sentence1, sentence1.replace('over', 'over[1]')],
    ['absent', 'Somethingelseentirely', 'lazydog', null],
  ])('%s', (_name, page, needle, expected) => {
    expect(found(page, needle)).toBe(expected);
  });

  test('only looks at or after the cursor', () => {
    const page = `${article}Teaser:${article}`;
    const cursor = article.length;
    const start = article.indexOf('lazydog');
    expect(findInOrder(page, article, start, start + 7, 0)?.start).toBe(start);
    expect(findInOrder(page, article, start, start + 7, cursor)?.start).toBe(cursor + 'Teaser:'.length + start);
  });

  test('the ends of a long span must be close together', () => {
    const page = `${sentence1.slice(0, 24)}${'Furniture'.repeat(40)}${sentence1.slice(24)}`;
    expect(found(page, sentence1)).toBeNull();
  });
});
