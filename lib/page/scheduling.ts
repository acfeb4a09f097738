// Long work on the page's main thread, cut into slices so the page keeps answering input and
// painting between them: no task of ours should approach the 50 ms a long task starts at.

/** How long one slice of work may run before it yields to the page. */
export const SLICE_MS = 8;

export interface Scheduler {
  /** Resolves in a later task, after the page has had its turn. */
  yield(): Promise<void>;
  /** Milliseconds, to measure a slice. */
  now(): number;
}

type SchedulerGlobal = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

/**
 * `scheduler.yield()` where the browser has it (the continuation keeps its priority, ahead of
 * other scripts' tasks); else a MessageChannel task, which, unlike setTimeout(0), is not clamped
 * to 4 ms after a few nestings.
 */
export function yieldToMain(): Promise<void> {
  const native = (globalThis as SchedulerGlobal).scheduler;
  if (typeof native?.yield === 'function') return native.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export const mainThreadScheduler: Scheduler = { yield: yieldToMain, now: () => performance.now() };

/** Thrown out of sliced work when its run was cancelled or dropped. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * Calls `step` until it returns false, yielding to the page whenever a slice has run SLICE_MS;
 * between slices, a run no longer `live` stops with Cancelled. Returns the milliseconds spent
 * working (slices only, not the waits between them).
 */
export async function runInSlices(scheduler: Scheduler, step: () => boolean, live: () => boolean): Promise<number> {
  let worked = 0;
  let more = true;
  while (more) {
    if (!live()) throw new Cancelled();
    const started = scheduler.now();
    do more = step();
    while (more && scheduler.now() - started < SLICE_MS);
    worked += scheduler.now() - started;
    if (more) await scheduler.yield();
  }
  return worked;
}
