import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './find-chromium';

// Chromium with one unpacked extension loaded, for the browser tests (headless) and npm start (headed).

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
}

const QUIET_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `userDataDir`: a profile to keep between launches (a fresh temporary one by default).
 * `backForwardCache`: keep Chromium's back-forward cache on (Playwright turns it off by default).
 */
export async function launchExtension(extensionDir: string, options: { headless: boolean; userDataDir?: string; backForwardCache?: boolean }): Promise<LaunchedExtension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium not found: ${INSTALL_HINT}.`);
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath,
    headless: options.headless,
    // Playwright turns Chromium's sandbox off by default; a window the reader sees keeps it (no
    // warning bar), except as root, where Chromium refuses to start with it.
    chromiumSandbox: !options.headless && process.getuid?.() !== 0,
    viewport: options.headless ? { width: 1280, height: 900 } : null,
    args: [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`, ...QUIET_ARGS],
    ignoreDefaultArgs: ['--disable-extensions', ...(options.backForwardCache ? ['--disable-back-forward-cache'] : [])],
  });
  // The extension's service worker's URL is chrome-extension://ID/background.js.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}
