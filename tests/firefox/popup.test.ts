import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import { clickButton, highlightSizes, setViewportSize, startTestBed, textOf, type FirefoxTestBed } from './harness';

// The popup's filter, toggles, "Remove highlights" that sticks, and a correction applied again
// when the page is read afresh — in Firefox, on the example article (38 items).

const EXAMPLE = 'dev/wsws-nato-troops.html';

let bed: FirefoxTestBed;
let article: Page;
let tabId: number;

beforeAll(async () => {
  bed = await startTestBed();
  ({ page: article, tabId } = await bed.openTab(EXAMPLE));
});

afterAll(async () => {
  await bed?.close();
});

async function openPopup(): Promise<Page> {
  const popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
  await setViewportSize(popup, 360, 600);
  await expect.poll(async () => (await popup.$$('.meta-title')).length).toBe(1);
  return popup;
}

const itemCount = async (popup: Page): Promise<number> => (await popup.$$('.item-text')).length;

/** The ::highlight() rules in force on the page (our sheet is in the page's adoptedStyleSheets). */
const styledMarks = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).flatMap((rule) => /::highlight\((sourcelight-[a-z]+)\)/.exec(rule)?.[1] ?? []),
  );

describe('the popup in Firefox', () => {
  test('the filter narrows the lists; hiding figures hides them on the page too', async () => {
    const popup = await openPopup();
    const all = await itemCount(popup);
    await popup.type('input.filter', 'zelensky');
    await expect.poll(() => itemCount(popup)).toBeLessThan(all);
    expect(await itemCount(popup)).toBeGreaterThan(0);
    await popup.$eval('input.filter', (input) => {
      (input as HTMLInputElement).value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => itemCount(popup)).toBe(all);

    expect(await styledMarks(article)).toContain(HIGHLIGHT.claim);
    await popup.click('.toggle-claim input');
    await expect.poll(() => styledMarks(article)).not.toContain(HIGHLIGHT.claim);
    expect(await popup.$('[aria-label="Whose numbers"]')).toBeNull();
    await popup.click('.toggle-claim input');
    await expect.poll(() => styledMarks(article)).toContain(HIGHLIGHT.claim);
    await popup.close();
  });

  test('a figure marked “Not a figure” stays corrected when the page is read afresh', async () => {
    let popup = await openPopup();
    const before = (await highlightSizes(article))[HIGHLIGHT.claim]!;
    await popup.click('[aria-label="Correct this figure"]');
    await clickButton(popup, 'Not a figure');
    await expect.poll(async () => (await popup.$$('.corrected-note')).length).toBe(1);
    await expect.poll(async () => (await highlightSizes(article))[HIGHLIGHT.claim]).toBe(before - 1);
    await popup.close();

    await article.reload();
    popup = await openPopup();
    await expect.poll(async () => (await popup.$$('.corrected-note')).length).toBe(1);
    expect((await highlightSizes(article))[HIGHLIGHT.claim]).toBe(before - 1);
    await popup.close();
  });

  test('“Remove highlights” sticks: the popup opened again leaves the page unmarked until asked', async () => {
    let popup = await openPopup();
    await clickButton(popup, 'Remove highlights');
    await expect.poll(() => textOf(popup, '.notice-title')).toBe('Highlights removed.');
    await popup.close();
    popup = await bed.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => textOf(popup, '.notice-title')).toBe('Highlights removed.');
    expect(await highlightSizes(article)).toEqual({});
    await clickButton(popup, 'Annotate again');
    await expect.poll(async () => (await popup.$$('.meta-title')).length).toBe(1);
    expect(Object.keys(await highlightSizes(article)).length).toBeGreaterThan(0);
    await popup.close();
  });
});
