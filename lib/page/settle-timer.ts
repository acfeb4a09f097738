// Work that follows a burst of changes runs once the burst is over: after `quietMs` without a
// poke, and never later than `maxWaitMs` after the first one, so a page that never stops changing
// is still caught up with.

export interface SettleTimer {
  /** Another change: run after the next quiet spell (or at the latest by the deadline). */
  poke(): void;
  /** Runs now if a run is waiting. */
  flush(): void;
  cancel(): void;
}

export interface SettleTiming {
  quietMs: number;
  maxWaitMs: number;
}

export function createSettleTimer(run: () => void, { quietMs, maxWaitMs }: SettleTiming, now: () => number = () => performance.now()): SettleTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPoke: number | null = null;
  const fire = (): void => {
    clearTimeout(timer);
    timer = undefined;
    firstPoke = null;
    run();
  };
  return {
    poke() {
      const at = now();
      firstPoke ??= at;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(quietMs, firstPoke + maxWaitMs - at)));
    },
    flush() {
      if (firstPoke !== null) fire();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      firstPoke = null;
    },
  };
}
