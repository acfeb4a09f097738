import type { BrowserContext, Page } from 'playwright-core';
import { traced, type TraceEvent } from './trace';

// What watching the article costs a page that keeps changing something else: the live-article
// fixture, annotated, ticks a clock (its header's, then the same clock moved inside the article)
// under a trace; every call into the content script's code on the page's main thread (the
// observer's callbacks, and anything else of ours) is summed and divided by the ticks.

export interface ClockCost {
  where: 'outside the article' | 'inside the article';
  ticks: number;
  /** Calls into our code during the ticks. */
  calls: number;
  /** Our main-thread time per tick, microseconds (thread time, and wall time). */
  cpuUs: number;
  wallUs: number;
}

/** Faster than a real clock, for enough ticks to measure: the cost is per tick. */
const TICK_MS = 5;
const WATCH_MS = 3000;

type PageWindow = { moveClockIntoArticle(): void; clockTicks(): number; tickEvery(ms: number): number };

const ours = (e: TraceEvent): boolean => e.ph === 'X' && e.name === 'FunctionCall' && (e.args?.data?.url ?? '').includes('/content-scripts/content.js');

async function measureOnce(context: BrowserContext, control: Page, url: string, inside: boolean): Promise<Omit<ClockCost, 'where'>> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const tabId = await control.evaluate(async (u) => Math.max(...(await chrome.tabs.query({ url: u })).map((t) => t.id ?? -1)), url);
    const result = await control.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'sourcelight/annotate-tab', request: { tabId } });
    if (!(result as { ok?: boolean }).ok) throw new Error(`could not annotate ${url}`);
    if (inside) await page.evaluate(() => (window as unknown as PageWindow).moveClockIntoArticle());
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    const { value: ticks, events } = await traced(cdp, async () => {
      const before = await page.evaluate(() => (window as unknown as PageWindow).clockTicks());
      const timer = await page.evaluate((ms) => (window as unknown as PageWindow).tickEvery(ms), TICK_MS);
      await page.waitForTimeout(WATCH_MS);
      await page.evaluate((id) => clearInterval(id), timer);
      return (await page.evaluate(() => (window as unknown as PageWindow).clockTicks())) - before;
    });
    await cdp.detach();
    const calls = events.filter(ours);
    const sum = (pick: (e: TraceEvent) => number): number => calls.reduce((total, e) => total + pick(e), 0);
    return { ticks, calls: calls.length, cpuUs: sum((e) => e.tdur ?? e.dur ?? 0) / Math.max(1, ticks), wallUs: sum((e) => e.dur ?? 0) / Math.max(1, ticks) };
  } finally {
    await page.close();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** `rounds` runs with the clock outside the article and inside it; medians. */
export async function measureClockCost(context: BrowserContext, control: Page, url: string, rounds: number): Promise<ClockCost[]> {
  const costs: ClockCost[] = [];
  for (const inside of [false, true]) {
    const runs = [];
    for (let round = 0; round < rounds; round++) runs.push(await measureOnce(context, control, url, inside));
    costs.push({
      where: inside ? 'inside the article' : 'outside the article',
      ticks: median(runs.map((r) => r.ticks)),
      calls: median(runs.map((r) => r.calls)),
      cpuUs: median(runs.map((r) => r.cpuUs)),
      wallUs: median(runs.map((r) => r.wallUs)),
    });
  }
  return costs;
}
