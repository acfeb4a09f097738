import type { ArticleMeta as Meta } from '../lib/model';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** A published time as a readable date; the raw text when it does not parse. */
function publishedLabel(published: string): string {
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? published : dateFormat.format(date);
}

export function ArticleMeta({ article }: { article: Meta }) {
  const details = [
    article.byline,
    article.siteName,
    article.publishedTime && publishedLabel(article.publishedTime),
    article.lang && article.lang.toUpperCase(),
  ].filter((d): d is string => Boolean(d && d.trim()));
  return (
    <header class="meta">
      <h1 class="meta-title">{article.title ?? 'Untitled article'}</h1>
      {details.length > 0 && (
        <p class="meta-details">
          {details.map((d, i) => (
            <span key={i} class="meta-detail">
              {d}
            </span>
          ))}
        </p>
      )}
    </header>
  );
}
