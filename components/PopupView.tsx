import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { ItemRef, MarkVisibility, PageAnnotation, PageStatus } from '../lib/messages';
import { ALL_MARKS } from '../lib/paint/highlights';
import { itemFilter } from '../lib/view/filter';
import { groupSpeakers } from '../lib/view/speakers';
import { ArticleMeta } from './ArticleMeta';
import { ClaimList } from './ClaimList';
import { Counts } from './Counts';
import { Legend, ListControls } from './ListControls';
import { OutletSection } from './OutletCard';
import { SpeakerList } from './SpeakerList';
import { hasMore, type PopupState } from './use-page-annotation';

export interface PopupActions {
  /** Scroll the page to an item. */
  select: (ref: ItemRef) => void;
  annotateAnyway: () => void;
  annotateAgain: () => void;
  /** Stop reading the page (a long article). */
  stop: () => void;
  /** Show or hide kinds of mark, in the popup and on the page. */
  setMarks?: (marks: MarkVisibility) => void;
  /** List the next page of items. */
  loadMore?: () => void;
}

export interface PopupViewProps {
  state: PopupState;
  actions: PopupActions;
  /** The tab's URL: with the page's canonical address, what the outlet card looks up. */
  pageUrl?: string | null;
  /** Which kinds of mark show. */
  marks?: MarkVisibility;
}

function Notice({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="notice" role="status">
      <h2 class="notice-title">{title}</h2>
      {children && <p class="notice-text">{children}</p>}
    </section>
  );
}

function Annotated({
  status,
  annotation,
  actions,
  pageUrl,
  marks,
}: {
  status: PageStatus;
  annotation: PageAnnotation;
  actions: PopupActions;
  pageUrl: string | null;
  marks: MarkVisibility;
}) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => itemFilter(query), [query]);
  const text = annotation.text ?? '';
  const speakers = useMemo(() => groupSpeakers(annotation.quotes).groups.length, [annotation.quotes]);
  const totals = annotation.totals ?? { quotes: annotation.quotes.length, claims: annotation.claims.length };
  const listed = annotation.quotes.length + annotation.claims.length;
  return (
    <>
      <ArticleMeta article={annotation.article} pageUrl={pageUrl} />
      <OutletSection annotation={annotation} pageUrl={pageUrl} />
      {status.state === 'error' && status.message && <p class="problem">{status.message}</p>}
      {status.notice && <p class="budget-notice">{status.notice}</p>}
      <Counts quotes={status.quotes} claims={status.claims} speakers={speakers} anchored={status.anchored} lost={status.lost ?? 0} />
      <Legend />
      <ListControls query={query} onQuery={setQuery} marks={marks} onMarks={actions.setMarks ?? (() => undefined)} />
      {marks.quote && (
        <section class="section" aria-label={t('popupWhoIsSpeaking')}>
          <h2 class="section-title">
            {t('popupWhoIsSpeaking')} <span class="section-count">{annotation.quotes.length}</span>
          </h2>
          <SpeakerList
            quotes={annotation.quotes}
            text={text}
            grouped={marks.speaker}
            shown={matches && ((q) => matches(q.text, q.speaker?.name.trim() || t('listUnknownSpeaker'), q.cue, q.kind))}
            onSelect={(index) => actions.select({ kind: 'quote', index })}
          />
        </section>
      )}
      {marks.claim && (
        <section class="section" aria-label={t('popupWhoseNumbers')}>
          <h2 class="section-title">
            {t('popupWhoseNumbers')} <span class="section-count">{annotation.claims.length}</span>
          </h2>
          <ClaimList
            claims={annotation.claims}
            text={text}
            shown={matches && ((c, group) => matches(c.text, c.context.before, c.context.after, c.source, c.unit, group))}
            onSelect={(index) => actions.select({ kind: 'claim', index })}
          />
        </section>
      )}
      {hasMore(annotation) && (
        <p class="more">
          {t('popupListing', [listed.toLocaleString('en'), (totals.quotes + totals.claims).toLocaleString('en')])}{' '}
          <button type="button" class="link" onClick={actions.loadMore}>
            {t('popupShowMore')}
          </button>
        </p>
      )}
    </>
  );
}

/** The popup's body for each state of the page. */
export function PopupView({ state, actions, pageUrl = null, marks = ALL_MARKS }: PopupViewProps) {
  if (state.phase === 'working') {
    return (
      <Notice title={t('popupReading')}>
        <span class="progress" aria-hidden="true" />{' '}
        <button type="button" class="link" onClick={actions.stop}>
          {t('popupStop')}
        </button>
      </Notice>
    );
  }
  if (state.phase === 'failed') return <Notice title={state.message} />;
  if (state.phase === 'cleared') {
    return (
      <Notice title={t('popupHighlightsRemoved')}>
        <button type="button" class="link" onClick={actions.annotateAgain}>
          {t('popupAnnotateAgain')}
        </button>
      </Notice>
    );
  }
  const { status, annotation } = state;
  if (status.state === 'not-article') {
    // A page in another language says so in its title; a budget notice keeps the general one.
    const title = !status.notice && status.message ? status.message : t('popupNotArticle');
    return (
      <Notice title={title}>
        {status.notice && <span class="budget-notice">{status.notice} </span>}
        {t('popupAnnotatesNews')}{' '}
        <button type="button" class="link" onClick={actions.annotateAnyway}>
          {t('popupAnnotateAnyway')}
        </button>
      </Notice>
    );
  }
  if (status.state === 'cleared') {
    return (
      <Notice title={t('popupHighlightsRemoved')}>
        <button type="button" class="link" onClick={actions.annotateAgain}>
          {t('popupAnnotateAgain')}
        </button>
      </Notice>
    );
  }
  if (status.state === 'cancelled') {
    return (
      <Notice title={t('popupStopped')}>
        <button type="button" class="link" onClick={actions.annotateAgain}>
          {t('popupAnnotateAgain')}
        </button>
      </Notice>
    );
  }
  if (!annotation) return <Notice title={status.message ?? t('popupCouldNotAnnotate')} />;
  return <Annotated status={status} annotation={annotation} actions={actions} pageUrl={pageUrl} marks={marks} />;
}
