import { useState } from 'preact/hooks';
import { openLibrary } from '../lib/background/library-page';
import { sendToTab, type ItemRef } from '../lib/messages';
import { PopupView } from './PopupView';
import { SiteToggle } from './SiteToggle';
import { usePageAnnotation } from './use-page-annotation';

export interface PopupProps {
  tabId: number;
  /** The tab's http(s) origin, when it has one: the unit of "always annotate". */
  origin: string | null;
  /** The tab's URL, for the outlet card. */
  pageUrl?: string | null;
}

export function Popup({ tabId, origin, pageUrl = null }: PopupProps) {
  const { state, marks, annotateAnyway, annotateAgain, clearHighlights, stop, setMarks, loadMore } = usePageAnnotation(tabId);
  const painted = state.phase === 'ready' && state.annotation !== null && state.status.state !== 'cleared';
  // An item can leave the page after it was listed (live pages rewrite themselves): say so.
  const [selectProblem, setSelectProblem] = useState<string | null>(null);
  const select = (ref: ItemRef): void => {
    void sendToTab(tabId, 'sourcelight/scroll-to', ref).then((r) => setSelectProblem(r.ok ? null : r.error));
  };
  return (
    <main class="popup">
      <div class="brand-row">
        <span class="brand">Sourcelight</span>
        <span class="brand-actions">
          {painted && (
            <button type="button" class="link" onClick={clearHighlights}>
              Remove highlights
            </button>
          )}
          <button type="button" class="link" onClick={() => void openLibrary()}>
            Library
          </button>
        </span>
      </div>
      {painted && selectProblem && <p class="problem">{selectProblem}</p>}
      <PopupView state={state} actions={{ select, annotateAnyway, annotateAgain, stop, setMarks, loadMore }} pageUrl={pageUrl} marks={marks} />
      {origin && state.phase === 'ready' && <SiteToggle origin={origin} />}
    </main>
  );
}
