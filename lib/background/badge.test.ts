import { fakeBrowser } from '#imports';
import { beforeEach, expect, test } from 'vitest';
import type { PageStatus } from '../messages';
import { showBadge, showFailure } from './badge';

const TIMINGS = { extract: 1, detect: 1, anchor: 1, paint: 1 };
const status = (quotes: number, claims: number): PageStatus => ({ state: 'annotated', quotes, claims, anchored: quotes + claims, timings: TIMINGS });

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ action: { default_title: 'Annotate this article (Sourcelight)' } }) });
});

test.each([
  [status(3, 4), '7'],
  [status(0, 0), ''],
  [{ ...status(0, 0), state: 'not-article' } as PageStatus, ''],
  [{ ...status(0, 0), state: 'working' } as PageStatus, '…'],
  [{ ...status(0, 0), state: 'cancelled' } as PageStatus, ''],
  [{ ...status(30, 10), lost: 8 } as PageStatus, '32'],
  [{ ...status(2, 0), lost: 2 } as PageStatus, ''],
  [{ ...status(0, 0), state: 'page-changed' } as PageStatus, 'new'],
])('the badge counts quotes and claims: %j → %j', async (s, text) => {
  await showBadge(5, s);
  expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe(text);
  expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
});

test('a failure shows on the badge and in the tooltip, until the next run succeeds', async () => {
  await showFailure(5, "Sourcelight can't run on this page.");
  expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
  expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toContain("can't run on this page");
  await showBadge(5, status(1, 1));
  expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2');
  expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Annotate this article (Sourcelight)');
});

test('a long run shows "…" on the badge while the page is read, then the count', async () => {
  await showBadge(5, { ...status(0, 0), state: 'working', progress: { stage: 'anchor', done: 0, total: 40 } });
  expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('…');
  await showBadge(5, status(30, 10));
  expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('40');
});

test.each([
  [{ ...status(30, 10), lost: 1 }, 'Sourcelight: 1 of the marked items is no longer on the page'],
  [{ ...status(30, 10), lost: 8 }, 'Sourcelight: 8 of the marked items are no longer on the page'],
  [{ ...status(0, 0), state: 'page-changed' } as PageStatus, 'Sourcelight: the page moved to another article'],
  [status(30, 10), 'Annotate this article (Sourcelight)'],
])('the tooltip says what the count leaves out: %j', async (s, title) => {
  await showBadge(5, s);
  expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toContain(title);
});
