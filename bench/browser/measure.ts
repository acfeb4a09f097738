import type { BrowserContext, Page } from 'playwright-core';
import type { PageStatus, Result } from '../../lib/messages';
import { evaluating, findEvent, holds, mainThreadTasks, runsScript, stamped, traced, type Task } from './trace';

// One trial: open a page, annotate it the way the toolbar button does (the popup asks the
// background, which injects the content script), and read the page's main thread from the trace.

export interface Trial {
  page: string;
  round: number;
  state: string;
  quotes: number;
  claims: number;
  /** Wall milliseconds from the popup's request to the background's answer. */
  triggerToDoneMs: number;
  /**
   * CPU milliseconds of our longest main-thread task in the page, and its wall time, apart from
   * the one that runs Readability (the one allowed exception, reported as extractCpuMs).
   */
  longestCpuMs: number;
  longestWallMs: number;
  /** CPU milliseconds of the task that ran Readability in the content script (0 when not told apart). */
  extractCpuMs: number;
  /** Our main-thread tasks over 50 ms (CPU). */
  tasksOver50: number;
  /** CPU milliseconds of all our main-thread tasks. */
  oursCpuMs: number;
  /** Readability's parse of a copy of the same page, run in the page after annotation (CPU ms). */
  readabilityCpuMs: number;
  /** The content script's own anchor + paint time (its status timings: wall time of its slices). */
  anchorPaintMs: number;
  /** CPU milliseconds of our tasks from the one that starts anchoring to the one that paints, both included. */
  anchorPaintCpuMs: number;
  /** CPU milliseconds of the task that evaluated the content script. */
  injectionCpuMs: number;
}

const TRIGGER = 'sourcelight-bench-trigger';
const DONE = 'sourcelight-bench-done';
const READABILITY = 'sourcelight-bench-readability';
const CONTENT_SCRIPT = '/content-scripts/content.js';

type BenchWindow = Window & { Readability: new (doc: Document) => { parse(): unknown }; sourcelightBenchCopy?: Document };

/** The message the popup sends, from an extension page. */
function annotateTab(control: Page, tabId: number): Promise<Result<PageStatus>> {
  return control.evaluate((message) => chrome.runtime.sendMessage(message), { type: 'sourcelight/annotate-tab', request: { tabId } }) as Promise<Result<PageStatus>>;
}

async function tabIdOf(control: Page, url: string): Promise<number> {
  const ids = await control.evaluate(async (u) => (await chrome.tabs.query({ url: u })).flatMap((t) => (t.id === undefined ? [] : [t.id])), url);
  if (!ids.length) throw new Error(`No tab shows ${url}`);
  return Math.max(...ids);
}

/**
 * The content script's Readability task: the pipeline stamps the start of its extract and detect
 * stages (console.timeStamp), and Readability runs in the longest task between the two (or after
 * the first, when the run ends before detection).
 */
function extractionTask(tasks: readonly Task[]): Task | undefined {
  const from = tasks.findIndex((t) => stamped(t, 'sourcelight:extract'));
  const detect = tasks.findIndex((t) => stamped(t, 'sourcelight:detect'));
  // A page read and then judged not to be English (nytimes-5 is in Spanish) never reaches detect.
  const to = detect < 0 ? tasks.length : detect;
  if (from < 0) return undefined;
  return tasks.slice(from + 1, to).reduce<Task | undefined>((a, b) => (a && a.cpuMs >= b.cpuMs ? a : b), undefined);
}

/** The CPU time of the tasks from the anchor stage's first to the paint stage's (the pipeline stamps each stage's start). */
function anchorPaintCpu(tasks: readonly Task[]): number {
  const from = tasks.findIndex((t) => stamped(t, 'sourcelight:anchor'));
  const to = tasks.findIndex((t) => stamped(t, 'sourcelight:paint'));
  if (from < 0 || to < from) return 0;
  return tasks.slice(from, to + 1).reduce((sum, t) => sum + t.cpuMs, 0);
}

export async function runTrial(context: BrowserContext, control: Page, url: string, readabilitySource: string, label: { page: string; round: number }): Promise<Trial> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    // Readability in the page's own world, for the yardstick; the saved pages have no script of their own.
    await page.addScriptTag({ content: readabilitySource });
    await page.waitForTimeout(300);
    const tabId = await tabIdOf(control, url);
    const cdp = await context.newCDPSession(page);
    const { value, events } = await traced(cdp, async () => {
      await page.evaluate((mark) => performance.mark(mark), TRIGGER);
      const started = performance.now();
      const result = await annotateTab(control, tabId);
      const elapsed = performance.now() - started;
      // The content script's last message (its status for the badge) settles.
      await page.waitForTimeout(200);
      await page.evaluate((mark) => performance.mark(mark), DONE);
      await page.evaluate(() => void ((window as unknown as BenchWindow).sourcelightBenchCopy = document.cloneNode(true) as Document));
      await page.evaluate((mark) => {
        const w = window as unknown as BenchWindow;
        performance.mark(mark);
        new w.Readability(w.sourcelightBenchCopy!).parse();
      }, READABILITY);
      return { result, elapsed };
    });
    await cdp.detach();
    if (!value.result.ok) throw new Error(`${label.page}: ${value.result.error}`);
    const status = value.result.value;
    const trigger = findEvent(events, TRIGGER);
    const done = findEvent(events, DONE);
    if (!trigger || !done) throw new Error(`${label.page}: the trace lost the page's marks`);
    const tasks = mainThreadTasks(events, trigger.pid);
    const ours = tasks.filter((t) => t.start > trigger.ts && t.start < done.ts && runsScript(t) && !holds(t, TRIGGER) && !holds(t, DONE));
    const extract = extractionTask(ours);
    const others = ours.filter((t) => t !== extract);
    const longest = others.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), others[0] ?? { cpuMs: 0, wallMs: 0 });
    return {
      ...label,
      state: status.state,
      quotes: status.quotes,
      claims: status.claims,
      triggerToDoneMs: value.elapsed,
      longestCpuMs: longest.cpuMs,
      longestWallMs: longest.wallMs,
      extractCpuMs: extract?.cpuMs ?? 0,
      tasksOver50: others.filter((t) => t.cpuMs > 50).length,
      oursCpuMs: ours.reduce((sum, t) => sum + t.cpuMs, 0),
      readabilityCpuMs: tasks.find((t) => holds(t, READABILITY))?.cpuMs ?? Number.NaN,
      anchorPaintMs: status.timings.anchor + status.timings.paint,
      anchorPaintCpuMs: anchorPaintCpu(ours),
      injectionCpuMs: evaluating(ours, CONTENT_SCRIPT)?.cpuMs ?? Number.NaN,
    };
  } finally {
    await page.close();
  }
}

export interface MessageCost {
  words: number;
  /** Milliseconds from sending the text to having the answer, from an extension page as from a content script. */
  roundTripMs: number;
  /** Of which detection itself, as the background timed it. */
  detectMs: number;
}

/** The cost of sending `text` to the background for detection and getting the result back (the second of two runs: warm). */
export async function measureDetectMessage(control: Page, text: string, words: number): Promise<MessageCost> {
  const once = () =>
    control.evaluate(
      async (message) => {
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage(message)) as { ok: boolean; value: { ms: number } };
        return { roundTripMs: performance.now() - started, detectMs: reply.value.ms };
      },
      { type: 'sourcelight/detect', request: { text } },
    );
  await once();
  return { words, ...(await once()) };
}
