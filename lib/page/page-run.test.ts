import { expect, test, vi } from 'vitest';
import { replacePreviousRun } from './page-run';

test('a second copy stops the first, once; the first copy stops nothing', () => {
  const world = {};
  const first = vi.fn();
  const second = vi.fn();
  replacePreviousRun(world, first);
  expect(first).not.toHaveBeenCalled();
  replacePreviousRun(world, second);
  expect(first).toHaveBeenCalledTimes(1);
  expect(second).not.toHaveBeenCalled();
});

test('copies in different worlds (frames, pages) leave each other alone', () => {
  const stop = vi.fn();
  replacePreviousRun({}, stop);
  replacePreviousRun({}, vi.fn());
  expect(stop).not.toHaveBeenCalled();
});
