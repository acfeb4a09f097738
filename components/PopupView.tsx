import type { ComponentChildren } from 'preact';
import type { ItemRef, PageAnnotation, PageStatus } from '../lib/messages';
import { countSpeakers } from '../lib/view/group';
import { ArticleMeta } from './ArticleMeta';
import { ClaimList } from './ClaimList';
import { Counts } from './Counts';
import { OutletSection } from './OutletCard';
import { SpeakerList } from './SpeakerList';
import type { PopupState } from './use-page-annotation';

export interface PopupActions {
  /** Scroll the page to an item. */
  select: (ref: ItemRef) => void;
  annotateAnyway: () => void;
  annotateAgain: () => void;
  /** Stop reading the page (a long article). */
  stop: () => void;
}

export interface PopupViewProps {
  state: PopupState;
  actions: PopupActions;
  /** The tab's URL: with the page's canonical address, what the outlet card looks up. */
  pageUrl?: string | null;
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
  onSelect,
  pageUrl,
}: {
  status: PageStatus;
  annotation: PageAnnotation;
  onSelect: PopupActions['select'];
  pageUrl: string | null;
}) {
  return (
    <>
      <ArticleMeta article={annotation.article} />
      <OutletSection annotation={annotation} pageUrl={pageUrl} />
      {status.state === 'error' && status.message && <p class="problem">{status.message}</p>}
      <Counts quotes={status.quotes} claims={status.claims} speakers={countSpeakers(annotation.quotes)} anchored={status.anchored} />
      <section class="section">
        <h2 class="section-title">Who is speaking</h2>
        <SpeakerList quotes={annotation.quotes} onSelect={(index) => onSelect({ kind: 'quote', index })} />
      </section>
      <section class="section">
        <h2 class="section-title">Whose numbers</h2>
        <ClaimList claims={annotation.claims} onSelect={(index) => onSelect({ kind: 'claim', index })} />
      </section>
    </>
  );
}

/** The popup's body for each state of the page. */
export function PopupView({ state, actions, pageUrl = null }: PopupViewProps) {
  if (state.phase === 'working') {
    return (
      <Notice title="Reading the article…">
        <span class="progress" aria-hidden="true" />{' '}
        <button type="button" class="link" onClick={actions.stop}>
          Stop
        </button>
      </Notice>
    );
  }
  if (state.phase === 'failed') return <Notice title={state.message} />;
  if (state.phase === 'cleared') {
    return (
      <Notice title="Highlights removed.">
        <button type="button" class="link" onClick={actions.annotateAgain}>
          Annotate again
        </button>
      </Notice>
    );
  }
  const { status, annotation } = state;
  if (status.state === 'not-article') {
    return (
      <Notice title="This page doesn't look like an article.">
        Sourcelight annotates news articles.{' '}
        <button type="button" class="link" onClick={actions.annotateAnyway}>
          Annotate it anyway
        </button>
      </Notice>
    );
  }
  if (status.state === 'cancelled') {
    return (
      <Notice title="Stopped.">
        <button type="button" class="link" onClick={actions.annotateAgain}>
          Annotate again
        </button>
      </Notice>
    );
  }
  if (!annotation) return <Notice title={status.message ?? 'Sourcelight could not annotate this page.'} />;
  return <Annotated status={status} annotation={annotation} onSelect={actions.select} pageUrl={pageUrl} />;
}
