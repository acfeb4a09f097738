import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTIFACTS } from '../browser/harness';
import { setViewportSize, startTestBed, textOf, type FirefoxTestBed } from './harness';

// The outlet card in Firefox's popup: looked up in a module worker of the extension page (Firefox
// 114+ runs those) from the bundled tables, by the page's canonical address.

let bed: FirefoxTestBed;

beforeAll(async () => {
  bed = await startTestBed();
});

afterAll(async () => {
  await bed?.close();
});

test('the WSWS page: World Socialist Web Site, its Wikidata id, Wikipedia’s status, read from the bundled tables', async () => {
  const { page, tabId } = await bed.openTab('dev/wsws-nato-troops.html');
  const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
  await setViewportSize(popup, 360, 600);
  await expect.poll(() => textOf(popup, '.outlet')).toMatch(/World Socialist Web Site/);
  await expect.poll(() => textOf(popup, '.outlet')).not.toMatch(/Looking the outlet up/);
  const card = (await textOf(popup, '.outlet')) ?? '';
  expect(card).toContain('Q1377139');
  expect(card).toContain('No consensus');
  expect(card).toMatch(/Served from 127\.0\.0\.1; the page names wsws\.org/);
  await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup-outlet.png') as `${string}.png` });
  expect(bed.session.requests.filter((url) => !url.startsWith(bed.server.origin) && !url.startsWith('moz-extension:'))).toEqual([]);
  expect(bed.session.errors).toEqual([]);
  await Promise.all([popup.close(), page.close()]);
});

test('an outlet in no table: "No open data about this outlet"', async () => {
  const { page, tabId } = await bed.openTab('news/www.americanow.com.html');
  const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
  await expect.poll(() => textOf(popup, '.outlet')).toMatch(/No open data about this outlet\./);
  expect(await textOf(popup, '.outlet')).toContain('americanow.com');
  await Promise.all([popup.close(), page.close()]);
});
