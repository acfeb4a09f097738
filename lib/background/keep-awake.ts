import { browser } from '#imports';
import type { Handlers } from '../messages';

// Firefox runs the background as an event page and suspends it once it has been idle for its
// idle time (30 s by default) even while a message handler still owes an answer: waiting on a
// tab's reply does not count as activity, and the asker gets "Receiving end does not exist".
// What does count is a call into the browser's extension API (Firefox resets the idle timer on
// each), so while any work is pending a cheap one is made every KEEP_AWAKE_MS. Chrome's service
// worker also stays up for as long as extension API calls keep coming.

export const KEEP_AWAKE_MS = 1000;

let pending = 0;
let timer: ReturnType<typeof setInterval> | undefined;

// Never throws into the interval: the call only has to be made, its answer is not needed.
const ping = (): void =>
  void Promise.resolve()
    .then(() => browser.runtime.getPlatformInfo())
    .catch(() => undefined);

/** Runs `work`, keeping the background awake until it settles. */
export async function keepingAwake<T>(work: () => T | Promise<T>): Promise<T> {
  if (pending++ === 0) timer = setInterval(ping, KEEP_AWAKE_MS);
  try {
    return await work();
  } finally {
    if (--pending === 0) clearInterval(timer);
  }
}

/** `handlers`, each kept awake until its answer is sent. */
export function keptAwake(handlers: Handlers): Handlers {
  const wrapped: Record<string, unknown> = {};
  for (const [type, handler] of Object.entries(handlers) as Array<[string, (request: unknown, sender: unknown) => unknown]>) {
    wrapped[type] = (request: unknown, sender: unknown) => keepingAwake(() => handler(request, sender));
  }
  return wrapped as Handlers;
}
