import { isoTime } from '../library/library';
import { outletName } from '../library/outlet';
import type { ExportJob, Piece } from './job';
import { bylineNames, type PersonName } from './names';
import { unknownOutletType, type OutletTypeOf } from './outlet-type';
import type { ArticleRecord } from '../store/schema';

// BibTeX (with the biblatex `date`/`urldate` fields Zotero and biber read): @article for newspaper
// and magazine pieces, @online for other web pages.

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** A field value with TeX's special characters escaped; other Unicode stays as it is (UTF-8). */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_^~]/g, (c) => SPECIAL[c]!);
}

/**
 * `url` is a verbatim field (biblatex, Better BibTeX): `%` and `#` stay as they are; braces and
 * backslashes, which would unbalance the value, are percent-encoded as the URL standard allows.
 */
const escapeUrl = (url: string): string => url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Names joined by `and`; a literal name (an agency) is braced so it is not split into given and family. */
function bibtexNames(names: readonly PersonName[]): string {
  return names.map((name) => ('literal' in name ? `{${escapeBibtex(name.literal)}}` : `${escapeBibtex(name.family)}, ${escapeBibtex(name.given)}`)).join(' and ');
}

const asciiWord = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .toLowerCase();

function baseKey(article: ArticleRecord): string {
  const [first] = bylineNames(article.byline);
  const who = asciiWord(first ? ('literal' in first ? first.literal : first.family) : outletName(article)).replace(/ /g, '');
  const year = article.publishedTime?.match(/^\d{4}/)?.[0] ?? '';
  const word =
    asciiWord(article.title ?? '')
      .split(' ')
      .find((w) => w.length > 3) ?? '';
  return `${who}${year}${word}` || 'article';
}

/** Citation keys, unique in one file: `doe2024ukraine`, `doe2024ukrainea`, … */
export function citationKeys(articles: readonly ArticleRecord[]): string[] {
  const taken = new Set<string>();
  return articles.map((article) => {
    const base = baseKey(article);
    let key = base;
    for (let n = 0; taken.has(key); n++) key = `${base}${suffix(n)}`;
    taken.add(key);
    return key;
  });
}

/** a … z, aa, ab … */
const suffix = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : suffix(Math.floor(n / 26) - 1) + suffix(n % 26));

export function bibtexEntry(article: ArticleRecord, key: string, outletType: OutletTypeOf = unknownOutletType): string {
  const type = outletType(article) === 'web' ? 'online' : 'article';
  const fields: [string, string][] = [];
  if (article.title?.trim()) fields.push(['title', escapeBibtex(article.title)]);
  const authors = bylineNames(article.byline);
  if (authors.length > 0) fields.push(['author', bibtexNames(authors)]);
  fields.push([type === 'article' ? 'journaltitle' : 'organization', escapeBibtex(outletName(article))]);
  if (type === 'article') fields.push(['journal', escapeBibtex(outletName(article))]);
  const published = article.publishedTime?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (published) {
    fields.push(['date', published[0]], ['year', published[1]!]);
    if (published[2]) fields.push(['month', String(Number(published[2]))]);
  }
  fields.push(['url', escapeUrl(article.canonicalUrl ?? article.url)]);
  fields.push(['urldate', isoTime(article.firstSeen).slice(0, 10)]);
  if (article.lang) fields.push(['langid', escapeBibtex(article.lang)]);
  return `@${type}{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

export function bibtexJob(articles: readonly ArticleRecord[], outletType?: OutletTypeOf, fileName = 'sourcelight.bib'): ExportJob {
  return {
    fileName,
    mimeType: 'application/x-bibtex',
    total: articles.length,
    *pieces(): Iterable<Piece> {
      const keys = citationKeys(articles);
      for (const [index, article] of articles.entries()) yield `${index === 0 ? '' : '\n'}${bibtexEntry(article, keys[index]!, outletType)}`;
    },
  };
}
