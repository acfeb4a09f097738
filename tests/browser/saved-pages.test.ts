import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageStatus } from '../../lib/messages';
import { FIXTURES, launchExtension, sendToRuntimeFrom, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

// Every saved real page (tests/fixtures/pages, the corpus's 130) and news page (tests/fixtures/news,
// 40), as saved, their own scripts off (see below): each is annotated with no uncaught error, its markup
// as it was, and a clear state — annotated, or "not an article" with the reason. One browser, one
// tab at a time. The per-page table is printed at the end, so a reader of the CI log sees every page.

const SETS = ['pages', 'news'] as const;
const pagesOf = (set: string): string[] =>
  readdirSync(join(FIXTURES, set))
    .filter((f) => f.endsWith('.html'))
    .sort();

interface Row {
  page: string;
  state: string;
  quotes: number;
  claims: number;
  anchored: number;
  markup: 'same' | 'CHANGED';
  errors: number;
  note: string;
}

let server: FixtureServer;
let session: ExtensionSession;
let control: Page;
const rows: Row[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchExtension();
  control = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  printTable(rows);
  await session?.close();
  await server?.close();
});

/** The page's markup as the page itself would serialise it, minus what our overlay adds outside <body>. */
const bodyMarkup = (page: Page): Promise<string> => page.evaluate(() => document.body?.outerHTML ?? document.documentElement.outerHTML);

async function annotatePage(path: string): Promise<Row> {
  const page = await session.context.newPage();
  try {
    // The page's own scripts off: the saved pages' scripts edit their own markup on timers and on
    // failed requests (aktualne's anti-adblock script removes its stylesheets after its probe
    // request gets the test's empty answer), which made the markup comparison flaky. Our content
    // script runs in its own world and is not affected; hostile-pages.test.ts runs page scripts.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(server.url(path));
    const errorsBefore = session.errors.length;
    const before = await bodyMarkup(page);
    const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId: await tabIdOf(control, server.url(path)) });
    const after = await bodyMarkup(page);
    const errors = session.errors.slice(errorsBefore).filter(isOurs);
    const status: Partial<PageStatus> = result.ok ? result.value : { state: 'error', message: result.error };
    return {
      page: path,
      state: status.state ?? '?',
      quotes: status.quotes ?? 0,
      claims: status.claims ?? 0,
      anchored: status.anchored ?? 0,
      markup: after === before ? 'same' : 'CHANGED',
      errors: errors.length,
      note: [status.message ?? '', ...errors].filter(Boolean).join(' | ').slice(0, 160),
    };
  } finally {
    await page.close();
  }
}

/** Errors of the extension's own making (the page's own scripts log theirs, about the requests they cannot make). */
function isOurs(error: string): boolean {
  return /sourcelight|chrome-extension:|service worker/i.test(error);
}

function printTable(table: Row[]): void {
  if (table.length === 0) return;
  const header = ['page', 'state', 'quotes', 'claims', 'anchored', 'markup', 'errors', 'note'];
  const lines = table.map((r) => [r.page, r.state, r.quotes, r.claims, r.anchored, r.markup, r.errors, r.note].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (i === header.length - 1 ? 0 : l[i]!.length))));
  const format = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const annotated = table.filter((r) => r.state === 'annotated').length;
  const notArticle = table.filter((r) => r.state === 'not-article').length;
  const passed = table.filter(passes).length;
  console.log(
    [`Saved pages in Chromium: ${passed}/${table.length} passed (${annotated} annotated, ${notArticle} not an article)`, format(header), ...lines.map(format)].join('\n'),
  );
}

function passes(row: Row): boolean {
  return (row.state === 'annotated' || (row.state === 'not-article' && row.note.length > 0)) && row.markup === 'same' && row.errors === 0;
}

for (const set of SETS) {
  describe(`every saved page in tests/fixtures/${set}`, () => {
    test.each(pagesOf(set))('%s', async (name) => {
      const row = await annotatePage(`${set}/${name}`);
      rows.push(row);
      expect(row.errors, row.note).toBe(0);
      expect(row.markup).toBe('same');
      expect(['annotated', 'not-article'], row.note).toContain(row.state);
      if (row.state === 'not-article') expect(row.note).not.toBe('');
      expect(row.anchored).toBeLessThanOrEqual(row.quotes + row.claims);
    });
  });
}
