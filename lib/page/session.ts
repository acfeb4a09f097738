import type { AnnotateOptions, ClaimItem, ItemRef, PageAnnotation, PageStatus, QuoteItem } from '../messages';
import { createPainter, type Painter } from '../paint/highlights';
import { createHitTest, type AnchoredRanges, type HitTest } from '../paint/hit-test';
import { snippetAround } from '../view/snippet';
import { runPipeline, ZERO_TIMINGS, type PaintedAnnotation } from './pipeline';

export type HoveredItem = { kind: 'quote'; item: QuoteItem } | { kind: 'claim'; item: ClaimItem };

/** Everything the content script knows about its page: one annotation run and its painted ranges. */
export interface PageSession {
  /**
   * Runs the pipeline once; later calls share that run. A run that crashed is retried, and so is
   * a page judged not an article when `force` asks to read it anyway.
   */
  annotate(options?: AnnotateOptions): Promise<PageStatus>;
  status(): PageStatus;
  annotation(): PageAnnotation | null;
  scrollTo(ref: ItemRef): boolean;
  /** The live Range of a painted item (what a note on it or keeping it describes), or null. */
  rangeOf(ref: ItemRef): Range | null;
  hoveredAt(x: number, y: number): HoveredItem | null;
  /** Removes everything painted and forgets the run (one still going is dropped when it ends). */
  clear(): void;
}

const IDLE: PageStatus = { state: 'idle', quotes: 0, claims: 0, anchored: 0, timings: ZERO_TIMINGS };

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

export function createPageSession(doc: Document, onStatus: (status: PageStatus) => void): PageSession {
  const painter = tryCreatePainter(doc);
  let status = IDLE;
  let run: Promise<PageStatus> | null = null;
  let crashed = false;
  let items: PageAnnotation | null = null;
  let ranges: AnchoredRanges | null = null;
  let hitTest: HitTest | null = null;
  /** Which run is current: a run finishing after clear() finds it changed and leaves no trace. */
  let generation = 0;

  const start = async (force: boolean): Promise<PageStatus> => {
    const mine = ++generation;
    // A run overtaken by clear() must not paint over the page (or over a newer run).
    const current = (): boolean => mine === generation;
    status = { ...IDLE, state: 'working' };
    crashed = false;
    try {
      const guarded: Painter | null = painter && {
        ...painter,
        paint: (ranges) => {
          if (current()) painter.paint(ranges);
        },
      };
      const outcome = await runPipeline(doc, guarded, { force });
      if (!current()) return IDLE;
      items = outcome.painted && listItems(outcome.painted);
      ranges = outcome.painted?.ranges ?? null;
      hitTest = ranges && createHitTest(ranges);
      status = outcome.status;
    } catch (error) {
      if (!current()) return IDLE;
      crashed = true;
      status = { ...IDLE, state: 'error', message: `Sourcelight failed on this page: ${error instanceof Error ? error.message : String(error)}` };
    }
    onStatus(status);
    return status;
  };

  const rangeOf = (ref: ItemRef): Range | null => (ranges ? ((ref.kind === 'quote' ? ranges.quotes : ranges.claims)[ref.index] ?? null) : null);

  return {
    annotate({ force = false } = {}) {
      if (!run || crashed || (force && status.state === 'not-article')) run = start(force);
      return run;
    },
    status: () => status,
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
      if (!ref) return null;
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
      status = IDLE;
    },
  };
}
