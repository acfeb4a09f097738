import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Envelope, PageStatus, Result } from '../lib/messages';
import { findChromium, INSTALL_HINT, isBrandedChrome } from './support/find-chromium';
import { launchExtension } from './support/launch-extension';
import { launchFailureReason } from './support/launch-failure';
import { serveDirectory } from './support/serve-directory';

// npm start: build the extension and show it working on the example article — in a Chromium
// window where there is a display, in the terminal where there is none.

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLE = 'wsws-nato-troops.html';
const EXAMPLE_DIR = join(ROOT, 'tests/fixtures/dev');

const HOW_TO_LOAD = `Load Sourcelight into your own browser:
  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${join(ROOT, '.output/chrome-mv3')}
  Firefox: npm run build:firefox, then about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv3/manifest.json`;

function describeStatus({ state, quotes, claims, anchored, timings }: PageStatus): string {
  const ms = Math.round(timings.extract + timings.detect + timings.anchor + timings.paint);
  return `${state}: ${quotes} quotes and ${claims} figures, ${anchored} of them highlighted, in ${ms} ms.`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const hasDisplay = (): boolean => process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function printInTerminal(): void {
  console.log(`\nNo display here: the example article, annotated by the same library the extension runs.\n`);
  run('npx', ['tsx', 'cli/annotate.ts', join(EXAMPLE_DIR, EXAMPLE), '--format', 'text']);
  console.log(`\n${HOW_TO_LOAD}`);
}

/**
 * A Chromium window with the demo build, on the example article served from 127.0.0.1, annotated
 * through the background exactly as the toolbar button does. The demo build (npm run build:test)
 * may read loopback pages without a click; .output/chrome-mv3 is the build to install.
 */
async function showInChromium(): Promise<void> {
  run('npm', ['run', '-s', 'build:test']);
  const server = await serveDirectory(EXAMPLE_DIR);
  let launched;
  try {
    launched = await launchExtension(join(ROOT, '.output-test/chrome-mv3'), { headless: false });
  } catch (error) {
    await server.close();
    console.log(`\nCould not open a Chromium window: ${launchFailureReason(error)}.`);
    printInTerminal();
    return;
  }
  const { context, extensionId } = launched;
  const article = context.pages()[0] ?? (await context.newPage());
  await article.goto(server.url(EXAMPLE));
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await control.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, server.url(EXAMPLE));
  // The message is spelled out, not built with lib/messages' envelope(): that module needs the extension runtime.
  const annotateTab: Envelope<'sourcelight/annotate-tab'> = { type: 'sourcelight/annotate-tab', request: { tabId } };
  const result = (await control.evaluate((message) => chrome.runtime.sendMessage(message), annotateTab)) as Result<PageStatus>;
  await control.close();
  await article.bringToFront();
  console.log(`\n${server.url(EXAMPLE)}: ${result.ok ? describeStatus(result.value) : result.error}`);
  console.log('Hover over a highlight for its card; the toolbar button opens the popup. Close the window to stop.\n');
  console.log(HOW_TO_LOAD);
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
}

async function main(): Promise<void> {
  run('npx', ['wxt', 'build']);
  const chromium = findChromium();
  if (!hasDisplay() || !chromium) {
    if (hasDisplay()) console.log(`\nNo Chromium to open (${INSTALL_HINT}).`);
    printInTerminal();
    return;
  }
  if (isBrandedChrome(chromium)) {
    console.log(`\n${chromium} is Google Chrome, which no longer loads extensions from the command line.`);
    printInTerminal();
    return;
  }
  await showInChromium();
}

await main();
