import { browser } from '#imports';
import type { PageStatus } from '../messages';

const COUNT_COLOUR = '#7a4d00';
const FAILURE_COLOUR = '#b3261e';
export const WORKING = '…';
/** The page moved to another article by itself (pushState) and its old marks were removed. */
export const NEW_ARTICLE = 'new';

/**
 * What the badge reads for `status`: "…" while the page is read, then the count of items the
 * page still shows (those it changed or removed since are not counted); blank when none or not
 * annotated.
 */
function badgeText(status: PageStatus): string {
  if (status.state === 'working') return WORKING;
  if (status.state === 'page-changed') return NEW_ARTICLE;
  const count = status.quotes + status.claims - (status.lost ?? 0);
  return count > 0 ? String(count) : '';
}

/** The badge's tooltip when it has more to say than the extension's name. */
function badgeTitle(status: PageStatus): string | null {
  if (status.state === 'page-changed') return 'Sourcelight: the page moved to another article, so its marks were removed. Click to annotate it.';
  const lost = status.lost ?? 0;
  if (lost > 0) return `Sourcelight: ${lost} of the marked items ${lost === 1 ? 'is' : 'are'} no longer on the page (it changed them or took them away).`;
  return null;
}

/** The toolbar badge of `tabId` for the page's status. */
export async function showBadge(tabId: number, status: PageStatus): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: COUNT_COLOUR });
  await browser.action.setBadgeText({ tabId, text: badgeText(status) });
  // A failure's explanation (showFailure) must not outlive it.
  await browser.action.setTitle({ tabId, title: badgeTitle(status) ?? browser.runtime.getManifest().action?.default_title ?? 'Sourcelight' });
}

/** A run started from the keyboard has no popup to explain a failure: the badge and its tooltip do. */
export async function showFailure(tabId: number, message: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: FAILURE_COLOUR });
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setTitle({ tabId, title: `Sourcelight: ${message}` });
}
