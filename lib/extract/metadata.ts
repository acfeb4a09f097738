import type { ArticleMeta } from '../model';

// Readability reads JSON-LD and the usual meta tags itself; this fills what it leaves empty
// (canonical URL, language, a NewsArticle's fields when Readability skipped them), reading the
// same sources in a fixed order: JSON-LD first, then OpenGraph/article/Dublin Core meta tags.

type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const parts = value.map(textOf).filter((v): v is string => !!v);
    return parts.length ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return textOf((value as JsonLdNode).name);
  return null;
}

function flattenJsonLd(value: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(value)) value.forEach((v) => flattenJsonLd(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as JsonLdNode);
    const graph = (value as JsonLdNode)['@graph'];
    if (graph) flattenJsonLd(graph, out);
  }
}

/** The first schema.org Article-like node in the page's JSON-LD, or null. Malformed blocks are skipped. */
function readJsonLdArticle(doc: Document): JsonLdNode | null {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      flattenJsonLd(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources still count.
    }
  }
  return (
    nodes.find((n) => {
      const type = n['@type'];
      return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
    }) ?? null
  );
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** An http(s) address only: a page may name `javascript:` or `data:` as its canonical URL. */
function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The publisher's logo: a URL, or an ImageObject's `url`. */
function logoOf(publisher: unknown, base: string): string | null {
  const logo = publisher && typeof publisher === 'object' ? (publisher as JsonLdNode).logo : null;
  const url = typeof logo === 'string' ? logo : logo && typeof logo === 'object' ? (logo as JsonLdNode).url : null;
  return typeof url === 'string' ? absoluteUrl(url, base) : null;
}

// The kinds of piece a reader weighs differently from news, from what pages call them: a
// schema.org type, or a section named after the kind (`article:section` Opinion, Perspectives…).
const GENRE_TYPES: Record<string, string> = {
  OpinionNewsArticle: 'Opinion',
  AnalysisNewsArticle: 'Analysis',
  AdvertiserContentArticle: 'Sponsored',
};
const GENRE_NAMES: Array<[RegExp, string]> = [
  [/^(opinions?|op-?eds?|commentary|comment|editorials?|columns?)$/i, 'Opinion'],
  [/^(news )?analysis$/i, 'Analysis'],
  [/^perspectives?$/i, 'Perspective'],
  [/^(sponsored( content| post)?|paid (content|post)|partner content|advertorial|advertisement)$/i, 'Sponsored'],
];

const genreNamed = (value: string | null): string | null => (value && GENRE_NAMES.find(([pattern]) => pattern.test(value.trim()))?.[1]) || null;

function readGenre(doc: Document, ld: JsonLdNode | null): string | null {
  const types = ld ? [ld['@type']].flat() : [];
  const typed = types.map((t) => (typeof t === 'string' ? GENRE_TYPES[t] : undefined)).find(Boolean);
  if (typed) return typed;
  const sections = [ld?.genre, ld?.articleSection].flat().map(textOf);
  sections.push(meta(doc, 'article:section', 'og:article:section'));
  return sections.map(genreNamed).find(Boolean) ?? null;
}

/** Metadata from the page head alone, every field null when the page says nothing. */
export function readPageMeta(doc: Document): ArticleMeta {
  const ld = readJsonLdArticle(doc);
  const base = doc.baseURI || doc.URL || '';
  return {
    title: textOf(ld?.headline) ?? meta(doc, 'og:title', 'twitter:title', 'dc.title') ?? (doc.title?.trim() || null),
    byline: textOf(ld?.author) ?? meta(doc, 'author', 'article:author', 'dc.creator', 'parsely-author'),
    siteName: textOf(ld?.publisher) ?? meta(doc, 'og:site_name', 'application-name'),
    publishedTime: textOf(ld?.datePublished) ?? meta(doc, 'article:published_time', 'datePublished', 'dc.date', 'date', 'pubdate'),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'og:locale', 'language', 'dc.language'),
    canonicalUrl:
      absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), base) ??
      absoluteUrl(meta(doc, 'og:url'), base) ??
      (/^https?:/.test(doc.URL ?? '') ? doc.URL : null),
    excerpt: textOf(ld?.description) ?? meta(doc, 'description', 'og:description'),
    publisherLogo: logoOf(ld?.publisher, base),
    genre: readGenre(doc, ld),
  };
}
