import { existsSync } from 'node:fs';

// Firefox 140 or later (the first ESR with the CSS Custom Highlight API), for the Firefox tests.

const INSTALLED = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const FIREFOX_INSTALL_HINT = 'install Firefox ESR 140 or later: apt-get install firefox-esr (or set FIREFOX_PATH)';

/** FIREFOX_PATH or a usual install location; null when there is none. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return INSTALLED.find((p) => existsSync(p)) ?? null;
}
