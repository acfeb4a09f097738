import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createSettleTimer } from './settle-timer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A timer on fake time; `pokes` are the times (ms) at which changes arrive. */
function runAt(pokes: number[], until: number): number[] {
  const runs: number[] = [];
  const timer = createSettleTimer(
    () => runs.push(Date.now()),
    { quietMs: 100, maxWaitMs: 500 },
    () => Date.now(),
  );
  const start = Date.now();
  for (const at of pokes) {
    vi.advanceTimersByTime(at - (Date.now() - start));
    timer.poke();
  }
  vi.advanceTimersByTime(until - (Date.now() - start));
  return runs.map((t) => t - start);
}

test.each([
  ['one change runs once, after the quiet spell', [0], [100]],
  ['a burst runs once, after its last change', [0, 50, 90], [190]],
  ['two bursts far apart run twice', [0, 1000], [100, 1100]],
  // A clock ticking every 60 ms never leaves a quiet spell: the deadline runs it anyway.
  ['changes that never stop run by the deadline', Array.from({ length: 20 }, (_, i) => i * 60), [500, 1040, 1240]],
])('%s', (_name, pokes, runs) => {
  expect(runAt(pokes, 2000)).toEqual(runs);
});

test('flush runs a waiting run now, once; cancel drops it', () => {
  const run = vi.fn();
  const timer = createSettleTimer(run, { quietMs: 100, maxWaitMs: 500 }, () => Date.now());
  timer.flush();
  expect(run).not.toHaveBeenCalled();
  timer.poke();
  timer.flush();
  vi.advanceTimersByTime(1000);
  expect(run).toHaveBeenCalledTimes(1);
  timer.poke();
  timer.cancel();
  vi.advanceTimersByTime(1000);
  expect(run).toHaveBeenCalledTimes(1);
});
