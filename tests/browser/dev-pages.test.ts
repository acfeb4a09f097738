import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectedFor, FIXTURES, launchExtension, sendToRuntimeFrom, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

// Every labelled dev page, as saved (their own scripts run; what they ask from other hosts gets an
// empty answer): the extension must annotate each like lib does outside the browser, and find
// the items in the live page.

const PAGES = readdirSync(join(FIXTURES, 'dev')).filter((f) => f.endsWith('.html'));

let server: FixtureServer;
let session: ExtensionSession;
let control: Page;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchExtension();
  control = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test.each(PAGES)('%s', async (name) => {
  const path = `dev/${name}`;
  const expected = await expectedFor(server, path);

  const page = await session.context.newPage();
  await page.goto(server.url(path));
  const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId: await tabIdOf(control, server.url(path)) });
  await page.close();
  if (!result.ok) throw new Error(result.error);
  expect(result.value).toMatchObject({ state: 'annotated', quotes: expected.quotes.length, claims: expected.claims.length });
  expect(result.value.anchored).toBeGreaterThanOrEqual(Math.floor(0.9 * (expected.quotes.length + expected.claims.length)));
});
