import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, ArticleLink, ArticleMeta } from '../model';
import { flattenBeyondDepth } from '../dom/flatten-deep';
import { articleLandmarks, type ArticleLandmarks } from './landmarks';
import { blockQuoteRanges } from './block-quotes';
import { readPageMeta } from './metadata';

export type ExtractResult =
  /** `landmarks` find the article's container in the live page (null when the article has no long text node). */
  { ok: true; article: Article; landmarks: ArticleLandmarks | null } | { ok: false; reason: 'not-article'; message: string };

export interface ExtractOptions {
  /** Skip the isProbablyReaderable gate (the command line, where the user chose the file). */
  force?: boolean;
}

export const NOT_ARTICLE = "This page doesn't look like an article.";

/** Readability has made every href absolute against the page's address. */
const readLinks = (root: Element): ArticleLink[] =>
  Array.from(root.querySelectorAll('a[href]')).flatMap((a) => {
    const href = a.getAttribute('href') ?? '';
    return /^https?:\/\//i.test(href) ? [{ href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() }] : [];
  });

const pick = (a: string | null | undefined, b: string | null): string | null => (a && a.trim()) || b;

/**
 * Readability's article from `doc`, which is never modified: Readability rewrites the DOM it is
 * given, so it runs on a clone and the live page stays as the reader sees it.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  if (!options.force && !isProbablyReaderable(doc)) return { ok: false, reason: 'not-article', message: NOT_ARTICLE };
  const pageMeta = readPageMeta(doc);
  // The serializer hands back the article's element instead of its HTML: its links are read from it.
  const copy = doc.cloneNode(true) as Document;
  if (copy.body) flattenBeyondDepth(copy.body);
  const parsed = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
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
  return {
    ok: true,
    article: {
      meta,
      text,
      links: parsed.content ? readLinks(parsed.content) : [],
      blockQuotes: parsed.content ? blockQuoteRanges(parsed.content, text.length) : [],
    },
    landmarks: parsed.content ? articleLandmarks(parsed.content) : null,
  };
}
