import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTIFACTS } from '../browser/harness';
import { serveWikidata, type WikidataServer } from '../browser/wikidata-server';
import { clickButton, setViewportSize, startTestBed, textOf, until, type FirefoxTestBed } from './harness';

// "Look this outlet up on Wikidata" in Firefox's popup, against the recorded answers on 127.0.0.1
// (the test build's `?wikidata=`). The profile grants optional permissions without the doorhanger;
// permissions.request still has to come from the click, which Firefox checks.

let wikidata: WikidataServer;
let bed: FirefoxTestBed;

beforeAll(async () => {
  wikidata = await serveWikidata();
  bed = await startTestBed({}, [wikidata.origin]);
});

afterAll(async () => {
  await bed?.close();
  await wikidata?.close();
});

test('the WSWS card asks nothing until the click, then shows the item’s facts with their source', async () => {
  const { page, tabId } = await bed.openTab('dev/wsws-nato-troops.html');
  const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}&wikidata=${encodeURIComponent(wikidata.origin)}`);
  await setViewportSize(popup, 360, 900);
  await expect.poll(() => textOf(popup, '.outlet-wikidata-lookup')).toMatch(/Asks wikidata\.org about Q1377139 only when you click/);
  await expect.poll(() => textOf(popup, '.outlet-own')).not.toBeNull();
  expect(wikidata.requests).toEqual([]);

  await clickButton(popup, 'Look this outlet up on Wikidata');
  await until(async () => (await popup.$('.wikidata-facts')) !== null, 'the Wikidata facts');
  expect(wikidata.requests).toEqual(['/wiki/Special:EntityData/Q1377139.json', expect.stringMatching(/^\/w\/api\.php\?action=wbgetentities&ids=Q1153191%7C/)]);
  const text = (await textOf(popup, '.outlet-wikidata-lookup')) ?? '';
  expect(text).toContain('PublisherInternational Committee of the Fourth International');
  expect(text).toContain('CountryUnited States');
  expect(text).toMatch(/Source: Wikidata, Q1377139 \(edited 2026-09-14, CC0 1\.0\) · fetched \d{4}-\d\d-\d\d/);
  await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup-wikidata.png') as `${string}.png` });
  expect(bed.session.requests.filter((url) => ![bed.server.origin, wikidata.origin, 'moz-extension:'].some((o) => url.startsWith(o)))).toEqual([]);
  expect(bed.session.errors).toEqual([]);
  await Promise.all([popup.close(), page.close()]);
});
