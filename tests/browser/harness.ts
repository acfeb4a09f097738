import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { envelope, type MessageType, type RequestOf, type ResponseOf, type Result } from '../../lib/messages';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';

// Real Chromium with the test build of the extension (npm run build:test), pages served from
// tests/fixtures on loopback. Everything a test may want to assert about the session is
// collected here: every request made and every console error, from pages and the service worker.

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const EXTENSION = join(ROOT, '.output-test/chrome-mv3');
export const ARTIFACTS = join(ROOT, 'tests/artifacts');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** CHROME_PATH, a usual install location, or a browser on PATH; otherwise a one-line instruction. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const installed = CANDIDATES.find((p) => existsSync(p));
  if (installed) return installed;
  for (const name of ON_PATH) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      continue;
    }
  }
  throw new Error('Chromium not found: install Chromium (apt-get install chromium) or set CHROME_PATH.');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `root` read-only on 127.0.0.1 at a free port. */
export async function serveFixtures(root = FIXTURES): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    // The saved pages have no icon; an answer keeps Chromium's automatic request from logging a 404.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = join(root, path);
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

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

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium, headless, with only the extension at `extensionDir` loaded. */
export async function launchExtension(extensionDir = EXTENSION): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No extension build at ${extensionDir}: run npm run build:test.`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...CHROMIUM_ARGS],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
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
  // Recorded above, then stopped: a test must never reach the internet, whatever a page asks for.
  await context.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  context.on('page', watchPage);
  context.on('serviceworker', watchWorker);
  context.pages().forEach(watchPage);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  context.serviceWorkers().forEach(watchWorker);
  const extensionId = new URL(worker.url()).host;

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
  return page.evaluate(([id, message]) => chrome.tabs.sendMessage(id, message), [tabId, envelope(type, request)] as const) as Promise<
    Result<ResponseOf<K>>
  >;
}

/** The browser's id of the newest tab showing `url` (Chromium numbers tabs in opening order), asked from an extension page. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const ids = await extensionPage.evaluate(async (u) => (await chrome.tabs.query({ url: u })).flatMap((t) => (t.id === undefined ? [] : [t.id])), url);
  if (ids.length === 0) throw new Error(`No tab shows ${url}`);
  return Math.max(...ids);
}
