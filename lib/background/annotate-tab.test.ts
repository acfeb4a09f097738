import { fakeBrowser } from '#imports';
import { beforeEach, expect, test, vi } from 'vitest';
import { fail, ok, type Envelope, type PageStatus } from '../messages';
import { annotateActiveTab, annotateTab, CONTENT_SCRIPT, noAnswer } from './annotate-tab';
import { cannotRun, fileAccessOff } from './scriptable';

const ANNOTATED: PageStatus = { state: 'annotated', quotes: 2, claims: 1, anchored: 3, timings: { extract: 1, detect: 1, anchor: 1, paint: 1 } };

let tabUrl: string;
let contentScriptRunning: boolean;
const executeScript = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  tabUrl = 'https://news.example.com/story';
  contentScriptRunning = false;
  executeScript.mockImplementation(async () => {
    contentScriptRunning = true;
    return [];
  });
  Object.assign(fakeBrowser.scripting, { executeScript });
  Object.assign(fakeBrowser.tabs, {
    get: async (id: number) => ({ id, url: tabUrl }),
    sendMessage: async (_id: number, message: Envelope) => {
      if (!contentScriptRunning) throw new Error('Could not establish connection. Receiving end does not exist.');
      return message.type === 'sourcelight/annotate' ? ok(ANNOTATED) : ok({ ...ANNOTATED, state: 'idle' });
    },
  });
});

test('injects the content script, then asks it to annotate', async () => {
  expect(await annotateTab(4)).toEqual(ok(ANNOTATED));
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: [CONTENT_SCRIPT] });
});

test('does not inject a second copy where a content script answers', async () => {
  contentScriptRunning = true;
  expect(await annotateTab(4)).toEqual(ok(ANNOTATED));
  expect(executeScript).not.toHaveBeenCalled();
});

test.each(['chrome://settings', 'https://chromewebstore.google.com/detail/abc', 'about:addons'])('%s is refused before trying', async (url) => {
  tabUrl = url;
  expect(await annotateTab(4)).toEqual(fail(cannotRun()));
  expect(executeScript).not.toHaveBeenCalled();
});

test('a failed injection becomes a readable error result', async () => {
  executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
  expect(await annotateTab(4)).toEqual(fail(cannotRun()));
});

test('a local file without file access says how to allow it', async () => {
  tabUrl = 'file:///home/me/article.html';
  executeScript.mockRejectedValue(new Error('Cannot access contents of url "file:///home/me/article.html".'));
  expect(await annotateTab(4)).toEqual(fail(fileAccessOff()));
});

test('a tab that is gone is an error result', async () => {
  Object.assign(fakeBrowser.tabs, { get: () => Promise.reject(new Error('No tab with id: 4.')) });
  expect(await annotateTab(4)).toMatchObject({ ok: false });
});

test('a page that navigates away before answering gets a message that says so, not the browser’s', async () => {
  contentScriptRunning = true;
  Object.assign(fakeBrowser.tabs, {
    sendMessage: async (_id: number, message: Envelope) => {
      if (message.type === 'sourcelight/annotate') throw new Error('The message port closed before a response was received.');
      return ok({ ...ANNOTATED, state: 'idle' });
    },
  });
  expect(await annotateTab(4)).toEqual(fail(noAnswer()));
});

test('the keyboard command shows a failure on the badge, and rejects nothing even when the tab has gone meanwhile', async () => {
  tabUrl = 'chrome://settings';
  await annotateActiveTab(4);
  expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('!');
  Object.assign(fakeBrowser.action, { setBadgeBackgroundColor: () => Promise.reject(new Error('No tab with id: 4.')) });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await expect(annotateActiveTab(4)).resolves.toBeUndefined();
  expect(warn).toHaveBeenCalledOnce();
  warn.mockRestore();
});

test('a run dropped because a newer copy of the content script replaced it is asked again, and the newer copy answers', async () => {
  contentScriptRunning = true;
  const replies = [ok({ ...ANNOTATED, state: 'idle' }), ok({ ...ANNOTATED, state: 'idle' }), ok(ANNOTATED)];
  Object.assign(fakeBrowser.tabs, { sendMessage: async () => replies.shift() });
  expect(await annotateTab(4)).toEqual(ok(ANNOTATED));
});
