import { fakeBrowser } from '#imports';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ok } from '../messages';
import { KEEP_AWAKE_MS, keepingAwake, keptAwake } from './keep-awake';

const getPlatformInfo = vi.fn(async () => ({ os: 'linux', arch: 'x86-64' }));

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  getPlatformInfo.mockClear();
  Object.assign(fakeBrowser.runtime, { getPlatformInfo });
});

afterEach(() => {
  vi.useRealTimers();
});

/** A promise and the function that settles it. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

test('calls the extension API every KEEP_AWAKE_MS while work is pending, and stops when it settles', async () => {
  const work = deferred<string>();
  const running = keepingAwake(() => work.promise);
  await vi.advanceTimersByTimeAsync(5 * KEEP_AWAKE_MS);
  expect(getPlatformInfo).toHaveBeenCalledTimes(5);
  work.resolve('done');
  expect(await running).toBe('done');
  await vi.advanceTimersByTimeAsync(5 * KEEP_AWAKE_MS);
  expect(getPlatformInfo).toHaveBeenCalledTimes(5);
});

test('one timer for overlapping work, kept until the last settles; a failure still stops it', async () => {
  const first = deferred<void>();
  const second = deferred<void>();
  const a = keepingAwake(() => first.promise);
  const b = keepingAwake(async () => {
    await second.promise;
    throw new Error('no answer');
  });
  await vi.advanceTimersByTimeAsync(2 * KEEP_AWAKE_MS);
  expect(getPlatformInfo).toHaveBeenCalledTimes(2);
  first.resolve();
  await a;
  await vi.advanceTimersByTimeAsync(2 * KEEP_AWAKE_MS);
  expect(getPlatformInfo).toHaveBeenCalledTimes(4);
  second.resolve();
  await expect(b).rejects.toThrow('no answer');
  await vi.advanceTimersByTimeAsync(2 * KEEP_AWAKE_MS);
  expect(getPlatformInfo).toHaveBeenCalledTimes(4);
});

test('an API that fails to answer does not break the work it keeps awake', async () => {
  getPlatformInfo.mockImplementation(() => {
    throw new Error('not available');
  });
  const work = deferred<number>();
  const running = keepingAwake(() => work.promise);
  await vi.advanceTimersByTimeAsync(3 * KEEP_AWAKE_MS);
  work.resolve(7);
  expect(await running).toBe(7);
});

test('keptAwake wraps every handler, passing the request and sender through', async () => {
  const handlers = keptAwake({ 'sourcelight/site-preference': async ({ origin }) => ok({ origin, alwaysAnnotate: true }) });
  const answer = await handlers['sourcelight/site-preference']?.({ origin: 'https://example.com' }, {});
  expect(answer).toEqual(ok({ origin: 'https://example.com', alwaysAnnotate: true }));
});
