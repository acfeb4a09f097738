import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../lib/dom/parse-html';
import { extractArticle } from '../../lib/extract/extract';
import { textOfLength } from '../scaling';

// Synthetic articles of a chosen length, made of the real paragraphs of the dev pages repeated:
// the text detection and anchoring meet on a news page, at 1k to 100k words.

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The extracted texts of the .html pages in `dir`. */
export function pageTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => extractArticle(parseHtmlDocument(readFileSync(join(dir, f), 'utf8')), { force: true }))
    .flatMap((r) => (r.ok ? [r.article.text] : []));
}

/** A whole article page of `words` words: a headline and the paragraphs in an <article>. */
export function syntheticArticle(texts: readonly string[], words: number): string {
  const paragraphs = textOfLength(texts, words)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long report</title></head><body>',
    '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>',
    `<main><article><h1>A long report of ${words.toLocaleString('en')} words</h1><p class="byline">By A. Writer</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</article></main><footer>© Example News</footer></body></html>',
  ].join('\n');
}
