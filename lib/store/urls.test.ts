import { describe, expect, test } from 'vitest';
import { articleKey, normaliseUrl } from './urls';

describe('normaliseUrl', () => {
  test.each([
    ['https://news.example.com/a/story#comments', 'https://news.example.com/a/story'],
    ['https://news.example.com/a/story?utm_source=nl&utm_medium=email&id=7&fbclid=x', 'https://news.example.com/a/story?id=7'],
    ['https://news.example.com/a/story?gclid=1&mc_cid=2', 'https://news.example.com/a/story'],
    ['HTTPS://News.Example.com:443/a/story', 'https://news.example.com/a/story'],
    ['https://news.example.com/search?q=a%20b&page=2', 'https://news.example.com/search?q=a%20b&page=2'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseUrl(raw)).toBe(expected);
  });

  test.each(['about:blank', 'file:///tmp/a.html', 'chrome://extensions', 'not a url'])('%s is not an article address', (raw) => {
    expect(normaliseUrl(raw)).toBeNull();
  });
});

describe('articleKey', () => {
  test('the canonical URL wins, so every way in reaches the same notes', () => {
    const canonical = 'https://news.example.com/2026/story';
    expect(articleKey('https://news.example.com/2026/story?utm_source=x#top', canonical)).toBe(canonical);
    expect(articleKey('https://amp.example.net/news.example.com/2026/story', canonical)).toBe(canonical);
  });

  test("the page's own URL when the canonical is missing, unusable, or the site's home page", () => {
    const url = 'https://news.example.com/2026/story';
    expect(articleKey(`${url}#x`, null)).toBe(url);
    expect(articleKey(url, 'javascript:void 0')).toBe(url);
    expect(articleKey(url, 'https://news.example.com/')).toBe(url);
    expect(articleKey('https://news.example.com/', 'https://news.example.com/')).toBe('https://news.example.com/');
  });

  test('null for a page that is not on the web', () => {
    expect(articleKey('file:///tmp/a.html', null)).toBeNull();
  });
});
