import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, ArticleMeta } from '../model';
import { readPageMeta } from './metadata';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: 'not-article'; message: string };

export interface ExtractOptions {
  /** Skip the isProbablyReaderable gate (the command line, where the user chose the file). */
  force?: boolean;
}

const NOT_ARTICLE = "This page doesn't look like an article.";

const pick = (a: string | null | undefined, b: string | null): string | null => (a && a.trim()) || b;

/**
 * Readability's article from `doc`, which is never modified: Readability rewrites the DOM it is
 * given, so it runs on a clone and the live page stays as the reader sees it.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  if (!options.force && !isProbablyReaderable(doc)) return { ok: false, reason: 'not-article', message: NOT_ARTICLE };
  const pageMeta = readPageMeta(doc);
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const text = parsed?.textContent ?? '';
  if (!parsed || !text.trim()) return { ok: false, reason: 'not-article', message: NOT_ARTICLE };
  const meta: ArticleMeta = {
    title: pick(parsed.title, pageMeta.title),
    byline: pick(parsed.byline, pageMeta.byline),
    siteName: pick(parsed.siteName, pageMeta.siteName),
    publishedTime: pick(parsed.publishedTime, pageMeta.publishedTime),
    lang: pick(parsed.lang, pageMeta.lang),
    canonicalUrl: pageMeta.canonicalUrl,
    excerpt: pick(parsed.excerpt, pageMeta.excerpt),
    publisherLogo: pageMeta.publisherLogo,
    genre: pageMeta.genre,
  };
  return { ok: true, article: { meta, text } };
}
