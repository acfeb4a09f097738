import { fakeBrowser, type Browser } from '#imports';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { listAlwaysAnnotateOrigins, setAlwaysAnnotate } from '../store/site-prefs';
import { followPermissions, patternOrigin, setSitePreference, sitePreference, syncSiteScripts } from './site-scripts';

// fakeBrowser has no scripting or permissions: a small in-memory browser stands in for both.
let granted: Set<string>;
let registered: Map<string, Browser.scripting.RegisteredContentScript>;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  registered = new Map();
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    remove: async ({ origins = [] }: { origins?: string[] }) => origins.forEach((o) => granted.delete(o)),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async () => [...registered.values()],
    registerContentScripts: async (scripts: Browser.scripting.RegisteredContentScript[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => ids.forEach((id) => registered.delete(id)),
  });
});

const ORIGIN = 'https://news.example.com';

describe('setSitePreference', () => {
  test('turning on without the host permission is refused', async () => {
    expect(await setSitePreference({ origin: ORIGIN, alwaysAnnotate: true })).toMatchObject({ ok: false });
    expect(registered.size).toBe(0);
    expect(await listAlwaysAnnotateOrigins()).toEqual([]);
  });

  test('turning on registers the content script for the origin and remembers it; twice is harmless', async () => {
    granted.add(`${ORIGIN}/*`);
    await setSitePreference({ origin: ORIGIN, alwaysAnnotate: true });
    expect(await setSitePreference({ origin: ORIGIN, alwaysAnnotate: true })).toEqual({ ok: true, value: { origin: ORIGIN, alwaysAnnotate: true } });
    expect([...registered.values()]).toEqual([expect.objectContaining({ matches: [`${ORIGIN}/*`], js: ['/content-scripts/content.js'] })]);
    expect(await sitePreference(ORIGIN)).toEqual({ origin: ORIGIN, alwaysAnnotate: true });
  });

  test('the popup’s request and the permission event it causes, arriving together, both succeed', async () => {
    granted.add(`${ORIGIN}/*`);
    const results = await Promise.all([setSitePreference({ origin: ORIGIN, alwaysAnnotate: true }), followPermissions([`${ORIGIN}/*`], true)]);
    expect(results[0]).toMatchObject({ ok: true });
    expect(registered.size).toBe(1);
  });

  test('turning off unregisters, forgets, and gives the permission back', async () => {
    granted.add(`${ORIGIN}/*`);
    await setSitePreference({ origin: ORIGIN, alwaysAnnotate: true });
    await setSitePreference({ origin: ORIGIN, alwaysAnnotate: false });
    expect(registered.size).toBe(0);
    expect(granted.size).toBe(0);
    expect(await sitePreference(ORIGIN)).toEqual({ origin: ORIGIN, alwaysAnnotate: false });
  });
});

describe('syncSiteScripts (background start)', () => {
  test('restores the registration of a remembered site', async () => {
    granted.add(`${ORIGIN}/*`);
    await setAlwaysAnnotate(ORIGIN, true);
    await syncSiteScripts();
    expect(registered.size).toBe(1);
  });

  test('drops a site whose permission was revoked, and registrations nobody asked for', async () => {
    await setAlwaysAnnotate(ORIGIN, true);
    const stale = { id: 'sourcelight-site:https://old.example', matches: ['https://old.example/*'], js: ['/content-scripts/content.js'] };
    registered.set(stale.id, stale);
    await syncSiteScripts();
    expect(registered.size).toBe(0);
    expect(await listAlwaysAnnotateOrigins()).toEqual([]);
  });
});

test.each([
  ['https://example.com/*', 'https://example.com'],
  ['http://127.0.0.1:8080/*', 'http://127.0.0.1'],
  ['*://*/*', null],
  ['https://*.example.com/*', null],
  ['<all_urls>', null],
  ['https://example.com/news/*', null],
])('patternOrigin(%s) = %s', (pattern, origin) => {
  expect(patternOrigin(pattern)).toBe(origin);
});

test('a permission granted or revoked elsewhere turns the site on or off', async () => {
  granted.add(`${ORIGIN}/*`);
  await followPermissions([`${ORIGIN}/*`, '*://*/*'], true);
  expect(await listAlwaysAnnotateOrigins()).toEqual([ORIGIN]);
  granted.clear();
  await followPermissions([`${ORIGIN}/*`], false);
  expect(await listAlwaysAnnotateOrigins()).toEqual([]);
  expect(registered.size).toBe(0);
});

test('a site whose registration fails does not stop the others following, and nothing rejects', async () => {
  const broken = 'https://broken.example';
  granted.add(`${broken}/*`).add(`${ORIGIN}/*`);
  const register = fakeBrowser.scripting.registerContentScripts;
  Object.assign(fakeBrowser.scripting, {
    registerContentScripts: (scripts: Browser.scripting.RegisteredContentScript[]) =>
      scripts.some((s) => s.id.endsWith(broken)) ? Promise.reject(new Error('Invalid url pattern')) : register(scripts),
  });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await expect(followPermissions([`${broken}/*`, `${ORIGIN}/*`], true)).resolves.toBeUndefined();
  expect(await listAlwaysAnnotateOrigins()).toEqual([ORIGIN]);
  expect(warn).toHaveBeenCalledOnce();
  warn.mockRestore();
});
