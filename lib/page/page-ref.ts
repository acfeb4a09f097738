import type { ArticleMeta } from '../model';
import type { PageRef } from '../store/collection';

// The page as the notes store files it. The canonical URL is read from the document itself every
// time, so listing and adding always agree on the key, whether or not the page was annotated.

export function canonicalUrlOf(doc: Document): string | null {
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  return link ? link.href : null;
}

/** `doc`'s address and what is known of the article (`meta` from an annotation run, when there was one). */
export function pageRefOf(doc: Document, meta: Partial<ArticleMeta> | null = null): PageRef {
  return {
    url: doc.URL,
    meta: { title: doc.title || null, ...meta, canonicalUrl: canonicalUrlOf(doc) },
  };
}
