import type { ArticleMeta as Meta } from '../lib/model';
import { cleanByline, cleanTitle, domainOf, siteLabel } from '../lib/view/article-meta';
import { t } from '../lib/i18n';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** A published time as a readable date; the raw text when it does not parse. */
function publishedLabel(published: string): string {
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? published : dateFormat.format(date);
}

/** The article's title and details, without the page furniture extractors keep; page text isolated (<bdi>). */
export function ArticleMeta({ article, pageUrl = null }: { article: Meta; pageUrl?: string | null }) {
  const domain = domainOf(article.canonicalUrl) ?? domainOf(pageUrl);
  const byline = cleanByline(article.byline);
  const site = siteLabel(article.siteName, domain);
  const details = [
    // A byline that only repeats the site's name ("BBC News") says nothing the site does not.
    byline && article.siteName && byline.toLowerCase() === article.siteName.trim().toLowerCase() ? null : byline,
    site,
    article.publishedTime && publishedLabel(article.publishedTime),
    article.lang && article.lang.toUpperCase(),
  ].filter((d): d is string => Boolean(d && d.trim()));
  return (
    <header class="meta">
      <h1 class="meta-title">
        <bdi>{cleanTitle(article.title, article.siteName, domain) ?? t('popupUntitled')}</bdi>
      </h1>
      {details.length > 0 && (
        <p class="meta-details">
          {details.map((d, i) => (
            <span key={i} class="meta-detail">
              <bdi>{d}</bdi>
            </span>
          ))}
        </p>
      )}
    </header>
  );
}
