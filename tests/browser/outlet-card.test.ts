import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS, launchExtension, saveScreenshot, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

// The outlet card in the real popup: looked up in its worker from the page's canonical address
// (the fixtures are served from 127.0.0.1 but name their real site), never from the network.

let server: FixtureServer;
let session: ExtensionSession;
let control: Page;
/** The popup's own measure of each lookup (worker start, tables indexed, answer), for the report; never asserted. */
const lookupMs: Record<string, number> = {};
/** Requests made from the extension's pages and workers (the pages' own requests are theirs). */
const fromExtension: string[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchExtension();
  session.context.on('request', (request) => {
    let origin: string;
    try {
      origin = request.frame().url();
    } catch {
      origin = 'a worker';
    }
    if (/^(chrome-extension:|a worker)/.test(origin)) fromExtension.push(`${origin} → ${request.url()}`);
  });
  control = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The popup for the fixture at `path`, once its outlet card has finished looking up. */
async function cardFor(path: string): Promise<{ popup: Page; card: string }> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  const tabId = await tabIdOf(control, server.url(path));
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 360, height: 600 });
  const card = popup.locator('.outlet');
  await expect.poll(() => card.count()).toBe(1);
  await expect.poll(() => card.innerText()).not.toMatch(/Looking the outlet up/);
  lookupMs[path] = await popup.evaluate(() => performance.getEntriesByName('sourcelight-outlet-lookup')[0]?.duration ?? -1);
  return { popup, card: await card.innerText() };
}

describe('the outlet card', () => {
  test('the WSWS perspective: World Socialist Web Site, its Wikidata id, Wikipedia’s status, the Perspective label', async () => {
    const { popup, card } = await cardFor('dev/wsws-nato-troops.html');
    expect(card).toContain('World Socialist Web Site');
    expect(card).toMatch(/Perspective/i);
    expect(card).toContain('Q1377139');
    expect(card).toContain('No consensus');
    expect(card).toMatch(/Served from 127\.0\.0\.1; the page names wsws\.org/);
    expect(card).toMatch(/Source: Wikipedia: Reliable sources\/Perennial sources \(2026-04-18, CC BY-SA 4\.0\)/);
    await popup.locator('.outlet-summary summary').first().click();
    expect(await popup.locator('.outlet-summary p').first().innerText()).toMatch(/online news and information publication/);
    await popup.locator('.outlet-summary summary').first().click();
    await saveScreenshot(popup.locator('.outlet'), 'outlet-card-wsws.png');
    const ledger = await popup.locator('.ledger').innerText();
    expect(ledger).toMatch(/the New York Times outlet ×\d · nytimes\.com/);
    expect(ledger).toMatch(/Washington Post outlet ×\d · washingtonpost\.com/);
    expect(ledger).toContain('the US Army War College Quarterly');
    expect(ledger).toMatch(/Quoted: .*Emmanuel Macron/);
    await saveScreenshot(popup, 'popup-outlet.png', { readme: true });
  });

  test('Global Research: Wikipedia’s "generally unreliable" status and summary', async () => {
    const { popup, card } = await cardFor('dev/globalresearch-nato-troops.html');
    expect(card).toContain('Generally unreliable');
    await popup.locator('.outlet-summary summary').first().click();
    expect(await popup.locator('.outlet-summary p').first().innerText()).toMatch(/conspiracy theories/);
    const ledger = await popup.locator('.ledger').innerText();
    expect(ledger).toContain('InfoBrics');
    expect(ledger).toMatch(/Links to: infobrics\.org ×23/);
    await saveScreenshot(popup.locator('.outlet'), 'outlet-card-globalresearch.png');
  });

  test('the side panel shows the same card and ledger', async () => {
    const path = 'dev/globalresearch-nato-troops.html';
    const tabId = await tabIdOf(control, server.url(path));
    const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 800 });
    await expect.poll(() => panel.locator('.outlet').count()).toBe(1);
    await expect.poll(() => panel.locator('.outlet').innerText()).toContain('Generally unreliable');
    await expect.poll(() => panel.locator('.ledger').innerText()).toContain('InfoBrics');
    await saveScreenshot(panel, 'sidepanel-outlet.png');
  });

  test('the BBC is independent public media, never "state media"', async () => {
    const { popup, card } = await cardFor('dev/bbc-obama-guns.html');
    expect(card).toContain('Independent public media');
    // The only "state media" on the card is the name of the typology's publisher.
    expect(card).toContain('State Media Monitor');
    expect(card.replaceAll('State Media Monitor', '')).not.toMatch(/state media/i);
    await saveScreenshot(popup.locator('.outlet'), 'outlet-card-bbc.png');
  });

  test('an outlet in no table: "No open data about this outlet"', async () => {
    const { popup, card } = await cardFor('news/www.americanow.com.html');
    expect(card).toContain('No open data about this outlet.');
    expect(card).toContain('americanow.com');

    // The reader's own profile, kept in the notes database: written, shown, still there on reopening.
    await popup.getByRole('button', { name: 'Write your own profile of americanow.com' }).click();
    await popup.getByLabel('Labels').fill('partisan, aggregator');
    await popup.getByLabel('Notes').fill('Rewrites wire stories with a slant.');
    await popup.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => popup.locator('.own-label').allInnerTexts()).toEqual(['partisan', 'aggregator']);

    // A malformed source list is refused with its line, and nothing is imported.
    const file = popup.locator('.own-file');
    await file.setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('domain,rating\namericanow.com,low\n"oops.com,x\n') });
    await expect.poll(() => popup.locator('.outlet-own .problem').innerText()).toMatch(/broken\.csv, line 3: .*Nothing was imported\./);
    expect(await popup.locator('.own-list').count()).toBe(0);

    // A good one shows on the card under the file's name, editable and removable.
    await file.setInputFiles({
      name: 'my-sources.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Site,Rating,Owner\nhttps://www.americanow.com/,low,unknown\nwsws.org,medium,ICFI\n'),
    });
    await expect.poll(() => popup.locator('.own-list').innerText()).toMatch(/my-sources\.csv\s+Rating: low · Owner: unknown/);
    await popup.locator('.own-list').getByRole('button', { name: 'Edit' }).click();
    await popup.locator('.own-field', { hasText: 'Owner' }).locator('input').fill('Dallas holding');
    await popup.locator('.own-list').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.own-list-fields').innerText()).toBe('Rating: low · Owner: Dallas holding');
    await saveScreenshot(popup.locator('.outlet'), 'outlet-card-unknown.png');

    const again = await cardFor('news/www.americanow.com.html');
    await expect.poll(() => again.popup.locator('.own-label').count()).toBe(2);
    await expect.poll(() => again.popup.locator('.own-list').count()).toBe(1);
    await again.popup.locator('.own-list').getByRole('button', { name: 'Remove this list' }).click();
    await expect.poll(() => again.popup.locator('.own-list').count()).toBe(0);
  });

  test('looking up requested nothing outside the extension: the tables are bundled', async () => {
    await writeFile(join(ARTIFACTS, 'outlet-card-requests.txt'), `${fromExtension.join('\n')}\n`);
    await writeFile(join(ARTIFACTS, 'outlet-lookup-ms.json'), `${JSON.stringify(lookupMs, null, 2)}\n`);
    expect(fromExtension.filter((r) => !/→ (chrome-extension:|chrome:)/.test(r))).toEqual([]);
    expect(session.errors.filter((e) => e.startsWith('chrome-extension:') || e.startsWith('service worker'))).toEqual([]);
  });
});
