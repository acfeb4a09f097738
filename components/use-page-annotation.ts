import { useEffect, useState } from 'preact/hooks';
import { sendToRuntime, sendToTab, type PageAnnotation, type PageStatus } from '../lib/messages';

export type PopupState =
  | { phase: 'working' }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; status: PageStatus; annotation: PageAnnotation | null };

/** Annotates `tabId` through the background (the toolbar's path) and fetches the lists to show. */
export function usePageAnnotation(tabId: number): PopupState {
  const [state, setState] = useState<PopupState>({ phase: 'working' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const status = await sendToRuntime('sourcelight/annotate-tab', { tabId });
      if (!status.ok) return live && setState({ phase: 'failed', message: status.error });
      const annotation = await sendToTab(tabId, 'sourcelight/annotation', null);
      if (live) setState({ phase: 'ready', status: status.value, annotation: annotation.ok ? annotation.value : null });
    })();
    return () => {
      live = false;
    };
  }, [tabId]);
  return state;
}
