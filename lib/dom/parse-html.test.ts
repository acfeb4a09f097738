import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { asWholePage, parseHtmlDocument } from './parse-html';

const para = '<p>' + 'The council said the new bridge would open next spring after two years of work. '.repeat(8) + '<a href="/more">more</a></p>';
const page = (head = '') => `<html><head><title>T</title>${head}</head><body><article>${para}${para}${para}</article></body></html>`;

const readable = (doc: Document) => new Readability(doc.cloneNode(true) as Document).parse();
const articleLink = (doc: Document): string | null => /href="([^"]*)"/.exec(readable(doc)?.content ?? '')?.[1] ?? null;

describe('parseHtmlDocument', () => {
  it('lets Readability resolve links against the given url', () => {
    expect(articleLink(parseHtmlDocument(page(), 'https://news.example/2024/story'))).toBe('https://news.example/more');
  });

  it('resolves a relative <base> of the page against the url', () => {
    const doc = parseHtmlDocument(page('<base href="/section/">'), 'https://news.example/story');
    expect(doc.querySelector('base')?.getAttribute('href')).toBe('https://news.example/section/');
  });

  it.each([undefined, '', 'not a url'])('leaves the page alone without an absolute url (%s)', (url) => {
    expect(parseHtmlDocument(page(), url).querySelector('base')).toBeNull();
  });

  it.each([
    ['a fragment', `${para}${para}${para}`],
    ['a page without <html>', `<head><title>T</title></head><body>${para}${para}${para}</body>`],
    ['a page without <body>', `<!doctype html><html><head><title>T</title></head>${para}${para}${para}</html>`],
  ])('gives Readability a body to read in %s', (_, html) => {
    const doc = parseHtmlDocument(html);
    expect(doc.body?.textContent).toContain('the new bridge would open');
    expect(readable(doc)?.textContent).toContain('the new bridge would open');
  });
});

describe('asWholePage', () => {
  it.each([
    ['<html><body>x</body></html>', '<html><body>x</body></html>'],
    ['<head><title>t</title></head><body>x</body>', '<html><head><title>t</title></head><body>x</body></html>'],
    ['<p>x</p>', '<!doctype html><html><head></head><body><p>x</p></body></html>'],
    ['<!DOCTYPE html><html lang="en"><head><title>t</title></head><p>x</p></html>', '<!doctype html><html lang="en"><head><title>t</title></head><body><p>x</p></body></html>'],
  ])('%s → %s', (html, whole) => {
    expect(asWholePage(html)).toBe(whole);
  });
});
