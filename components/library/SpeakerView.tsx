import { useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { LibraryRow } from '../../lib/library/rows';
import { speakers as speakersOf } from '../../lib/library/speakers';
import { outletCount } from './outlet-count';

const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** One person across articles: pick a speaker, read every kept quote of theirs with outlet and date. */
export function SpeakerView({ rows }: { rows: readonly LibraryRow[] }) {
  const speakers = useMemo(() => speakersOf(rows), [rows]);
  const [chosen, setChosen] = useState<string | null>(null);
  const speaker = speakers.find((s) => s.name === chosen) ?? speakers[0];
  if (!speaker) return <p class="empty">{t('speakersNone')}</p>;
  return (
    <div class="speakers">
      <ul class="speaker-list" aria-label={t('speakersLabel')}>
        {speakers.slice(0, 300).map((s) => (
          <li key={s.name}>
            <button type="button" class={s === speaker ? 'speaker current' : 'speaker'} aria-pressed={s === speaker} onClick={() => setChosen(s.name)}>
              <span>{s.name}</span>
              <span class="count">{s.quotes.length}</span>
            </button>
          </li>
        ))}
      </ul>
      <section class="speaker-quotes" aria-label={t('speakersQuotesBy', speaker.name)}>
        <h2>{speaker.name}</h2>
        <p class="muted">
          {t('speakersSummary', [
            t(speaker.quotes.length === 1 ? 'speakersKeptQuotesOne' : 'speakersKeptQuotes', `${speaker.quotes.length}`),
            outletCount(speaker.outlets.length),
            speaker.outlets.join(', '),
          ])}
        </p>
        <ol>
          {speaker.quotes.slice(0, 500).map((row) => (
            <li key={row.id} class="speaker-quote">
              <blockquote>{row.text}</blockquote>
              <p class="row-meta">
                <span class="row-outlet">{row.outlet}</span>
                <span>
                  <a href={row.article.canonicalUrl ?? row.article.url} target="_blank" rel="noreferrer">
                    {row.article.title ?? row.article.url}
                  </a>
                </span>
                <span>{row.article.publishedTime ? t('libraryPublished', row.article.publishedTime.slice(0, 10)) : t('libraryRead', date(row.article.firstSeen))}</span>
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
