import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, saveScreenshot, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';
import { serveWikidata, type WikidataServer } from './wikidata-server';

// "Look this outlet up on Wikidata" in the real popup and side panel, against recorded answers on
// 127.0.0.1 (the test build's `?wikidata=` override). The test build grants 127.0.0.1 up front, so
// Chromium's permissions.request answers yes without its dialog, which a headless browser cannot
// click; the refused case is the unit test's (components/WikidataLookup.test.tsx).

let server: FixtureServer;
let wikidata: WikidataServer;
let session: ExtensionSession;
let control: Page;

beforeAll(async () => {
  [server, wikidata] = await Promise.all([serveFixtures(), serveWikidata()]);
  session = await launchExtension();
  control = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await Promise.all([server?.close(), wikidata?.close()]);
});

/** An extension page (`popup.html` or `sidepanel.html`) for the fixture at `path`, its lookup pointed at the recorded Wikidata. */
async function openFor(page: 'popup.html' | 'sidepanel.html', path: string, wikidataOrigin = wikidata.origin): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(server.url(path));
  const tabId = await tabIdOf(control, server.url(path));
  const opened = await session.openExtensionPage(`${page}?tab=${tabId}&wikidata=${encodeURIComponent(wikidataOrigin)}`);
  await opened.setViewportSize({ width: 360, height: 900 });
  await expect.poll(() => opened.locator('.outlet').innerText()).not.toMatch(/Looking the outlet up/);
  return opened;
}

const lookup = (page: Page) => page.locator('.outlet-wikidata-lookup');

