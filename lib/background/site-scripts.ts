import { browser } from '#imports';
import { fail, ok, type Result, type SitePreference } from '../messages';
import { isAlwaysAnnotated, listAlwaysAnnotateOrigins, setAlwaysAnnotate } from '../store/site-prefs';
import { CONTENT_SCRIPT } from './annotate-tab';
import { siteOrigin } from './scriptable';
import { t } from '../i18n';

// "Always annotate on this site": a content-script registration per origin, derived from the
// stored preference. The host permission itself is requested by the popup (it needs the click).

const ID_PREFIX = 'sourcelight-site:';

/**
 * One change at a time: the popup's message and the permission event it causes arrive together,
 * and two registrations of one id would fail.
 */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change);
  queue = next.catch(() => undefined);
  return next;
}

const scriptId = (origin: string): string => `${ID_PREFIX}${origin}`;
const originPattern = (origin: string): string => `${origin}/*`;

const hasPermission = (origin: string): Promise<boolean> => browser.permissions.contains({ origins: [originPattern(origin)] });

async function registeredOrigins(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.flatMap((s) => (s.id.startsWith(ID_PREFIX) ? [s.id.slice(ID_PREFIX.length)] : []));
}

async function register(origin: string): Promise<void> {
  if ((await registeredOrigins()).includes(origin)) return;
  await browser.scripting.registerContentScripts([{ id: scriptId(origin), matches: [originPattern(origin)], js: [CONTENT_SCRIPT], runAt: 'document_idle' }]);
}

async function unregister(origin: string): Promise<void> {
  if (!(await registeredOrigins()).includes(origin)) return;
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] });
}

/** Give back what was asked for this site. A host permission from the manifest cannot be removed (test builds grant loopback hosts that way); the unregistration already stops annotation there. */
async function dropPermission(origin: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    return;
  }
}

export async function sitePreference(origin: string): Promise<SitePreference> {
  return { origin, alwaysAnnotate: await isAlwaysAnnotated(origin) };
}

/** Turn "always annotate" on or off for `origin`; turning it on needs the host permission granted first. */
export function setSitePreference(preference: SitePreference): Promise<Result<SitePreference>> {
  return serially(() => applySitePreference(preference));
}

async function applySitePreference(preference: SitePreference): Promise<Result<SitePreference>> {
  const { origin, alwaysAnnotate } = preference;
  if (alwaysAnnotate) {
    if (!(await hasPermission(origin))) return fail(t('siteRefused', origin));
    await register(origin);
  } else {
    await unregister(origin);
    await dropPermission(origin);
  }
  await setAlwaysAnnotate(origin, alwaysAnnotate);
  return ok(preference);
}

/**
 * Make the registrations match the stored preferences (run at every background start): a site
 * whose permission the user has since revoked is dropped, registrations nobody asked for go.
 */
export function syncSiteScripts(): Promise<void> {
  return serially(restoreSiteScripts);
}

async function restoreSiteScripts(): Promise<void> {
  const wanted: string[] = [];
  for (const origin of await listAlwaysAnnotateOrigins()) {
    if (await hasPermission(origin)) wanted.push(origin);
    else await setAlwaysAnnotate(origin, false);
  }
  for (const origin of await registeredOrigins()) {
    if (!wanted.includes(origin)) await unregister(origin);
  }
  for (const origin of wanted) await register(origin);
}

/** The site (siteOrigin's unit: no port) a per-site pattern (`https://example.com/*`) grants; null for wildcard patterns. */
export function patternOrigin(pattern: string): string | null {
  const match = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
  return match?.[1] ? siteOrigin(match[1]) : null;
}

/**
 * Follow host permissions granted or revoked outside the popup's own request (or after it closed).
 * Never rejects: it runs from a browser event, where a rejection would go unhandled; a site that
 * fails is reported and the others still follow.
 */
export async function followPermissions(patterns: string[] | undefined, granted: boolean): Promise<void> {
  for (const origin of (patterns ?? []).flatMap((p) => patternOrigin(p) ?? [])) {
    await setSitePreference({ origin, alwaysAnnotate: granted }).catch((error: unknown) =>
      console.warn(`Sourcelight: could not follow the permission change for ${origin}`, error),
    );
  }
}
