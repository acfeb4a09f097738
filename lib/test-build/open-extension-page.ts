import { browser } from '#imports';

// Test builds only (wired in entrypoints/background.ts behind import.meta.env.SOURCELIGHT_TEST_BUILD,
// so release builds leave it out). WebDriver BiDi, which drives the Firefox tests, refuses to
// navigate a tab to a moz-extension:// page; the extension itself may. A tab that loads
// http://127.0.0.1:PORT/__sourcelight-test/open?page=popup.html%3Ftab%3D5 on a loopback host is
// turned into that page of the extension, so a test can open the popup in a tab of its own.

export const OPEN_EXTENSION_PAGE_PATH = '/__sourcelight-test/open';

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** The extension page (`popup.html?tab=5`) a test asks for with `url`, or null when `url` asks for none. */
export function requestedExtensionPage(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' || !LOOPBACK.has(parsed.hostname) || parsed.pathname !== OPEN_EXTENSION_PAGE_PATH) return null;
  const page = parsed.searchParams.get('page');
  // A page of this extension, by relative path: never another scheme or origin.
  return page && /^[\w-]+\.html(\?[^#]*)?$/.test(page) ? page : null;
}

/** Watch tabs for the request URL and navigate them to the extension page it names. */
export function openExtensionPagesOnRequest(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const page = change.url ? requestedExtensionPage(change.url) : null;
    if (page) void browser.tabs.update(tabId, { url: browser.runtime.getURL(`/${page}` as '/popup.html') });
  });
}
