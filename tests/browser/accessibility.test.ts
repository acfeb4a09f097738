import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleLibrary } from '../../lib/library/sample-library';
import { launchExtension, saveScreenshot, sendToRuntimeFrom, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';
import { putLibraryRecords } from './put-library-records';

// axe-core (WCAG 2.x A and AA rules) over the extension's own pages, each in the light and the
// dark colour scheme: the popup on an annotated article, the side panel beside it, the library
// with the two example articles kept.

const EXAMPLE = 'dev/wsws-nato-troops.html';
const SCHEMES = ['light', 'dark'] as const;

let server: FixtureServer;
let session: ExtensionSession;
let control: Page;
let tabId: number;

/** axe's violations as "rule: target, target" lines, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Keeps the sample library's records, through the library page's own IndexedDB. */
async function seedLibrary(): Promise<void> {
  const page = await session.openExtensionPage('library.html');
  await page.getByText('Nothing kept yet').waitFor();
  await page.evaluate(putLibraryRecords, sampleLibrary());
  await page.close();
}

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchExtension();
  control = await session.openExtensionPage('popup.html');
  const article = await session.context.newPage();
  await article.goto(server.url(EXAMPLE));
  tabId = await tabIdOf(control, server.url(EXAMPLE));
  const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId });
  if (!result.ok) throw new Error(result.error);
  await seedLibrary();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.each(SCHEMES)('axe-core, %s colour scheme', (scheme) => {
  test('the popup on an annotated article has no violations', async () => {
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 360, height: 600 });
    await expect.poll(() => popup.locator('.meta-title').count()).toBe(1);
    expect(await violations(popup)).toEqual([]);
    if (scheme === 'dark') {
      // The lists of speakers and figures, with a focused item: what the dark scheme is mostly about.
      const item = popup.locator('.item').first();
      await item.evaluate((element) => element.closest('.section')?.scrollIntoView());
      await item.focus();
      await saveScreenshot(popup, 'popup-dark.png', { readme: true });
    }
    await popup.close();
  });

  test('the side panel has no violations', async () => {
    const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => panel.locator('textarea, .empty, .notes').count()).toBeGreaterThan(0);
    expect(await violations(panel)).toEqual([]);
    if (scheme === 'dark') await saveScreenshot(panel, 'side-panel-dark.png', { readme: true });
    await panel.close();
  });

  test('the library page has no violations', async () => {
    const library = await session.openExtensionPage('library.html');
    await library.emulateMedia({ colorScheme: scheme });
    await library.setViewportSize({ width: 1280, height: 800 });
    await library.locator('.row').first().waitFor();
    expect(await violations(library)).toEqual([]);
    if (scheme === 'dark') await saveScreenshot(library, 'library-dark.png', { readme: true });
    await library.close();
  });
});

describe('the extension’s words and icons', () => {
  test('its name, description and the card’s words come from _locales (English shipped); icons 16–128 px', async () => {
    const page = await session.openExtensionPage('popup.html');
    const found = await page.evaluate(async () => {
      const self = await chrome.management.getSelf();
      const sizes = await Promise.all(
        [16, 32, 48, 96, 128].map(async (size) => {
          const bitmap = await createImageBitmap(await (await fetch(`/icon/${size}.png`)).blob());
          return [bitmap.width, bitmap.height];
        }),
      );
      return { name: self.name, description: self.description, hint: chrome.i18n.getMessage('cardEscToClose'), sizes };
    });
    expect(found).toEqual({
      name: 'Sourcelight',
      description: 'See who is speaking and whose numbers you are reading, while you read.',
      hint: 'Esc to close',
      sizes: [16, 32, 48, 96, 128].map((size) => [size, size]),
    });
    await page.close();
  });
});
