import { browser } from '#imports';
import { t } from '../i18n';
import type { PageStatus } from '../messages';

const COUNT_COLOUR = '#7a4d00';
const FAILURE_COLOUR = '#b3261e';
export const WORKING = '…';

/**
 * What the badge reads for `status`: "…" while the page is read, then the count of items the
 * page still shows (those it changed or removed since are not counted); blank when none or not
 * annotated.
 */
function badgeText(status: PageStatus): string {
  if (status.state === 'working') return WORKING;
  // The page moved to another article by itself (pushState) and its old marks were removed.
  if (status.state === 'page-changed') return t('badgeNewArticle');
  const count = status.quotes + status.claims - (status.lost ?? 0);
  return count > 0 ? String(count) : '';
}

/** The badge's tooltip when it has more to say than the extension's name. */
function badgeTitle(status: PageStatus): string | null {
  if (status.state === 'page-changed') return t('badgePageMoved');
  const lost = status.lost ?? 0;
  if (lost > 0) return t(lost === 1 ? 'badgeLostOne' : 'badgeLost', `${lost}`);
  return null;
}

/** The toolbar badge of `tabId` for the page's status. */
export async function showBadge(tabId: number, status: PageStatus): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: COUNT_COLOUR });
  await browser.action.setBadgeText({ tabId, text: badgeText(status) });
  // A failure's explanation (showFailure) must not outlive it.
  await browser.action.setTitle({ tabId, title: badgeTitle(status) ?? browser.runtime.getManifest().action?.default_title ?? t('extName') });
}

/** A run started from the keyboard has no popup to explain a failure: the badge and its tooltip do. */
export async function showFailure(tabId: number, message: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: FAILURE_COLOUR });
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setTitle({ tabId, title: t('badgeFailure', message) });
}
