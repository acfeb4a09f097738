import { browser } from '#imports';
import type { PageStatus } from '../messages';

const COUNT_COLOUR = '#7a4d00';
const FAILURE_COLOUR = '#b3261e';
export const WORKING = '…';

/** What the badge reads for `status`: "…" while the page is read, then the count; blank when none or not annotated. */
function badgeText(status: PageStatus): string {
  if (status.state === 'working') return WORKING;
  const count = status.quotes + status.claims;
  return count > 0 ? String(count) : '';
}

/** The toolbar badge of `tabId` for the page's status. */
export async function showBadge(tabId: number, status: PageStatus): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: COUNT_COLOUR });
  await browser.action.setBadgeText({ tabId, text: badgeText(status) });
  // A failure's explanation (showFailure) must not outlive it.
  await browser.action.setTitle({ tabId, title: browser.runtime.getManifest().action?.default_title ?? 'Sourcelight' });
}

/** A run started from the keyboard has no popup to explain a failure: the badge and its tooltip do. */
export async function showFailure(tabId: number, message: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: FAILURE_COLOUR });
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setTitle({ tabId, title: `Sourcelight: ${message}` });
}
