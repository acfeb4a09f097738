import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cannotRun } from '../../lib/background/scriptable';
import { expectedFor, FIXTURES } from '../browser/harness';
import { clickButton, highlightSizes, sendToRuntimeFrom, sendToTabFrom, startTestBed, textOf, type FirefoxTestBed } from './harness';

// Every labelled dev page annotated in Firefox as lib annotates it outside the browser, and the
// pages Sourcelight cannot annotate, with what the popup says about each.

const DEV_PAGES = readdirSync(join(FIXTURES, 'dev')).filter((f) => f.endsWith('.html'));

let bed: FirefoxTestBed;

beforeAll(async () => {
  bed = await startTestBed();
});

afterAll(async () => {
  await bed?.close();
});

describe('every labelled dev page', () => {
  test.each(DEV_PAGES)('%s', async (name) => {
    const path = `dev/${name}`;
    const expected = await expectedFor(bed.server, path);
    const { page, tabId } = await bed.openTab(path);
    const status = await bed.annotate(tabId);
    await page.close();
    expect(status).toMatchObject({ state: 'annotated', quotes: expected.quotes.length, claims: expected.claims.length });
    expect(status.anchored).toBeGreaterThanOrEqual(Math.floor(0.9 * (expected.quotes.length + expected.claims.length)));
  });
});

describe('pages Sourcelight cannot annotate', () => {
  test('a page that is not an article gets the not-article state, in the popup too', async () => {
    const { page, tabId } = await bed.openTab('browser/not-article.html');
    expect(await bed.annotate(tabId)).toMatchObject({ state: 'not-article', quotes: 0, claims: 0 });
    expect(await highlightSizes(page)).toEqual({});
    const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => textOf(popup, '.notice-title')).toBe("This page doesn't look like an article.");
    await Promise.all([popup.close(), page.close()]);
  });

  test('a page too short to pass as an article is read when the user asks for it anyway', async () => {
    const { page, tabId } = await bed.openTab('browser/short-item.html');
    const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => textOf(popup, '.notice-title')).toBe("This page doesn't look like an article.");
    await clickButton(popup, 'Annotate it anyway');
    await expect.poll(() => textOf(popup, '.meta-title')).toBe('Flood warning lifted');
    expect(await sendToTabFrom(bed.control, tabId, 'sourcelight/status', null)).toMatchObject({ ok: true, value: { state: 'annotated' } });
    await Promise.all([popup.close(), page.close()]);
  });

  test('a browser page and an extension page get a clear error result, not a throw', async () => {
    const blank = await bed.control.evaluate(async () => (await chrome.tabs.create({ url: 'about:blank', active: false })).id as number);
    expect(await sendToRuntimeFrom(bed.control, 'sourcelight/annotate-tab', { tabId: blank })).toEqual({ ok: false, error: cannotRun() });
    const popup = await bed.session.openExtensionPage(`popup.html?tab=${blank}`);
    await expect.poll(() => textOf(popup, '.notice-title')).toBe(cannotRun());
    await popup.close();
    await bed.control.evaluate((id) => chrome.tabs.remove(id), blank);

    const self = await bed.control.evaluate(async () => (await chrome.tabs.getCurrent())?.id as number);
    expect(await sendToRuntimeFrom(bed.control, 'sourcelight/annotate-tab', { tabId: self })).toEqual({ ok: false, error: cannotRun() });
  });
});
