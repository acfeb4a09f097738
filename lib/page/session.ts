import type { AnnotateOptions, ClaimItem, ItemRef, MarkVisibility, PageAnnotation, PageStatus, Progress, QuoteItem } from '../messages';
import { ALL_MARKS, createPainter, type Painter } from '../paint/highlights';
import { createHitTest, type AnchoredRanges, type HitTest } from '../paint/hit-test';
import { snippetAround } from '../view/snippet';
import type { CorrectionRecord } from '../store/schema';
import type { MatchedCorrections } from '../corrections/corrections';
import { correctedView } from './corrected';
import { paintRangesOf, runPipeline, ZERO_TIMINGS, type DetectText, type PaintedAnnotation } from './pipeline';
import { Cancelled, type Scheduler } from './scheduling';

export type HoveredItem = { kind: 'quote'; item: QuoteItem } | { kind: 'claim'; item: ClaimItem };

/** Everything the content script knows about its page: one annotation run and its painted ranges. */
export interface PageSession {
  /**
   * Runs the pipeline once; later calls share that run. A run that crashed is retried, and so is
   * a page judged not an article when `force` asks to read it anyway. After clear() the page
   * stays 'cleared' until `again` asks (the reader removed the highlights: reopening the popup
   * must not paint them back).
   */
  annotate(options?: AnnotateOptions): Promise<PageStatus>;
  /**
   * Stops the run in progress at its next yield: it ends 'cancelled' with nothing painted, and
   * the next annotate() starts afresh. Without a run in progress, nothing changes.
   */
  cancel(): PageStatus;
  status(): PageStatus;
  /** Calls `listener` with every status change (each stage of a run, then its outcome); returns the unsubscribe. */
  subscribe(listener: (status: PageStatus) => void): () => void;
  annotation(): PageAnnotation | null;
  scrollTo(ref: ItemRef): boolean;
  /** The live Range of a painted item (what a note on it or keeping it describes), or null. */
  rangeOf(ref: ItemRef): Range | null;
  hoveredAt(x: number, y: number): HoveredItem | null;
  /** Removes everything painted and forgets the run (one still going is dropped when it ends). */
  clear(): void;
  /** Which kinds of mark show; a hidden kind is neither styled nor hovered. */
  marks(): MarkVisibility;
  setMarks(visible: MarkVisibility): MarkVisibility;
  /** Applies the reader's corrections of this page (all of them: the list replaces the last). */
  setCorrections(corrections: readonly CorrectionRecord[]): void;
  /** The annotation as detected, and which items the corrections matched; null before a run. */
  corrected(): { painted: PaintedAnnotation; matched: MatchedCorrections } | null;
}

const IDLE: PageStatus = { state: 'idle', quotes: 0, claims: 0, anchored: 0, timings: ZERO_TIMINGS };
const CLEARED: PageStatus = { ...IDLE, state: 'cleared' };

function listItems(painted: PaintedAnnotation): PageAnnotation {
  const { annotation, ranges } = painted;
  const textOf = (span: { start: number; end: number }): string => annotation.text.slice(span.start, span.end);
  return {
    article: annotation.article,
    text: annotation.text,
    links: annotation.links ?? [],
    quotes: annotation.quotes.map((q, i) => ({ ...q, text: textOf(q), anchored: ranges.quotes[i] != null })),
    claims: annotation.claims.map((c, i) => ({
      ...c,
      text: textOf(c),
      anchored: ranges.claims[i] != null,
      context: snippetAround(annotation.text, c.start, c.end),
    })),
  };
}

function tryCreatePainter(doc: Document): Painter | null {
  try {
    return createPainter(doc);
  } catch {
    // The pipeline reports the missing API as the page's error state.
    return null;
  }
}

export interface PageSessionOptions {
  /** Detection of the article's text (the extension sends it to the background). */
  detect: DetectText;
  /** The reader's corrections of the page, asked for as each run starts and applied as it ends. */
  loadCorrections?: () => Promise<readonly CorrectionRecord[]>;
  scheduler?: Scheduler;
}

