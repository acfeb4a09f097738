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

  it('reads every paragraph of a page nested 5,000 levels deep', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<div><p>Paragraph ${i} of the story, with enough words in it to count as prose for the reader.</p>`).join('');
    const filler = '<div>'.repeat(5000);
    const page = `<html><head><title>T</title></head><body><article>${filler}${paragraphs}${'</div>'.repeat(5040)}</article></body></html>`;
    const r = extractArticle(doc(page), { force: true });
    expect(r.ok && r.article.text).toContain('Paragraph 0 of the story');
    expect(r.ok && r.article.text).toContain('Paragraph 39 of the story');
  });

  it('says a page is not an article instead of throwing', () => {
    const r = extractArticle(doc('<html><body><nav><a href="/">Home</a></nav></body></html>'));
    expect(r).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('gives the text ranges of the block quotations, the outermost of nested ones', () => {
    const quoted = 'Wells in the lower valley are to be capped by June, the notice says, and owners will be paid.';
    const page = articlePage.replace('</p><p>', `</p>\n<blockquote><p>${quoted}</p>\n<blockquote><p>An inner note.</p></blockquote></blockquote>\n<p>`);
    const r = extractArticle(doc(page));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { text, blockQuotes = [] } = r.article;
    expect(blockQuotes).toHaveLength(1);
    expect(text.slice(blockQuotes[0]!.start, blockQuotes[0]!.end).replace(/\s+/g, ' ').trim()).toBe(`${quoted} An inner note.`);
    const plain = extractArticle(doc(articlePage));
    expect(plain.ok && plain.article.blockQuotes).toEqual([]);
  });

  it('ignores a malformed JSON-LD block', () => {
    const r = extractArticle(
      doc(articlePage.replace('<script type="application/ld+json">', '<script type="application/ld+json">{oops</script><script type="application/ld+json">')),
    );
    expect(r.ok && r.article.meta.byline).toBe('Ann Writer');
  });

  it('reads the publisher’s logo and the kind of piece the page says it is', () => {
    const ld =
      '{"@type":"OpinionNewsArticle","headline":"H","publisher":{"@type":"Organization","name":"Daily Example","logo":{"@type":"ImageObject","url":"https://news.example/logo.png"}}}';
    const r = extractArticle(doc(articlePage.replace(/<script type="application\/ld\+json">.*?<\/script>/, `<script type="application/ld+json">${ld}</script>`)));
    expect(r.ok && r.article.meta).toMatchObject({ siteName: 'Daily Example', publisherLogo: 'https://news.example/logo.png', genre: 'Opinion' });
  });

  it.each([
    ['Perspective', 'Perspective'],
    ['Perspectives', 'Perspective'],
    ['News Analysis', 'Analysis'],
    ['Sponsored content', 'Sponsored'],
    ['Op-Ed', 'Opinion'],
    ['Europe', null],
    ['Opinion polls', null],
  ])('the section %s is the genre %s', (section, genre) => {
    const r = extractArticle(doc(articlePage.replace('</head>', `<meta property="article:section" content="${section}"></head>`)));
    expect(r.ok && r.article.meta.genre).toBe(genre);
  });

  it.each([
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['/story-2', 'https://base.example/story-2'],
  ])('takes only an http(s) canonical URL: %s', (href, canonical) => {
    const page = articlePage.replace('https://news.example/story', href).replace('<head>', '<head><base href="https://base.example/">');
    const r = extractArticle(doc(page));
    expect(r.ok && r.article.meta.canonicalUrl).toBe(canonical);
  });
});
