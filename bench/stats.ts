// Small statistics for the bench: medians over runs, spread over pages.

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export interface Spread {
  median: number;
  p95: number;
  max: number;
}

export const spread = (values: readonly number[]): Spread => ({ median: median(values), p95: percentile(values, 95), max: percentile(values, 100) });

/** The time `work` takes, in milliseconds, the median of `runs` runs; `prepare` is not timed. */
export function timeMedian<T>(runs: number, prepare: () => T, work: (prepared: T) => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const prepared = prepare();
    const start = performance.now();
    work(prepared);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The first `count` words of `text`, whitespace kept as it is. */
export function firstWords(text: string, count: number): string {
  const word = /\S+/g;
  let end = 0;
  for (let n = 0; n < count; n++) {
    const match = word.exec(text);
    if (!match) break;
    end = match.index + match[0].length;
  }
  return text.slice(0, end);
}

export const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;