export function createPageSession(doc: Document, { detect, scheduler, loadCorrections }: PageSessionOptions): PageSession {
  const painter = tryCreatePainter(doc);
  const listeners = new Set<(status: PageStatus) => void>();
  let status = IDLE;
  let run: Promise<PageStatus> | null = null;
  /** The last run crashed or was cancelled: the next annotate() runs again. */
  let retry = false;
  let cancelled = false;
  let items: PageAnnotation | null = null;
  let ranges: AnchoredRanges | null = null;
  let hitTest: HitTest | null = null;
  /** Which run is current: a run finishing after clear() finds it changed and leaves no trace. */
  let generation = 0;
  /** The reader removed the highlights: nothing is painted again until they ask. */
  let cleared = false;
  let painted: PaintedAnnotation | null = null;
  /** The listing as detected, before corrections. */
  let listed: PageAnnotation | null = null;
  let corrections: readonly CorrectionRecord[] = [];
  let matched: MatchedCorrections | null = null;

  /** Lists, paints and hit-tests the run's items as the reader corrected them. */
  const applyCorrections = (repaint: boolean): void => {
    if (!painted || !listed) return;
    const view = correctedView(painted, listed, corrections);
    items = view.items;
    matched = view.matched;
    hitTest = createHitTest(view.shown);
    if (repaint && painter) painter.paint(paintRangesOf(view.shown, painted.annotation.quotes));
  };
  let visible: MarkVisibility = { ...ALL_MARKS };

  const publish = (next: PageStatus): void => {
    status = next;
    for (const listener of listeners) listener(next);
  };

  const start = async (force: boolean): Promise<PageStatus> => {
    const mine = ++generation;
    // A run overtaken by clear() must not paint over the page (or over a newer run).
    const current = (): boolean => mine === generation;
    const live = (): boolean => current() && !cancelled;
    retry = false;
    cancelled = false;
    publish({ ...IDLE, state: 'working' });
    try {
      const guarded: Painter | null = painter && {
        ...painter,
        paint: (ranges) => {
          if (live()) painter.paint(ranges);
        },
      };
      const onProgress = (progress: Progress): void => {
        if (live()) publish({ ...IDLE, state: 'working', progress });
      };
      // Asked for while the page is read; a store that cannot answer leaves the page uncorrected.
      const stored = loadCorrections?.().catch(() => []) ?? Promise.resolve([]);
      const outcome = await runPipeline(doc, guarded, { force, detect, scheduler, live, onProgress });
      corrections = outcome.painted ? await stored : [];
      if (!current()) return IDLE;
      if (cancelled) throw new Cancelled();
      painted = outcome.painted;
      listed = painted && listItems(painted);
      items = listed;
      ranges = painted?.ranges ?? null;
      hitTest = ranges && createHitTest(ranges);
      // Repainted only when a correction applies: a page without any pays nothing more.
      if (corrections.length > 0) applyCorrections(outcome.status.state === 'annotated');
      publish(outcome.status);
    } catch (error) {
      if (!current()) return IDLE;
      retry = true;
      if (error instanceof Cancelled || cancelled) {
        painter?.clear();
        publish({ ...IDLE, state: 'cancelled' });
      } else {
        publish({ ...IDLE, state: 'error', message: `Sourcelight failed on this page: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    return status;
  };

  const rangeOf = (ref: ItemRef): Range | null => (ranges ? ((ref.kind === 'quote' ? ranges.quotes : ranges.claims)[ref.index] ?? null) : null);

  return {
    annotate({ force = false, again = false } = {}) {
      if (cleared && !again) return Promise.resolve(CLEARED);
      cleared = false;
      if (!run || retry || (force && status.state === 'not-article')) run = start(force);
      return run;
    },
    cancel() {
      if (status.state === 'working') cancelled = true;
      return status;
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    annotation: () => items,
    rangeOf,
    scrollTo(ref) {
      const range = rangeOf(ref);
      // A live Range whose text the page removed collapses onto what remains: nothing to show.
      if (!range || range.collapsed) return false;
      const node = range.startContainer;
      const target = node instanceof Element ? node : node.parentElement;
      if (!target) return false;
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      painter?.flash(range);
      return true;
    },
    hoveredAt(x, y) {
      if (!hitTest || !items) return null;
      const ref = hitTest(doc, x, y);
      if (!ref || !visible[ref.kind]) return null;
      const quote = ref.kind === 'quote' ? items.quotes[ref.index] : undefined;
      const claim = ref.kind === 'claim' ? items.claims[ref.index] : undefined;
      if (quote) return { kind: 'quote', item: quote };
      return claim ? { kind: 'claim', item: claim } : null;
    },
    clear() {
      generation++;
      painter?.clear();
      run = null;
      ranges = null;
      hitTest = null;
      items = null;
      painted = null;
      listed = null;
      matched = null;
      cleared = true;
      status = CLEARED;
    },
    marks: () => visible,
    setCorrections(next) {
      corrections = next;
      applyCorrections(status.state === 'annotated');
    },
    corrected: () => (painted && { painted, matched: matched ?? { quotes: new Map(), claims: new Map() } }),
    setMarks(next) {
      visible = { quote: next.quote !== false, speaker: next.speaker !== false, claim: next.claim !== false };
      painter?.show(visible);
      return visible;
    },
  };
}
