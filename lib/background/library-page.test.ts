import { fakeBrowser } from '#imports';
import { beforeEach, expect, test, vi } from 'vitest';
import { addLibraryMenu, LIBRARY_MENU_ID, openLibrary } from './library-page';

beforeEach(() => {
  fakeBrowser.reset();
});

test('openLibrary opens the library page in a new tab', async () => {
  await openLibrary();
  const tabs = await fakeBrowser.tabs.query({});
  expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/library.html'));
});

test('the toolbar button’s context menu gets "Open the library" on install, and choosing it opens the page', async () => {
  const create = vi.fn();
  const listeners: ((info: { menuItemId: string | number }) => void)[] = [];
  Object.assign(fakeBrowser, {
    contextMenus: { create, onClicked: { addListener: (listener: (typeof listeners)[number]) => listeners.push(listener) } },
  });
  addLibraryMenu();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  expect(create).toHaveBeenCalledWith({ id: LIBRARY_MENU_ID, title: 'Open the library', contexts: ['action'] });
  listeners.forEach((listener) => listener({ menuItemId: 'something-else' }));
  listeners.forEach((listener) => listener({ menuItemId: LIBRARY_MENU_ID }));
  const libraryTabs = async (): Promise<number> => (await fakeBrowser.tabs.query({ url: fakeBrowser.runtime.getURL('/library.html') })).length;
  await vi.waitFor(async () => expect(await libraryTabs()).toBe(1));
});
