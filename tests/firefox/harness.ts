import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { envelope, type MessageType, type PageStatus, type RequestOf, type ResponseOf, type Result } from '../../lib/messages';
import { OPEN_EXTENSION_PAGE_PATH } from '../../lib/test-build/open-extension-page';
import { FIREFOX_INSTALL_HINT, findFirefox } from '../../scripts/support/find-firefox';
import { serveFixtures, type FixtureServer } from '../browser/harness';

// Real Firefox (ESR 140+) driven by puppeteer-core over WebDriver BiDi, with the Firefox test build
// of the extension (npm run test:firefox builds it) installed as a temporary add-on. Pages come
// from the same loopback fixture server as the Chromium tests.

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION = join(ROOT, '.output-test/firefox-mv3');
export const EXTENSION_ID = 'sourcelight@sourcelight.example';
/** Fixed by a preference, so the extension's pages have a known origin. */
export const EXTENSION_UUID = '5f0c3c0e-6b8a-4d1c-9e55-50e7c1a9f001';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
  'xpinstall.signatures.required': false,
  // permissions.request() from the popup grants without the doorhanger a headless browser cannot click.
  'extensions.webextOptionalPermissionPrompts': false,
  // Anything but loopback (which Firefox never proxies) goes to a closed port: a test never
  // reaches the internet, whatever a saved page links to; each request is still recorded.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 1,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 1,
  'network.proxy.share_proxy_settings': true,
};

export interface FirefoxSession {
  browser: Browser;
  /** Every URL (but data: ones) requested by the pages opened with newPage / openExtensionPage, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions in those pages, prefixed with where they happened. */
  errors: string[];
  /** A new tab, watched for requests and errors. */
  newPage(): Promise<Page>;
  /** A page of the extension (`popup.html?tab=5`) in a new tab, opened through the test build's hook. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Polls `condition` every 100 ms until it holds (for hooks, where expect.poll is not allowed). */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Firefox, headless, with a fresh profile (PREFS, then `prefs`) and only the extension at
 * `extensionDir` installed. Requests to `server` and to `otherServers` (loopback origins of other
 * test servers) go through; any other is answered with nothing.
 */
export async function launchFirefoxExtension(
  server: FixtureServer,
  prefs: Record<string, unknown> = {},
  extensionDir = EXTENSION,
  otherServers: readonly string[] = [],
): Promise<FirefoxSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No extension build at ${extensionDir}: run npm run test:firefox.`);
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(`Firefox not found: ${FIREFOX_INSTALL_HINT}.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { ...PREFS, ...prefs },
  });
  const installed = await browser.installExtension(extensionDir);
  if (installed !== EXTENSION_ID) throw new Error(`Installed ${installed}, expected ${EXTENSION_ID}`);

  const requests: string[] = [];
  const errors: string[] = [];
  const local = (url: string): boolean => [server.origin, ...otherServers, EXTENSION_ORIGIN].some((origin) => url.startsWith(`${origin}/`)) || url.startsWith('data:');
  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    // Recorded, then answered here with nothing when it leaves loopback, as in the Chromium tests: a
    // saved page's trackers and redirects get an empty answer instead of an error page.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:')) requests.push(url);
      void (local(url) ? request.continue() : request.respond({ status: 204 })).catch(() => null);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => void errors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
    return page;
  };

  return {
    browser,
    requests,
    errors,
    newPage,
    async openExtensionPage(path) {
      const page = await newPage();
      const target = `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
      // Navigated by the page itself, not page.goto: the hook turns the tab into the extension
      // page, and goto would wait for a load event BiDi never reports.
      const request = server.url(`${OPEN_EXTENSION_PAGE_PATH}?page=${encodeURIComponent(path.replace(/^\//, ''))}`);
      await page.evaluate((url) => void location.assign(url), request);
      // Asked of the page itself: BiDi reports no navigation to an extension page, so page.url() stays behind.
      await until(() => page.evaluate((t) => location.href === t && document.readyState === 'complete', target).catch(() => false), `${target}`);
      return page;
    },
    close: () => browser.close(),
  };
}

/** A message sent from an extension page to the background, as the popup sends it. */
export function sendToRuntimeFrom<K extends MessageType>(page: Page, type: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  return page.evaluate((message) => chrome.runtime.sendMessage(message), envelope(type, request)) as Promise<Result<ResponseOf<K>>>;
}

/** A message sent from an extension page to a tab's content script. */
export function sendToTabFrom<K extends MessageType>(page: Page, tabId: number, type: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  return page.evaluate((id, message) => chrome.tabs.sendMessage(id, message), tabId, envelope(type, request)) as Promise<Result<ResponseOf<K>>>;
}

/** The browser's id of the newest tab showing `url`, asked from an extension page. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  // Every tab, filtered here: Firefox's match patterns (tabs.query's url) cannot name a port.
  const ids = await extensionPage.evaluate(async (u) => (await chrome.tabs.query({})).flatMap((t) => (t.url === u && t.id !== undefined ? [t.id] : [])), url);
  if (ids.length === 0) throw new Error(`No tab shows ${url}`);
  return Math.max(...ids);
}

/** The loopback fixture server, Firefox with the extension, and a control tab: an extension page that plays the popup's part. */
export interface FirefoxTestBed {
  server: FixtureServer;
  session: FirefoxSession;
  control: Page;
  /** A fixture page in a new tab, and that tab's id. */
  openTab(path: string): Promise<{ page: Page; tabId: number }>;
  /** Annotate `tabId` through the background, as the popup and the toolbar do. */
  annotate(tabId: number): Promise<PageStatus>;
  close(): Promise<void>;
}

/** `prefs` are added to the profile's (a test of the event page shortens its idle time); `otherServers` are loopback origins the browser may reach besides the fixtures'. */
export async function startTestBed(prefs: Record<string, unknown> = {}, otherServers: readonly string[] = []): Promise<FirefoxTestBed> {
  const server = await serveFixtures();
  const session = await launchFirefoxExtension(server, prefs, EXTENSION, otherServers).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const control = await session.openExtensionPage('popup.html');
  return {
    server,
    session,
    control,
    async openTab(path) {
      const page = await session.newPage();
      await page.goto(server.url(path));
      return { page, tabId: await tabIdOf(control, server.url(path)) };
    },
    async annotate(tabId) {
      const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId });
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/** The number of ranges in each of our highlights, read from the page's own (main-world) registry. */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')).map((k) => [k, CSS.highlights.get(k)?.size ?? 0])));
}

/**
 * Resize `page`'s viewport. puppeteer sends BiDi's screen-orientation override along with the
 * size, a command Firefox 140 does not know; its refusal can arrive before the size is applied,
 * so the size is awaited in the page.
 */
export async function setViewportSize(page: Page, width: number, height: number): Promise<void> {
  await page.setViewport({ width, height }).catch(() => null);
  await until(() => page.evaluate((w, h) => innerWidth === w && innerHeight === h, width, height), `a ${width}×${height} viewport`);
}

/** The text (as written, before any CSS text-transform) of the first element matching `selector`, or null when there is none. */
export async function textOf(page: Page, selector: string): Promise<string | null> {
  const element = await page.$(selector);
  return element ? element.evaluate((e) => e.textContent) : null;
}

/** Click the button whose text is `name`, once it is there. */
export async function clickButton(page: Page, name: string): Promise<void> {
  // An element handle, not a Locator: a Locator waits for animation frames, which a tab in the
  // background of headless Firefox does not get.
  const selector = `button::-p-text(${name})`;
  await until(async () => (await page.$(selector)) !== null, `a ${name} button`);
  await (await page.$(selector))?.click();
}
