import { useMemo, useState } from 'preact/hooks';
import { openLibrary } from '../lib/background/library-page';
import { t } from '../lib/i18n';
import { sendToTab, type ItemRef } from '../lib/messages';
import { speakerNames } from '../lib/view/speakers';
import { CorrectionsContext, type Corrections } from './CorrectItem';
import { ItemProblemContext, type ItemProblem } from './ItemPresence';
import { KeepContext, keepingIn } from './KeepItem';
import { PopupView } from './PopupView';
import { GoldExport } from './GoldExport';
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
  const { state, marks, annotateAnyway, annotateAgain, clearHighlights, stop, setMarks, loadMore, refresh } = usePageAnnotation(tabId);
  const painted = state.phase === 'ready' && state.annotation !== null && state.status.state !== 'cleared';
  // An item can leave the page after it was listed (live pages rewrite themselves): say so, under it.
  const [selectProblem, setSelectProblem] = useState<ItemProblem | null>(null);
  const select = (ref: ItemRef): void => {
    void sendToTab(tabId, 'sourcelight/scroll-to', ref).then((r) => setSelectProblem(r.ok ? null : { ...ref, message: r.error }));
  };
  const annotation = state.phase === 'ready' ? state.annotation : null;
  const corrections = useMemo<Corrections>(() => {
    const afterwards = async (result: { ok: boolean; error?: string }): Promise<string | null> => {
      if (!result.ok) return result.error ?? t('popupNoAnswer');
      await refresh();
      return null;
    };
    return {
      speakers: speakerNames(annotation?.quotes ?? []),
      correct: async (ref, kind, speaker) => afterwards(await sendToTab(tabId, 'sourcelight/correct', { ref, kind, speaker: speaker ?? null })),
      undo: async (ref) => afterwards(await sendToTab(tabId, 'sourcelight/uncorrect', ref)),
    };
  }, [annotation, tabId, refresh]);
  const keepActions = useMemo(() => keepingIn(tabId), [tabId]);
  return (
    <main class="popup">
      <div class="brand-row">
        <span class="brand">Sourcelight</span>
        <span class="brand-actions">
          {painted && (
            <button type="button" class="link" onClick={clearHighlights}>
              {t('popupRemoveHighlights')}
            </button>
          )}
          <button type="button" class="link" onClick={() => void openLibrary()}>
            {t('popupLibrary')}
          </button>
        </span>
      </div>
      <CorrectionsContext.Provider value={corrections}>
        <KeepContext.Provider value={keepActions}>
          <ItemProblemContext.Provider value={painted ? selectProblem : null}>
            <PopupView state={state} actions={{ select, annotateAnyway, annotateAgain, stop, setMarks, loadMore }} pageUrl={pageUrl} marks={marks} />
          </ItemProblemContext.Provider>
        </KeepContext.Provider>
      </CorrectionsContext.Provider>
      {painted && <GoldExport tabId={tabId} />}
      {origin && state.phase === 'ready' && <SiteToggle origin={origin} />}
    </main>
  );
}
