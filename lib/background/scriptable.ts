import { t } from '../i18n';

// Which pages an extension may not script, told apart before trying, so the user gets a clear
// reason instead of the browser's error text.

export const cannotRun = (): string => t('tabCannotRun');
export const fileAccessOff = (): string => t('tabFileAccessOff');

const SCRIPTABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

// The browsers' extension stores, where every browser forbids content scripts.
const STORE_PAGES: Array<{ host: string; path: string }> = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** Why `url` cannot be scripted, or null when it may be (an unknown url is tried). */
export function unscriptableReason(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return cannotRun();
  }
  if (!SCRIPTABLE_PROTOCOLS.has(parsed.protocol)) return cannotRun();
  const store = STORE_PAGES.some((s) => parsed.hostname === s.host && parsed.pathname.startsWith(s.path));
  return store ? cannotRun() : null;
}

/** The message for a failed injection into `url`: local files need the user's switch, the rest cannot run. */
export const injectionFailureReason = (url: string | undefined): string => (url?.startsWith('file:') ? fileAccessOff() : cannotRun());

/**
 * The http(s) site of `url`, the unit "always annotate on this site" works in: scheme and host,
 * without the port, since Firefox's match patterns cannot name one (a pattern with a port
 * registers there but matches no page). Null for anything else.
 */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}` : null;
  } catch {
    return null;
  }
}
