import { expect, test } from 'vitest';
import { cannotRun, fileAccessOff, injectionFailureReason, siteOrigin, unscriptableReason } from './scriptable';

test.each([
  ['https://www.example.com/news/1', null],
  ['http://127.0.0.1:8080/a.html', null],
  ['file:///home/me/article.html', null],
  [undefined, null],
  ['chrome://extensions/', cannotRun()],
  ['chrome://newtab/', cannotRun()],
  ['edge://settings', cannotRun()],
  ['about:blank', cannotRun()],
  ['about:debugging', cannotRun()],
  ['chrome-extension://abc/popup.html', cannotRun()],
  ['moz-extension://abc/popup.html', cannotRun()],
  ['view-source:https://example.com/', cannotRun()],
  ['data:text/html,<p>hi</p>', cannotRun()],
  ['https://chromewebstore.google.com/detail/x/abc', cannotRun()],
  ['https://chrome.google.com/webstore/category/extensions', cannotRun()],
  ['https://chrome.google.com/search?q=x', null],
  ['https://addons.mozilla.org/en-US/firefox/', cannotRun()],
  ['https://microsoftedge.microsoft.com/addons/home', cannotRun()],
  ['not a url', cannotRun()],
])('unscriptableReason(%s)', (url, reason) => {
  expect(unscriptableReason(url)).toBe(reason);
});

test.each([
  ['file:///tmp/a.html', fileAccessOff()],
  ['https://example.com/a.pdf', cannotRun()],
  [undefined, cannotRun()],
])('injectionFailureReason(%s)', (url, reason) => {
  expect(injectionFailureReason(url)).toBe(reason);
});

test.each([
  ['https://www.example.com/news/1?x=1#y', 'https://www.example.com'],
  ['http://127.0.0.1:8080/a.html', 'http://127.0.0.1'],
  ['https://news.example:8443/a', 'https://news.example'],
  ['http://[::1]:3000/', 'http://[::1]'],
  ['file:///tmp/a.html', null],
  ['chrome://version', null],
  ['garbage', null],
  [undefined, null],
])('siteOrigin(%s) = %s', (url, origin) => {
  expect(siteOrigin(url)).toBe(origin);
});
