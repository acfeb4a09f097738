import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToRuntime, sendToTab, type PageAnnotation, type PageStatus } from '../lib/messages';

export const CLEAR_FAILED = 'Sourcelight could not remove the highlights: the page did not answer.';

export type PopupState =
  | { phase: 'working' }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; status: PageStatus; annotation: PageAnnotation | null }
  | { phase: 'cleared' };

export interface PageAnnotationView {
  state: PopupState;
  /** Read the page even though it doesn't look like an article. */
  annotateAnyway: () => void;
  /** Annotate the page again after its highlights were removed. */
  annotateAgain: () => void;
  clearHighlights: () => void;
  /** Stop the run in progress; the run then ends 'cancelled'. */
  stop: () => void;
}

/** Annotates `tabId` through the background (the toolbar's path) and fetches the lists to show. */
export function usePageAnnotation(tabId: number): PageAnnotationView {
  const [state, setState] = useState<PopupState>({ phase: 'working' });
  const [request, setRequest] = useState({ force: false, round: 0 });
  useEffect(() => {
    let live = true;
    setState({ phase: 'working' });
    void (async () => {
      const status = await sendToRuntime('sourcelight/annotate-tab', { tabId, force: request.force });
      if (!status.ok) return live && setState({ phase: 'failed', message: status.error });
      const annotation = await sendToTab(tabId, 'sourcelight/annotation', null);
      if (live) setState({ phase: 'ready', status: status.value, annotation: annotation.ok ? annotation.value : null });
    })();
    return () => {
      live = false;
    };
  }, [tabId, request]);

  return {
    state,
    annotateAnyway: useCallback(() => setRequest((r) => ({ force: true, round: r.round + 1 })), []),
    annotateAgain: useCallback(() => setRequest((r) => ({ ...r, round: r.round + 1 })), []),
    stop: useCallback(() => void sendToTab(tabId, 'sourcelight/cancel', null), [tabId]),
    clearHighlights: useCallback(() => {
      void sendToTab(tabId, 'sourcelight/clear', null).then((r) =>
        setState(r.ok ? { phase: 'cleared' } : { phase: 'failed', message: CLEAR_FAILED }),
      );
    }, [tabId]),
  };
}
