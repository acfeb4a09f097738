import { expect, test } from 'vitest';
import { requestedExtensionPage } from './open-extension-page';

test.each([
  ['http://127.0.0.1:4000/__sourcelight-test/open?page=popup.html%3Ftab%3D5', 'popup.html?tab=5'],
  ['http://localhost/__sourcelight-test/open?page=popup.html', 'popup.html'],
  ['https://127.0.0.1/__sourcelight-test/open?page=popup.html', null],
  ['http://example.com/__sourcelight-test/open?page=popup.html', null],
  ['http://127.0.0.1/other?page=popup.html', null],
  ['http://127.0.0.1/__sourcelight-test/open?page=https%3A%2F%2Fexample.com%2F', null],
  ['http://127.0.0.1/__sourcelight-test/open?page=..%2Fetc.html', null],
  ['http://127.0.0.1/__sourcelight-test/open', null],
  ['not a url', null],
])('requestedExtensionPage(%s) = %s', (url, page) => {
  expect(requestedExtensionPage(url)).toBe(page);
});
