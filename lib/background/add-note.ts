import { browser } from '#imports';
import { t } from '../i18n';
import { sendToTab } from '../messages';
import { offerPick } from '../store/drafts';
import { annotateTab } from './annotate-tab';
import { showFailure } from './badge';

// "Add note to selection" (context menu) and Alt+Shift+N: open the notes panel for the tab and
// hand it the reader's selection. Both are user gestures, which is what lets the panel open and
// the content script be injected (activeTab).

export const ADD_NOTE_MENU = 'sourcelight-add-note';
export const ADD_NOTE_COMMAND = 'add-note';

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/**
 * Opens the notes panel. Must run before anything is awaited in the gesture's handler: browsers
 * allow opening a panel only while the gesture is current.
 */
export function openNotesPanel(tabId: number): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  if (api.sidePanel) return api.sidePanel.open({ tabId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.resolve();
}

/** The context menu entry, shown on a selection. */
export function createAddNoteMenu(): void {
  browser.contextMenus.create({ id: ADD_NOTE_MENU, title: t('menuAddNote'), contexts: ['selection'] }, () => {
    // Created again on every start of the worker; "already exists" is expected then.
    void browser.runtime.lastError;
  });
}

/** Runs Sourcelight in the tab if it is not there yet, then offers its selection to the panel. */
export async function addNoteToSelection(tabId: number): Promise<void> {
  const opened = openNotesPanel(tabId).catch((error: unknown) => console.warn('Sourcelight: could not open the notes panel', error));
  try {
    const running = await sendToTab(tabId, 'sourcelight/status', null);
    if (!running.ok) {
      const started = await annotateTab(tabId);
      if (!started.ok) return await showFailure(tabId, started.error);
    }
    const picked = await sendToTab(tabId, 'sourcelight/notes/selection', null);
    if (!picked.ok) return await showFailure(tabId, picked.error);
    if (!picked.value) return await showFailure(tabId, t('addNoteNoSelection'));
    await offerPick(tabId, picked.value);
  } catch (error) {
    console.warn('Sourcelight: could not add a note to the selection', error);
  } finally {
    await opened;
  }
}
