import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { detect, type Detection } from '../../lib/detect/detect';
import { extractArticle } from '../../lib/extract/extract';
import type { ArticleMeta } from '../../lib/model';
import { launchExtension as launch } from '../../scripts/support/launch-extension';
import { serveDirectory, type DirectoryServer } from '../../scripts/support/serve-directory';
import { envelope, type MessageType, type RequestOf, type ResponseOf, type Result } from '../../lib/messages';
import { type BrowserContext, type ConsoleMessage, type Locator, type Page, type Worker } from 'playwright-core';

// Real Chromium with the test build of the extension (npm run build:test), pages served from
// tests/fixtures on loopback. Everything a test may want to assert about the session is
// collected here: every request made and every console error, from pages and the service worker.

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const EXTENSION = join(ROOT, '.output-test/chrome-mv3');
export const ARTIFACTS = join(ROOT, 'tests/artifacts');
const README_SCREENSHOTS = join(ROOT, 'docs/screenshots');

export type FixtureServer = DirectoryServer;

/**
 * A screenshot of `target` in tests/artifacts/NAME, to look at after a run. A `readme` shot is also
 * copied to docs/screenshots/NAME, but only when asked (SOURCELIGHT_UPDATE_SCREENSHOTS=1), so a test
 * run leaves the work tree as it was.
 */
export async function saveScreenshot(target: Page | Locator, name: string, { readme = false } = {}): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  const artifact = join(ARTIFACTS, name);
  await target.screenshot({ path: artifact });
  if (readme && process.env.SOURCELIGHT_UPDATE_SCREENSHOTS === '1') await copyFile(artifact, join(README_SCREENSHOTS, name));
}

/** tests/fixtures on 127.0.0.1. */
export const serveFixtures = (): Promise<FixtureServer> => serveDirectory(FIXTURES);

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Every URL the browser requested, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions, prefixed with where they happened. */
  errors: string[];
  /** A page of the extension (chrome-extension://ID/path). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** What lib gives for a fixture outside the browser (served at its loopback URL): the figures the extension must match. */
export async function expectedFor(server: FixtureServer, path: string): Promise<Detection & { meta: ArticleMeta }> {
  const html = await readFile(join(FIXTURES, path), 'utf8');
  const extracted = extractArticle(new JSDOM(html, { url: server.url(path) }).window.document);
  if (!extracted.ok) throw new Error(`${path} does not extract: ${extracted.message}`);
  return { meta: extracted.article.meta, ...detect(extracted.article.text, extracted.article.blockQuotes) };
}

/**
 * Chromium, headless, with only the extension at `extensionDir` loaded; `userDataDir` keeps the
 * profile between launches; `backForwardCache` keeps the browser's back-forward cache on.
 */
export async function launchExtension(extensionDir = EXTENSION, userDataDir?: string, { backForwardCache = false } = {}): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No extension build at ${extensionDir}: run npm run build:test.`);
  const { context, extensionId } = await launch(extensionDir, { headless: true, userDataDir, backForwardCache });
  const requests: string[] = [];
  const errors: string[] = [];
  const watchConsole = (where: string) => (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`${where}: ${message.text()}`);
  };
  const watchPage = (page: Page): void => {
    page.on('console', (message) => watchConsole(page.url())(message));
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  const watchWorker = (worker: Worker): void => {
    worker.on('console', watchConsole('service worker'));
  };
  context.on('request', (request) => requests.push(request.url()));
  // Recorded above, then answered here with nothing: a test never reaches the internet, whatever a
  // saved page asks for, and an empty answer (unlike a blocked one) logs no console error.
  await context.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/, (route) => route.fulfill({ status: 204 }));
  context.on('page', watchPage);
  context.on('serviceworker', watchWorker);
  context.pages().forEach(watchPage);
  context.serviceWorkers().forEach(watchWorker);

  return {
    context,
    extensionId,
    requests,
    errors,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    close: () => context.close(),
  };
}

/** A message sent from an extension page to the background, as the popup sends it. */
export function sendToRuntimeFrom<K extends MessageType>(page: Page, type: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  return page.evaluate((message) => chrome.runtime.sendMessage(message), envelope(type, request)) as Promise<Result<ResponseOf<K>>>;
}

/** A message sent from an extension page to a tab's content script. */
export function sendToTabFrom<K extends MessageType>(page: Page, tabId: number, type: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  return page.evaluate(([id, message]) => chrome.tabs.sendMessage(id, message), [tabId, envelope(type, request)] as const) as Promise<Result<ResponseOf<K>>>;
}

/** The browser's id of the newest tab showing `url` (Chromium numbers tabs in opening order), asked from an extension page. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const ids = await extensionPage.evaluate(async (u) => (await chrome.tabs.query({ url: u })).flatMap((t) => (t.id === undefined ? [] : [t.id])), url);
  if (ids.length === 0) throw new Error(`No tab shows ${url}`);
  return Math.max(...ids);
}

/** Elements beside <head> and <body> on the page: our overlay's host is the only one a test page gets. */
export function overlayHosts(page: Page): Promise<number> {
  return page.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length);
}

/**
 * Our overlay's closed shadow tree, reached through the DevTools protocol: neither the page nor
 * Playwright's locators can enter a closed shadow root, which is the point of closing it. Clicks
 * and typing are real input at the element's place; only finding the element goes behind the page.
 */
export interface OverlayTree {
  count(selector: string): Promise<number>;
  text(selector: string): Promise<string | null>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
}

interface ProtocolNode {
  nodeId: number;
  localName?: string;
  children?: ProtocolNode[];
  shadowRoots?: Array<ProtocolNode & { shadowRootType?: string }>;
}

export async function overlayTree(page: Page): Promise<OverlayTree> {
  const cdp = await page.context().newCDPSession(page);
  const find = async (selector: string): Promise<number[]> => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: ProtocolNode };
    const html = root.children?.find((n) => n.localName === 'html');
    const closedRoots = (html?.children ?? []).flatMap((n) => n.shadowRoots ?? []).filter((r) => r.shadowRootType === 'closed');
    const found = await Promise.all(closedRoots.map((r) => cdp.send('DOM.querySelectorAll', { nodeId: r.nodeId, selector })));
    return found.flatMap((f) => f.nodeIds);
  };
  const call = async <T>(selector: string, functionDeclaration: string): Promise<T | null> => {
    const [nodeId] = await find(selector);
    if (nodeId === undefined) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration, returnByValue: true });
    return result.value as T;
  };
  const centre = async (selector: string): Promise<{ x: number; y: number }> => {
    const point = await call<{ x: number; y: number }>(selector, 'function () { const b = this.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; }');
    if (!point) throw new Error(`Nothing in the overlay matches ${selector}`);
    return point;
  };
  const click = async (selector: string): Promise<void> => {
    const { x, y } = await centre(selector);
    await page.mouse.click(x, y);
  };
  return {
    count: async (selector) => (await find(selector)).length,
    text: (selector) => call<string>(selector, 'function () { return this.textContent; }'),
    click,
    async type(selector, text) {
      await click(selector);
      await page.keyboard.type(text);
    },
  };
}
