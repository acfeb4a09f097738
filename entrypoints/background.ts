import { browser, defineBackground } from '#imports';
import { handleMessages, sendToTab } from '../lib/messages';
import { isMarkCommand } from '../lib/page/mark-keys';
import { annotateActiveTab } from '../lib/background/annotate-tab';
import { ADD_NOTE_COMMAND, ADD_NOTE_MENU, addNoteToSelection, createAddNoteMenu } from '../lib/background/add-note';
import { keepingAwake, keptAwake } from '../lib/background/keep-awake';
import { addLibraryMenu } from '../lib/background/library-page';
import { notesHandlers } from '../lib/background/notes';
import { pageHandlers } from '../lib/background/page-handlers';
import { followPermissions, syncSiteScripts } from '../lib/background/site-scripts';
import { openExtensionPagesOnRequest } from '../lib/test-build/open-extension-page';

// The toolbar button opens the popup, which asks for 'sourcelight/annotate-tab'; the keyboard
// command takes the same path for the active tab.
export default defineBackground(() => {
  // Firefox's event page would otherwise be suspended under a handler that still owes an answer.
  handleMessages(
    keptAwake({
      ...pageHandlers(),
      ...notesHandlers(),
    }),
  );

  addLibraryMenu();

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === ADD_NOTE_COMMAND && tab?.id !== undefined) void addNoteToSelection(tab.id);
    // A page not annotated has no content script to answer: nothing to go to.
    if (isMarkCommand(command) && tab?.id !== undefined) void sendToTab(tab.id, 'sourcelight/mark-command', { command });
    if (command !== 'annotate-page') return;
    void keepingAwake(() => annotateActiveTab(tab?.id));
  });

  browser.runtime.onInstalled.addListener(createAddNoteMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_NOTE_MENU && tab?.id !== undefined) void addNoteToSelection(tab.id);
  });

  // The only host permissions Sourcelight asks for are per-site "always annotate" grants, so a
  // grant or a revocation (also from the browser's own settings) is that preference changing.
  browser.permissions.onAdded.addListener(({ origins }) => void followPermissions(origins, true));
  browser.permissions.onRemoved.addListener(({ origins }) => void followPermissions(origins, false));

  // Test builds only: the Firefox tests' way into the popup page (see the file).
  if (import.meta.env.SOURCELIGHT_TEST_BUILD) openExtensionPagesOnRequest();

  void syncSiteScripts().catch((error: unknown) => console.warn('Sourcelight: could not restore per-site annotation', error));
});
