import { isoTime } from '../library/library';
import { outletName } from '../library/outlet';
import type { ExportJob, Piece } from './job';
import { bylineNames, type PersonName } from './names';
import { unknownOutletType, type OutletTypeOf } from './outlet-type';
import type { ArticleRecord } from '../store/schema';

// CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the format Zotero,
// Pandoc and citeproc read: one item per article.

export type CslType = 'article-newspaper' | 'article-magazine' | 'webpage';

export interface CslDate {
  'date-parts': [number, number?, number?][];
}

/** The variables Sourcelight fills in, named and typed as in the CSL data schema (csl-data.json). */
export interface CslItem {
  id: string;
  type: CslType;
  title?: string;
  'container-title'?: string;
  author?: PersonName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL: string;
  language?: string;
}

const CSL_TYPES = { newspaper: 'article-newspaper', magazine: 'article-magazine', web: 'webpage' } as const;

/** An ISO date (or date-time) as CSL date parts; null when it is not one. */
export function cslDate(iso: string | null): CslDate | null {
  const match = iso?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!match) return null;
  const parts = match
    .slice(1)
    .filter((part): part is string => part !== undefined)
    .map(Number);
  return { 'date-parts': [parts as [number, number?, number?]] };
}

export function cslItem(article: ArticleRecord, outletType: OutletTypeOf = unknownOutletType): CslItem {
  const item: CslItem = { id: article.id, type: CSL_TYPES[outletType(article)], URL: article.canonicalUrl ?? article.url };
  if (article.title?.trim()) item.title = article.title.trim();
  item['container-title'] = outletName(article);
  const authors = bylineNames(article.byline);
  if (authors.length > 0) item.author = authors;
  const issued = cslDate(article.publishedTime);
  if (issued) item.issued = issued;
  const accessed = cslDate(isoTime(article.firstSeen));
  if (accessed) item.accessed = accessed;
  if (article.lang) item.language = article.lang;
  return item;
}

export function cslJsonJob(articles: readonly ArticleRecord[], outletType?: OutletTypeOf, fileName = 'sourcelight.csl.json'): ExportJob {
  return {
    fileName,
    mimeType: 'application/vnd.citationstyles.csl+json',
    total: articles.length,
    *pieces(): Iterable<Piece> {
      yield '[';
      for (const [index, article] of articles.entries()) {
        yield `${index === 0 ? '' : ','}\n  ${JSON.stringify(cslItem(article, outletType))}`;
      }
      yield '\n]\n';
    },
  };
}
