import { browser } from '#imports';
import { fail, ok, type Handlers } from '../messages';
import { annotateTab, PAGE_UI_SCRIPT } from './annotate-tab';
import { showBadge } from './badge';
import { detectText } from './detect-text';
import { siteOrigin } from './scriptable';
import { isExtensionPage, isOwnContentScript, NOT_ALLOWED } from './senders';
import { isAlwaysAnnotated } from '../store/site-prefs';
import { setSitePreference, sitePreference } from './site-scripts';
import { t } from '../i18n';

// The background's answers about pages, each to whom may ask: the popup's requests (annotate any
// tab, read or set a site's preference) from extension pages only — a content script, which a
// hostile page's renderer hosts, must not annotate other tabs or grant itself a site — and the
// page's own reports (its status for the badge, its text to detect) from our content script.
export function pageHandlers(): Handlers {
  return {
    'sourcelight/annotate-tab': ({ tabId, force, again }, sender) => (isExtensionPage(sender) ? annotateTab(tabId, { force, again }) : fail(NOT_ALLOWED)),
    'sourcelight/page-status': async (status, sender) => {
      if (!isOwnContentScript(sender) || sender.tab?.id === undefined) return fail(NOT_ALLOWED);
      await showBadge(sender.tab.id, status);
      return ok(null);
    },
    // The page moved to another article by itself: is its site always annotated? The tab's address
    // as the browser reports it decides, not anything the page says.
    'sourcelight/page-moved': async (_request, sender) => {
      if (!isOwnContentScript(sender)) return fail(NOT_ALLOWED);
      const origin = siteOrigin(sender.tab?.url ?? sender.url);
      return ok({ alwaysAnnotate: origin !== null && (await isAlwaysAnnotated(origin)) });
    },
    // Into the asking frame's content-script world, where the content script finds it.
    'sourcelight/page-ui': async (_request, sender) => {
      if (!isOwnContentScript(sender) || sender.tab?.id === undefined) return fail(NOT_ALLOWED);
      try {
        await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [0] }, files: [PAGE_UI_SCRIPT] });
        return ok(null);
      } catch (error) {
        return fail(t('cardCouldNotLoad', error instanceof Error ? error.message : String(error)));
      }
    },
    // Here, not in the page: detection stays warm across pages and the page does not wait for it.
    'sourcelight/detect': ({ text, blockQuotes }, sender) => (isOwnContentScript(sender) || isExtensionPage(sender) ? ok(detectText(text, blockQuotes)) : fail(NOT_ALLOWED)),
    'sourcelight/site-preference': async ({ origin }, sender) => (isExtensionPage(sender) ? ok(await sitePreference(origin)) : fail(NOT_ALLOWED)),
    'sourcelight/set-site-preference': (preference, sender) => (isExtensionPage(sender) ? setSitePreference(preference) : fail(NOT_ALLOWED)),
  };
}
