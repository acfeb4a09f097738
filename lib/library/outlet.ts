import type { ArticleRecord } from '../store/schema';

/** The name the library shows for an article's publisher: its own site name, else its host. */
export function outletName(article: Pick<ArticleRecord, 'siteName' | 'url'>): string {
  const site = article.siteName?.replace(/\s+/g, ' ').trim();
  if (site) return site;
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return article.url;
  }
}
