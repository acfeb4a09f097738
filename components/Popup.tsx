import { sendToTab } from '../lib/messages';
import { PopupView } from './PopupView';
import { SiteToggle } from './SiteToggle';
import { usePageAnnotation } from './use-page-annotation';

export interface PopupProps {
  tabId: number;
  /** The tab's http(s) origin, when it has one: the unit of "always annotate". */
  origin: string | null;
}

export function Popup({ tabId, origin }: PopupProps) {
  const { state, annotateAnyway } = usePageAnnotation(tabId);
  return (
    <main class="popup">
      <div class="brand">Sourcelight</div>
      <PopupView state={state} onSelect={(ref) => void sendToTab(tabId, 'sourcelight/scroll-to', ref)} onAnnotateAnyway={annotateAnyway} />
      {origin && state.phase === 'ready' && <SiteToggle origin={origin} />}
    </main>
  );
}
