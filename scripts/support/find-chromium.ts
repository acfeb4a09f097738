import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// A Chromium that loads unpacked extensions from the command line. Branded Google Chrome stopped
// honouring --load-extension (version 137), so Chromium and Chrome for Testing come first.

const INSTALLED: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    `${process.env.LOCALAPPDATA ?? ''}\\Chromium\\Application\\chrome.exe`,
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const INSTALL_HINT = 'install Chromium: apt-get install chromium (or set CHROME_PATH)';

/** CHROME_PATH, a usual install location, or a browser on PATH; null when there is none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const installed = (INSTALLED[process.platform] ?? []).find((p) => existsSync(p));
  if (installed) return installed;
  for (const name of ON_PATH) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      continue;
    }
  }
  return null;
}

/** Branded Chrome ignores --load-extension: the caller should say how to load the extension by hand. */
export const isBrandedChrome = (path: string): boolean => /google[- ]chrome(?!.*for testing)/i.test(path);
