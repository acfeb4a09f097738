import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { overhearMessages, sendToRuntime, sendToTab, type MarkVisibility, type PageAnnotation, type PageStatus } from '../lib/messages';
import { ALL_MARKS } from '../lib/paint/highlights';

export const CLEAR_FAILED = 'Sourcelight could not remove the highlights: the page did not answer.';

export type PopupState =
  { phase: 'working' } | { phase: 'failed'; message: string } | { phase: 'ready'; status: PageStatus; annotation: PageAnnotation | null } | { phase: 'cleared' };

export interface PageAnnotationView {
  state: PopupState;
  /** Which kinds of mark the page shows. */
  marks: MarkVisibility;
  /** Read the page even though it doesn't look like an article. */
  annotateAnyway: () => void;
  /** Annotate the page again after its highlights were removed. */
  annotateAgain: () => void;
  clearHighlights: () => void;
  /** Stop the run in progress; the run then ends 'cancelled'. */
  stop: () => void;
  /** Show or hide kinds of mark, on the page too. */
  setMarks: (marks: MarkVisibility) => void;
  /** Fetch the next page of items (a page of more quotes or claims than one answer lists). */
  loadMore: () => void;
  /** List the items again from the first page, as many as are shown (after a correction). */
  refresh: () => Promise<void>;
}

/** Whether the popup holds fewer items than the page has. */
export const hasMore = (annotation: PageAnnotation): boolean =>
  annotation.totals !== undefined && (annotation.quotes.length < annotation.totals.quotes || annotation.claims.length < annotation.totals.claims);

/** Where the next page of items starts: each kind is listed from 0, the longer sets the page. */
const listedTo = (annotation: PageAnnotation): number => Math.max(annotation.quotes.length, annotation.claims.length);

/** `held` with the page of items listed from `from`: a kind that ran out earlier adds nothing. */
const appendPage = (held: PageAnnotation, page: PageAnnotation, from: number): PageAnnotation => ({
  ...held,
  quotes: held.quotes.length === from ? [...held.quotes, ...page.quotes] : held.quotes,
  claims: held.claims.length === from ? [...held.claims, ...page.claims] : held.claims,
  totals: page.totals,
});

/** Annotates `tabId` through the background (the toolbar's path) and fetches the lists to show. */
export function usePageAnnotation(tabId: number): PageAnnotationView {
  const [state, setState] = useState<PopupState>({ phase: 'working' });
  const [marks, setMarkState] = useState<MarkVisibility>({ ...ALL_MARKS });
  const [request, setRequest] = useState({ force: false, again: false, round: 0 });

  useEffect(() => {
    let live = true;
    setState({ phase: 'working' });
    void (async () => {
      const status = await sendToRuntime('sourcelight/annotate-tab', { tabId, force: request.force, again: request.again });
      if (!status.ok) return live && setState({ phase: 'failed', message: status.error });
      if (status.value.state === 'cleared') return live && setState({ phase: 'cleared' });
      const [annotation, shown] = await Promise.all([sendToTab(tabId, 'sourcelight/annotation', null), sendToTab(tabId, 'sourcelight/marks', null)]);
      if (!live) return;
      if (shown.ok && shown.value) setMarkState(shown.value);
      setState({ phase: 'ready', status: status.value, annotation: annotation.ok ? annotation.value : null });
    })();
    return () => {
      live = false;
    };
  }, [tabId, request]);

  const loadMore = useCallback(() => {
    if (state.phase !== 'ready' || !state.annotation) return;
    const held = state.annotation;
    const from = listedTo(held);
    void sendToTab(tabId, 'sourcelight/annotation', { from }).then((next) => {
      if (!next.ok || !next.value) return;
      const page = next.value;
      setState((current) => (current.phase === 'ready' && current.annotation === held ? { ...current, annotation: appendPage(held, page, from) } : current));
    });
  }, [tabId, state]);

  const held = useRef(state);
  held.current = state;

  // Lists the items again from the first page, as many as the popup shows: a list the reader
  // extended with "load more" keeps its length. `status`, when given, comes with the new list.
  const refresh = useCallback(
    async (status?: PageStatus) => {
      const current = held.current;
      const shown = current.phase === 'ready' && current.annotation ? listedTo(current.annotation) : 0;
      const first = await sendToTab(tabId, 'sourcelight/annotation', null);
      if (!first.ok || !first.value) return;
      let fresh = first.value;
      while (listedTo(fresh) < shown && hasMore(fresh)) {
        const from = listedTo(fresh);
        const next = await sendToTab(tabId, 'sourcelight/annotation', { from });
        if (!next.ok || !next.value) break;
        fresh = appendPage(fresh, next.value, from);
      }
      setState((now) => (now.phase === 'ready' ? { ...now, ...(status ? { status } : {}), annotation: fresh } : now));
    },
    [tabId],
  );

  // The page tells the background each change of its status (for the badge); the open popup
  // overhears it, and lists the page again when the page added items (paragraphs it loaded).
  // Items the page lost are answered where the reader clicks them, as before.
  useEffect(
    () =>
      overhearMessages('sourcelight/page-status', (next, sender) => {
        const current = held.current;
        if (sender.tab?.id !== tabId || current.phase !== 'ready' || next.state !== current.status.state) return;
        if (next.quotes <= current.status.quotes && next.claims <= current.status.claims) return;
        void refresh(next);
      }),
    [tabId, refresh],
  );

  return {
    state,
    marks,
    refresh,
    annotateAnyway: useCallback(() => setRequest((r) => ({ force: true, again: true, round: r.round + 1 })), []),
    annotateAgain: useCallback(() => setRequest((r) => ({ ...r, again: true, round: r.round + 1 })), []),
    stop: useCallback(() => void sendToTab(tabId, 'sourcelight/cancel', null), [tabId]),
    clearHighlights: useCallback(() => {
      void sendToTab(tabId, 'sourcelight/clear', null).then((r) => setState(r.ok ? { phase: 'cleared' } : { phase: 'failed', message: CLEAR_FAILED }));
    }, [tabId]),
    setMarks: useCallback(
      (next: MarkVisibility) => {
        setMarkState(next);
        void sendToTab(tabId, 'sourcelight/marks', next).then((r) => r.ok && r.value && setMarkState(r.value));
      },
      [tabId],
    ),
    loadMore,
  };
}
