import { describe, expect, it } from 'vitest';
import { launchFailureReason } from './launch-failure';

const playwrightNoX = `browserType.launchPersistentContext: Target page, context or browser has been closed
Browser logs:

╔════════════════════════════════════════════════════════════════════════════════════════════════╗
║ Looks like you launched a headed browser without having a XServer running.                     ║
║ Set either 'headless: true' or use 'xvfb-run <your-playwright-app>' before running Playwright. ║
╚════════════════════════════════════════════════════════════════════════════════════════════════╝
[pid=123][err] [123:123:1203/040000.000000:ERROR:ui/ozone/platform/x11/ozone_platform_x11.cc:249] Missing X server or $DISPLAY`;

describe('launchFailureReason', () => {
  it.each([
    [new Error(playwrightNoX), { DISPLAY: ':99' }, 'no X server answers at DISPLAY=:99'],
    [new Error('[err] Unable to open X display.'), { DISPLAY: 'host:0' }, 'no X server answers at DISPLAY=host:0'],
    [new Error('browserType.launchPersistentContext: Failed to launch: spawn /usr/bin/chromium EACCES\nCall log: …'), {}, 'Failed to launch: spawn /usr/bin/chromium EACCES'],
    ['plain string', {}, 'plain string'],
  ])('%#: one line for the reader', (error, env, reason) => {
    expect(launchFailureReason(error, env)).toBe(reason);
  });
});
