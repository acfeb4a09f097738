import { browser } from '#imports';
import { fail, sendToTab, type AnnotateOptions, type PageStatus, type Result } from '../messages';
import { showFailure } from './badge';
import { injectionFailureReason, unscriptableReason } from './scriptable';
import { t } from '../i18n';

export const CONTENT_SCRIPT = '/content-scripts/content.js';
/** The page's UI, injected beside the content script when the page first needs it (lib/page/page-ui.ts). */
export const PAGE_UI_SCRIPT = '/page-ui.js';

/** The content script is there but its answer never came: the tab navigated or reloaded meanwhile. */
export const noAnswer = (): string => t('tabNoAnswer');

/**
 * Annotate the page in `tabId`: inject the content script unless one already answers there,
 * then ask it to run. Unscriptable pages come back as an error result with a readable reason.
 */
export async function annotateTab(tabId: number, options: AnnotateOptions = {}): Promise<Result<PageStatus>> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return fail(t('tabGone'));
  }
  const unscriptable = unscriptableReason(url);
  if (unscriptable) return fail(unscriptable);

  const running = await sendToTab(tabId, 'sourcelight/status', null);
  if (!running.ok) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    } catch {
      return fail(injectionFailureReason(url));
    }
  }
  let status = await sendToTab(tabId, 'sourcelight/annotate', options);
  // A run dropped before it finished comes back 'idle': a newer copy of the content script (a
  // per-site registration running beside this injection) replaced the one that started it. The
  // copy now in the page answers a second ask.
  if (status.ok && status.value.state === 'idle') status = await sendToTab(tabId, 'sourcelight/annotate', options);
  return status.ok ? status : fail(noAnswer());
}

/**
 * The keyboard command's run on `tabId` (else the active tab). There is no popup to explain a
 * failure, so the badge does; nothing is left to reject in the background.
 */
export async function annotateActiveTab(tabId: number | undefined): Promise<void> {
  try {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    // The reader pressed the key: that is asking, even after they removed the highlights.
    const result = await annotateTab(id, { again: true });
    if (!result.ok) await showFailure(id, result.error);
  } catch (error) {
    console.warn('Sourcelight: the keyboard command failed', error);
  }
}
