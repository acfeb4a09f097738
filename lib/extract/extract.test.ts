import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

const para = 'The minister said the figures were wrong and that the government would publish its own count next week. '.repeat(6);
const articlePage = `<!doctype html><html lang="en"><head><title>Page title</title>
<link rel="canonical" href="https://news.example/story">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline","author":{"name":"Ann Writer"},"datePublished":"2024-02-27"}</script>
</head><body><article><h1>Headline</h1><p>${para}</p><p>${para}</p><p>${para}</p></article></body></html>`;

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('extractArticle', () => {
  it('returns the text and metadata, with JSON-LD and link fallbacks', () => {
    const r = extractArticle(doc(articlePage));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain('the government would publish its own count');
    expect(r.article.meta).toMatchObject({ byline: 'Ann Writer', publishedTime: '2024-02-27', lang: 'en', canonicalUrl: 'https://news.example/story' });
  });

  it('leaves the document it is given untouched', () => {
    const d = doc(articlePage);
    const before = d.documentElement.outerHTML;
    extractArticle(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('says a page is not an article instead of throwing', () => {
    const r = extractArticle(doc('<html><body><nav><a href="/">Home</a></nav></body></html>'));
    expect(r).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('ignores a malformed JSON-LD block', () => {
    const r = extractArticle(doc(articlePage.replace('<script type="application/ld+json">', '<script type="application/ld+json">{oops</script><script type="application/ld+json">')));
    expect(r.ok && r.article.meta.byline).toBe('Ann Writer');
  });
});
