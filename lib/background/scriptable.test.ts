import { expect, test } from 'vitest';
import { CANNOT_RUN, FILE_ACCESS_OFF, injectionFailureReason, siteOrigin, unscriptableReason } from './scriptable';

test.each([
  ['https://www.example.com/news/1', null],
  ['http://127.0.0.1:8080/a.html', null],
  ['file:///home/me/article.html', null],
  [undefined, null],
  ['chrome://extensions/', CANNOT_RUN],
  ['chrome://newtab/', CANNOT_RUN],
  ['edge://settings', CANNOT_RUN],
  ['about:blank', CANNOT_RUN],
  ['about:debugging', CANNOT_RUN],
  ['chrome-extension://abc/popup.html', CANNOT_RUN],
  ['moz-extension://abc/popup.html', CANNOT_RUN],
  ['view-source:https://example.com/', CANNOT_RUN],
  ['data:text/html,<p>hi</p>', CANNOT_RUN],
  ['https://chromewebstore.google.com/detail/x/abc', CANNOT_RUN],
  ['https://chrome.google.com/webstore/category/extensions', CANNOT_RUN],
  ['https://chrome.google.com/search?q=x', null],
  ['https://addons.mozilla.org/en-US/firefox/', CANNOT_RUN],
  ['https://microsoftedge.microsoft.com/addons/home', CANNOT_RUN],
  ['not a url', CANNOT_RUN],
])('unscriptableReason(%s)', (url, reason) => {
  expect(unscriptableReason(url)).toBe(reason);
});

test.each([
  ['file:///tmp/a.html', FILE_ACCESS_OFF],
  ['https://example.com/a.pdf', CANNOT_RUN],
  [undefined, CANNOT_RUN],
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
