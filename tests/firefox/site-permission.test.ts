import { afterAll, beforeAll, expect, test } from 'vitest';
import { sendToTabFrom, startTestBed, textOf, type FirefoxTestBed } from './harness';

// "Always annotate on this site" in Firefox: the popup asks for the site's host permission (the
// test profile grants optional permissions without the doorhanger), the background registers a
// content script for the site, a fresh visit is annotated by it alone, and turning it off undoes both.

const EXAMPLE = 'dev/wsws-nato-troops.html';

let bed: FirefoxTestBed;

beforeAll(async () => {
  bed = await startTestBed();
});

afterAll(async () => {
  await bed?.close();
});

test('registers the content script for the site, annotates the next visit, and turns off', async () => {
  const { page, tabId } = await bed.openTab(EXAMPLE);
  await bed.annotate(tabId);
  const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
  const toggle = '.site-toggle';
  await expect.poll(() => textOf(popup, toggle)).toMatch(/^Always annotate on 127\.0\.0\.1/);
  await (await popup.$(toggle))?.click();
  await expect.poll(() => popup.$eval(toggle, (b) => b.getAttribute('aria-pressed'))).toBe('true');
  expect(await textOf(popup, '.site-problem')).toBeNull();
  const registered = () => bed.control.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
  // Match patterns name no port (Firefox rejects one), so the site is the host on every port.
  expect(await registered()).toEqual([['http://127.0.0.1/*']]);

  const visit = await bed.openTab(EXAMPLE);
  await expect
    .poll(async () => {
      const r = await sendToTabFrom(bed.control, visit.tabId, 'sourcelight/status', null);
      return r.ok ? r.value.state : 'no content script';
    })
    .toBe('annotated');

  await (await popup.$(toggle))?.click();
  await expect.poll(() => popup.$eval(toggle, (b) => b.getAttribute('aria-pressed'))).toBe('false');
  expect(await registered()).toEqual([]);
  await Promise.all([popup.close(), page.close(), visit.page.close()]);
});
