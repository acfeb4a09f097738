import { fakeBrowser, type Browser } from '#imports';
import { beforeEach, expect, test } from 'vitest';
import type { Handlers, MessageType, RequestOf, ResponseOf, Result } from '../messages';
import { pageHandlers } from './page-handlers';
import { NOT_ALLOWED } from './senders';

type Sender = Browser.runtime.MessageSender;

const POPUP: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const CONTENT_SCRIPT: Sender = { id: 'test-extension-id', url: 'https://news.example.com/a', frameId: 0, tab: { id: 7 } as Browser.tabs.Tab };
const SUBFRAME: Sender = { ...CONTENT_SCRIPT, frameId: 3 };
const OTHER_EXTENSION: Sender = { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' };
const TIMINGS = { extract: 1, detect: 1, anchor: 1, paint: 1 };

let handlers: Handlers;

function call<K extends MessageType>(type: K, request: RequestOf<K>, sender: Sender): Promise<Result<ResponseOf<K>>> {
  const handler = handlers[type] as (request: RequestOf<K>, sender: Sender) => Result<ResponseOf<K>> | Promise<Result<ResponseOf<K>>>;
  return Promise.resolve(handler(request, sender));
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ action: { default_title: 'Sourcelight' } }) });
  handlers = pageHandlers();
});

test('the popup’s requests are refused from a content script and from another extension', async () => {
  for (const sender of [CONTENT_SCRIPT, OTHER_EXTENSION]) {
    expect(await call('sourcelight/annotate-tab', { tabId: 9 }, sender)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/site-preference', { origin: 'https://evil.example' }, sender)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/set-site-preference', { origin: 'https://evil.example', alwaysAnnotate: true }, sender)).toEqual({
      ok: false,
      error: NOT_ALLOWED,
    });
  }
});

test('the popup may read a site’s preference', async () => {
  expect(await call('sourcelight/site-preference', { origin: 'https://news.example.com' }, POPUP)).toEqual({
    ok: true,
    value: { origin: 'https://news.example.com', alwaysAnnotate: false },
  });
});

test('a page’s status sets its own tab’s badge, from our top-frame content script only', async () => {
  const status = { state: 'annotated' as const, quotes: 2, claims: 1, anchored: 3, timings: TIMINGS };
  for (const sender of [SUBFRAME, OTHER_EXTENSION, POPUP]) {
    expect(await call('sourcelight/page-status', status, sender)).toEqual({ ok: false, error: NOT_ALLOWED });
  }
  expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  expect(await call('sourcelight/page-status', status, CONTENT_SCRIPT)).toEqual({ ok: true, value: null });
  expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
});

test('detection answers our content script, not another extension', async () => {
  const text = 'Officials said 40 people were hurt.';
  expect(await call('sourcelight/detect', { text }, CONTENT_SCRIPT)).toMatchObject({ ok: true, value: { claims: [{ value: 40 }] } });
  expect(await call('sourcelight/detect', { text }, OTHER_EXTENSION)).toEqual({ ok: false, error: NOT_ALLOWED });
});

test('a content script learns whether its own tab’s site is always annotated, from the tab’s address; nobody else asks', async () => {
  const { setAlwaysAnnotate } = await import('../store/site-prefs');
  const tab = { id: 7, url: 'https://news.example.com/next-story' } as Browser.tabs.Tab;
  expect(await call('sourcelight/page-moved', null, { ...CONTENT_SCRIPT, tab })).toEqual({ ok: true, value: { alwaysAnnotate: false } });
  await setAlwaysAnnotate('https://news.example.com', true);
  expect(await call('sourcelight/page-moved', null, { ...CONTENT_SCRIPT, tab })).toEqual({ ok: true, value: { alwaysAnnotate: true } });
  for (const sender of [POPUP, SUBFRAME, OTHER_EXTENSION]) {
    expect(await call('sourcelight/page-moved', null, sender)).toEqual({ ok: false, error: NOT_ALLOWED });
  }
});

test('the page’s UI is injected into the asking tab’s top frame, for our top-frame content script only', async () => {
  const injected: unknown[] = [];
  Object.assign(fakeBrowser.scripting, { executeScript: async (injection: unknown) => (injected.push(injection), []) });
  for (const sender of [SUBFRAME, OTHER_EXTENSION, POPUP]) {
    expect(await call('sourcelight/page-ui', null, sender)).toEqual({ ok: false, error: NOT_ALLOWED });
  }
  expect(injected).toEqual([]);
  expect(await call('sourcelight/page-ui', null, CONTENT_SCRIPT)).toEqual({ ok: true, value: null });
  expect(injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['/page-ui.js'] }]);
});
