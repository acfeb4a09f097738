import { browser } from '#imports';
import type { PageStatus } from '../messages';

const COUNT_COLOUR = '#7a4d00';
const FAILURE_COLOUR = '#b3261e';

/** The toolbar badge of `tabId`: how many quotes and claims the page has, blank when none or not annotated. */
export async function showBadge(tabId: number, status: PageStatus): Promise<void> {
  const count = status.quotes + status.claims;
  await browser.action.setBadgeBackgroundColor({ tabId, color: COUNT_COLOUR });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  // A failure's explanation (showFailure) must not outlive it.
  await browser.action.setTitle({ tabId, title: browser.runtime.getManifest().action?.default_title ?? 'Sourcelight' });
}

/** A run started from the keyboard has no popup to explain a failure: the badge and its tooltip do. */
export async function showFailure(tabId: number, message: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: FAILURE_COLOUR });
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setTitle({ tabId, title: `Sourcelight: ${message}` });
}
