import { afterAll, beforeAll, expect, test } from 'vitest';
import { KEEP_AWAKE_MS } from '../../lib/background/keep-awake';
import { expectedFor } from '../browser/harness';
import { sendToRuntimeFrom, startTestBed, type FirefoxTestBed } from './harness';

// Firefox runs the background as an event page, suspended once idle. Here its idle time is cut
// to two keep-awake periods and the page keeps its content script from answering for three idle
// times: the answer the background owes the popup must still arrive.

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
