import { expect, test } from 'vitest';
import { articleAddress, isAnotherArticle } from './page-address';

test.each([
  ['https://news.example/a', 'https://news.example/a#comments', false],
  ['https://news.example/a#top', 'https://news.example/a#footnote-2', false],
  ['https://news.example/a', 'https://news.example/b', true],
  ['https://news.example/a?page=1', 'https://news.example/a?page=2', true],
  ['https://news.example/a', 'https://news.example/a', false],
])('%s → %s is another article: %s', (before, after, another) => {
  expect(isAnotherArticle(before, after)).toBe(another);
});

test('the fragment is not part of the article address', () => {
  expect(articleAddress('https://news.example/a?x=1#y')).toBe('https://news.example/a?x=1');
});
