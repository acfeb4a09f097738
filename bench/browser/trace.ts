import type { CDPSession } from 'playwright-core';

// The renderer's main thread, read from a Chromium trace (the Tracing domain of CDP). A
// `longtask` observer in the page does not see an extension's tasks; the trace sees every task.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; message?: string } };
}

export interface Task {
  /** Microseconds, trace clock. */
  start: number;
  end: number;
  wallMs: number;
  /** The main thread's CPU time in the task: wall time counts the other processes of a busy machine. */
  cpuMs: number;
  /** The events inside the task (same thread), the task itself excluded. */
  inside: TraceEvent[];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing', '__metadata'];

/** Runs `work` with the browser tracing, and returns its value and every trace event. */
export async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (chunk: { value: object[] }): void => void events.push(...(chunk.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  let value: T;
  try {
    value = await work();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return { value, events };
}

/** The first event named `name` (a performance.mark in the page: it also says which renderer is the page's). */
export const findEvent = (events: readonly TraceEvent[], name: string): TraceEvent | undefined => events.find((e) => e.name === name);

/** A task's outermost event: the scheduler's, or a bare RunTask (a yield's continuation, a microtask checkpoint). */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Instant events (performance.mark among them) sit inside the task that made them. */
const INSTANT = new Set(['I', 'i', 'R', 'n']);

/** The top-level tasks of the main thread of renderer `pid`, in order, each with what ran inside it. */
export function mainThreadTasks(events: readonly TraceEvent[], pid: number): Task[] {
  const mainTid = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const thread = events.filter((e) => e.pid === pid && e.tid === mainTid && (e.ph === 'X' || INSTANT.has(e.ph))).sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  let current: Task | null = null;
  for (const event of thread) {
    if (current && event.ts < current.end) {
      current.inside.push(event);
      continue;
    }
    if (!TASKS.has(event.name) || event.ph !== 'X') continue;
    current = { start: event.ts, end: event.ts + (event.dur ?? 0), wallMs: (event.dur ?? 0) / 1000, cpuMs: (event.tdur ?? event.dur ?? 0) / 1000, inside: [] };
    tasks.push(current);
  }
  return tasks;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'HandlePostMessage', 'v8.compile', 'v8.run', 'EventDispatch']);

/** Whether the task ran script (the bench's saved pages have none of their own, so that script is the extension's). */
export const runsScript = (task: Task): boolean => task.inside.some((e) => SCRIPT_EVENTS.has(e.name) && (e.dur ?? 0) > 0);

/** Whether an event of the task has that name. */
export const holds = (task: Task, name: string): boolean => task.inside.some((e) => e.name === name);

/** Whether the task made a console.timeStamp with that label (the pipeline labels its stages so). */
export const stamped = (task: Task, label: string): boolean => task.inside.some((e) => e.name === 'TimeStamp' && e.args?.data?.message === label);

/** The task that evaluated the script at a URL ending with `suffix`. */
export const evaluating = (tasks: readonly Task[], suffix: string): Task | undefined =>
  tasks.find((t) => t.inside.some((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(suffix)));
