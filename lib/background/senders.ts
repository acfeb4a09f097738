import { browser, type Browser } from '#imports';
import { normaliseUrl } from '../store/urls';

// Who may ask the background for what. The reader's notes are theirs: extension pages (the side
// panel, the popup) may read and change any of them; a content script acts only for the page of
// its own tab's top frame, so a page it runs in can never reach another page's notes.

type Sender = Browser.runtime.MessageSender;

/** A page of this extension (side panel, popup, an extension tab). */
export function isExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** This extension's content script in the top frame of a tab. */
export function isOwnContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined && sender.frameId === 0;
}

/** This extension's content script in the top frame of a tab showing `url`. */
export function isContentScriptOf(sender: Sender, url: string): boolean {
  if (!isOwnContentScript(sender) || typeof sender.url !== 'string') return false;
  const own = normaliseUrl(sender.url);
  return own !== null && own === normaliseUrl(url);
}

export const NOT_ALLOWED = 'Sourcelight refused this request: it did not come from the extension or from this page.';