/** axe's WCAG A and AA violations in the lookup, light and dark, as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('.outlet-wikidata-lookup').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    found.push(...results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
const wikidataRequests = (): string[] => session.requests.filter((url) => url.startsWith(wikidata.origin));

describe('the Wikidata lookup', () => {
  test('the WSWS card asks nothing until the click; then the item and its labels, shown with their source, kept for the next popup', async () => {
    const popup = await openFor('popup.html', 'dev/wsws-nato-troops.html');
    await expect.poll(() => lookup(popup).innerText()).toContain('Asks wikidata.org about Q1377139 only when you click');
    // The card, the ledger and the reader's own layer are all there, and not one request went out.
    await expect.poll(() => popup.locator('.ledger').count()).toBe(1);
    await expect.poll(() => popup.locator('.outlet-own').count()).toBe(1);
    expect(wikidata.requests).toEqual([]);
    expect(wikidataRequests()).toEqual([]);
    await saveScreenshot(lookup(popup), 'outlet-card-wikidata-before.png');

    await popup.getByRole('button', { name: 'Look this outlet up on Wikidata' }).click();
    await expect.poll(() => lookup(popup).locator('.wikidata-facts').count()).toBe(1);
    expect(wikidata.requests).toEqual(['/wiki/Special:EntityData/Q1377139.json', expect.stringMatching(/^\/w\/api\.php\?action=wbgetentities&ids=Q1153191%7C/)]);
    const text = await lookup(popup).innerText();
    expect(text).toContain('World Socialist Web Site (Q1377139) — online publication of the International Committee of the Fourth International');
    expect(text).toMatch(/Publisher\s+International Committee of the Fourth International/);
    expect(text).toMatch(/Country\s+United States/);
    expect(text).toMatch(/Inception\s+1998-02-14/);
    expect(text).toMatch(/Official website\s+https:\/\/www\.wsws\.org\//);
    expect(text).toMatch(/Source: Wikidata, Q1377139 \(edited 2026-09-14, CC0 1\.0\) · fetched \d{4}-\d\d-\d\d/);
    expect(await lookup(popup).locator('.outlet-source a').getAttribute('href')).toBe('https://www.wikidata.org/w/index.php?title=Q1377139&oldid=2398173554');
    expect(await violations(popup)).toEqual([]);
    await saveScreenshot(popup.locator('.outlet'), 'outlet-card-wikidata.png', { readme: true });

    // Kept in IndexedDB: the next popup shows it at once, and asks nothing.
    const again = await openFor('popup.html', 'dev/wsws-nato-troops.html');
    await expect.poll(() => lookup(again).innerText()).toMatch(/Country\s+United States/);
    expect(wikidata.requests).toHaveLength(2);

    // Refresh asks again, on request only.
    await again.getByRole('button', { name: 'Refresh from Wikidata' }).click();
    await expect.poll(() => wikidata.requests.length).toBe(4);
    await expect.poll(() => lookup(again).locator('[role=status]').innerText()).toBe('');
    expect(session.errors.filter((e) => e.startsWith('chrome-extension:'))).toEqual([]);
  });

  test('in the side panel, an outlet the tables do not know: searched by its domain, then by the name the reader types; they pick one', async () => {
    const before = wikidata.requests.length;
    const panel = await openFor('sidepanel.html', 'news/www.americanow.com.html');
    // The page names itself in a meta tag no extractor reads, so the card knows only its domain.
    await expect.poll(() => lookup(panel).innerText()).toContain('Searches wikidata.org for “americanow.com” only when you click');
    expect(wikidata.requests).toHaveLength(before);

    await panel.getByRole('button', { name: 'Look this outlet up on Wikidata' }).click();
    await expect.poll(() => lookup(panel).innerText()).toContain('Wikidata has no item named “americanow.com”.');
    await panel.getByLabel('Search Wikidata for').fill('America Now');
    await panel.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => panel.locator('.wikidata-candidate').count()).toBe(3);
    expect(await violations(panel)).toEqual([]);
    expect(wikidata.requests.slice(before)).toEqual([
      expect.stringMatching(/^\/w\/api\.php\?action=wbsearchentities&search=americanow\.com&/),
      expect.stringMatching(/^\/w\/api\.php\?action=wbsearchentities&search=America\+Now&/),
    ]);
    await saveScreenshot(panel.locator('.outlet'), 'sidepanel-wikidata-candidates.png');
    await panel.locator('.wikidata-candidate', { hasText: 'news aggregation website' }).click();
    await expect.poll(() => lookup(panel).innerText()).toMatch(/Owned by\s+unknown value \(since 2019\), Dallas Media Holdings \(2017-03 – 2019\)/);
    expect(wikidata.requests.slice(before + 2, before + 3)).toEqual(['/wiki/Special:EntityData/Q130576881.json']);
    await saveScreenshot(panel.locator('.outlet'), 'sidepanel-wikidata-search.png');
    expect(session.errors.filter((e) => e.startsWith('chrome-extension:'))).toEqual([]);
  });

  test('a picked item can be searched for again; a search with no match says so', async () => {
    const popup = await openFor('popup.html', 'news/www.americanow.com.html');
    await popup.getByRole('button', { name: 'Not this outlet? Search again' }).click();
    await popup.getByLabel('Search Wikidata for').fill('nothing by this name');
    await popup.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => lookup(popup).innerText()).toContain('Wikidata has no item named “nothing by this name”.');
  });

  test('an item Wikidata does not have: the BBC’s id from the tables is not among the recorded answers', async () => {
    const popup = await openFor('popup.html', 'dev/bbc-obama-guns.html');
    await popup.getByRole('button', { name: 'Look this outlet up on Wikidata' }).click();
    await expect.poll(() => lookup(popup).locator('.problem').innerText()).toMatch(/^Wikidata has no item Q\d+ \(it may have been deleted\)\.$/);
    await expect(popup.getByRole('button', { name: 'Look this outlet up on Wikidata' }).isEnabled()).resolves.toBe(true);
  });

  test('offline (nothing answers at the address): the card says so', async () => {
    // A port that was free a moment ago and is closed now: the request fails as it does offline.
    const gone = await serveWikidata();
    await gone.close();
    const popup = await openFor('popup.html', 'dev/wsws-nato-troops.html', gone.origin);
    // WSWS's lookup was kept by the first test: the card shows it, and Refresh asks the closed address.
    await expect.poll(() => lookup(popup).innerText()).toMatch(/Country\s+United States/);
    await popup.getByRole('button', { name: 'Refresh from Wikidata' }).click();
    await expect.poll(() => lookup(popup).locator('.problem').innerText()).toBe('Wikidata could not be reached: you seem to be offline. Try again once you are connected.');
    // What was kept stays on the card.
    expect(await lookup(popup).innerText()).toMatch(/Country\s+United States/);
  });
});
