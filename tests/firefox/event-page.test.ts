import { afterAll, beforeAll, expect, test } from 'vitest';
import { KEEP_AWAKE_MS } from '../../lib/background/keep-awake';
import { expectedFor } from '../browser/harness';
import { sendToRuntimeFrom, sendToTabFrom, startTestBed, type FirefoxTestBed } from './harness';

// Firefox runs the background as an event page, suspended once idle. Here its idle time is cut
// to two keep-awake periods: an answer the background owes must still arrive however long the page
// takes, and a page's detection request must wake a suspended background.

const IDLE_MS = 2 * KEEP_AWAKE_MS;
const PAGE = 'dev/wsws-nato-troops.html';

let bed: FirefoxTestBed;

beforeAll(async () => {
  bed = await startTestBed({ 'extensions.background.idle.timeout': IDLE_MS });
});

afterAll(async () => {
  await bed?.close();
});

test('the background answers an annotation that outlasts its idle time', async () => {
  const expected = await expectedFor(bed.server, PAGE);
  const { page, tabId } = await bed.openTab(PAGE);
  // The page's main thread (where the content script runs) is busy from now on, without holding up this evaluate.
  await page.evaluate((ms) => {
    setTimeout(() => {
      const until = Date.now() + ms;
      while (Date.now() < until);
    }, 0);
  }, 3 * IDLE_MS);
  const result = await sendToRuntimeFrom(bed.control, 'sourcelight/annotate-tab', { tabId });
  expect(result).toMatchObject({ ok: true, value: { state: 'annotated', quotes: expected.quotes.length, claims: expected.claims.length } });
  await page.close();
});

test('a page annotated by its site registration wakes the suspended background for detection', async () => {
  const expected = await expectedFor(bed.server, PAGE);
  const on = await sendToRuntimeFrom(bed.control, 'sourcelight/set-site-preference', { origin: 'http://127.0.0.1', alwaysAnnotate: true });
  expect(on.ok).toBe(true);
  // Nothing asks anything of the background for three idle times: it is suspended by now.
  await new Promise((done) => setTimeout(done, 3 * IDLE_MS));
  // The visit alone runs the content script, which sends its text to the background to detect.
  const { page, tabId } = await bed.openTab(PAGE);
  await expect
    .poll(async () => {
      const r = await sendToTabFrom(bed.control, tabId, 'sourcelight/status', null);
      return r.ok ? r.value : null;
    })
    .toMatchObject({ state: 'annotated', quotes: expected.quotes.length, claims: expected.claims.length });
  await sendToRuntimeFrom(bed.control, 'sourcelight/set-site-preference', { origin: 'http://127.0.0.1', alwaysAnnotate: false });
  await page.close();
});
