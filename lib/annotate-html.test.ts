import { describe, expect, it } from 'vitest';
import { annotateHtml, notHtmlReason } from './annotate-html';

const paragraph = `<p>${'The council said the new bridge would open next spring after two years of work. '.repeat(6)}</p>`;
const page = (head = '') => `<html lang="en"><head><title>Bridge</title>${head}</head><body><article>${paragraph.repeat(3)}</article></body></html>`;

describe('notHtmlReason', () => {
  it.each([
    ['<p>x</p>', null],
    ['text with a < sign', null],
    ['plain text', 'not an HTML file (no markup)'],
    ['', 'not an HTML file (no markup)'],
    ['\u0089PNG\r\n\u001a\n\u0000\u0000<', 'not an HTML file (binary data)'],
  ])('%j → %s', (source, reason) => {
    expect(notHtmlReason(source)).toBe(reason);
  });
});

describe('annotateHtml', () => {
  it('annotates a page with its text and metadata', () => {
    const result = annotateHtml(page());
    expect(result.ok && result.annotation.article).toMatchObject({ title: 'Bridge', lang: 'en' });
    expect(result.ok && result.annotation.text).toContain('the new bridge would open next spring');
  });

  it.each([
    ['no canonical link', '', 'https://city.example/bridge'],
    ['its own canonical link', '<link rel="canonical" href="https://city.example/canonical">', 'https://city.example/canonical'],
  ])('takes the url as canonical URL only when the page has %s', (_, head, canonical) => {
    const result = annotateHtml(page(head), { url: 'https://city.example/bridge' });
    expect(result.ok && result.annotation.article.canonicalUrl).toBe(canonical);
  });

  it.each([
    ['binary data', '\u0000\u0001', 'not an HTML file (binary data)'],
    ['an empty page', '<html><body></body></html>', 'no article found on this page'],
  ])('gives a one-line reason for %s', (_, source, reason) => {
    expect(annotateHtml(source)).toEqual({ ok: false, reason });
  });
});
