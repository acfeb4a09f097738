import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToRuntime, sendToTab, type PageAnnotation, type PageStatus } from '../lib/messages';

export type PopupState =
  | { phase: 'working' }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; status: PageStatus; annotation: PageAnnotation | null };

export interface PageAnnotationView {
  state: PopupState;
  /** Read the page even though it doesn't look like an article. */
  annotateAnyway: () => void;
}

/** Annotates `tabId` through the background (the toolbar's path) and fetches the lists to show. */
export function usePageAnnotation(tabId: number): PageAnnotationView {
  const [state, setState] = useState<PopupState>({ phase: 'working' });
  const [force, setForce] = useState(false);
  useEffect(() => {
    let live = true;
    setState({ phase: 'working' });
    void (async () => {
      const status = await sendToRuntime('sourcelight/annotate-tab', { tabId, force });
      if (!status.ok) return live && setState({ phase: 'failed', message: status.error });
      const annotation = await sendToTab(tabId, 'sourcelight/annotation', null);
      if (live) setState({ phase: 'ready', status: status.value, annotation: annotation.ok ? annotation.value : null });
    })();
    return () => {
      live = false;
    };
  }, [tabId, force]);
  return { state, annotateAnyway: useCallback(() => setForce(true), []) };
}
