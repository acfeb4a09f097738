import { browser } from '#imports';
import { t } from '../i18n';

// Where the library opens from: the popup's "Library" link and the toolbar button's context menu
// (right-click), both opening the extension page in a tab of its own.

export const LIBRARY_MENU_ID = 'sourcelight-open-library';

export async function openLibrary(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}

/** The toolbar button's context-menu entry; menus persist, so it is created once, on install. */
export function addLibraryMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: LIBRARY_MENU_ID, title: t('menuOpenLibrary'), contexts: ['action'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === LIBRARY_MENU_ID) void openLibrary();
  });
}
