import type { AnnotateOptions, ClaimItem, ItemPresence, ItemRef, LostReason, MarkVisibility, PageAnnotation, PageStatus, Progress, QuoteItem } from '../messages';
import { ALL_MARKS, createPainter, type Painter } from '../paint/highlights';
import { createHitTest, type AnchoredRanges, type HitTest } from '../paint/hit-test';
import { snippetAround } from '../view/snippet';
import type { CorrectionRecord } from '../store/schema';
import type { MatchedCorrections } from '../corrections/corrections';
import { appendDetection, APPENDED_TIMING, blockQuotesOf, newParagraphs, noteAdded, textOf } from './appended';
import { correctedView } from './corrected';
import { createLiveItems, type LiveItems } from './live-items';
import { containerOf, watchContainer, type ArticleChange, type MutationWatch } from './mutation-watch';
import { paintRangesOf, present, runPipeline, ZERO_TIMINGS, type DetectText, type PaintedAnnotation } from './pipeline';
import { Cancelled, type Scheduler } from './scheduling';
import { createSettleTimer, type SettleTiming } from './settle-timer';
import { t } from '../i18n';

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
  /** The status, with the counts as the page shows them now. */
  status(): PageStatus;
  /** Calls `listener` with every status change (each stage of a run, then its outcome); returns the unsubscribe. */
  subscribe(listener: (status: PageStatus) => void): () => void;
  annotation(): PageAnnotation | null;
  /** Brings a painted item into view; false when it is not on the page (presence() says why). */
  scrollTo(ref: ItemRef): boolean;
  presence(ref: ItemRef): ItemPresence;
  /** The live Range of a painted item (what a note on it or keeping it describes), or null. */
  rangeOf(ref: ItemRef): Range | null;
  hoveredAt(x: number, y: number): HoveredItem | null;
  /** Removes everything painted and forgets the run (one still going is dropped when it ends). */
  clear(): void;
  /**
   * The page moved to another article by itself: its marks go as with clear(), the status says
   * so, and the next annotate() reads the new article.
   */
  leave(): void;
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

const lostReason = (presence: ItemPresence): LostReason | undefined => (presence === 'changed' || presence === 'gone' ? presence : undefined);

/** The listed items as the page shows them now: painted, or once painted and lost. */
function withPresence(listed: PageAnnotation, live: LiveItems): PageAnnotation {
  const mark = <T extends QuoteItem | ClaimItem>(item: T, presence: ItemPresence): T => {
    const lost = lostReason(presence);
    return { ...item, anchored: presence === 'painted', ...(lost && { lost }) };
  };
  return {
    ...listed,
    quotes: listed.quotes.map((q, index) => mark(q, live.presence({ kind: 'quote', index }))),
    claims: listed.claims.map((c, index) => mark(c, live.presence({ kind: 'claim', index }))),
  };
}

/**
 * After a change to the article: items are looked for again once changes have been quiet this
 * long, and at the latest this long after the first, so a page that keeps changing is caught up.
 */
export const REFIND_TIMING: SettleTiming = { quietMs: 150, maxWaitMs: 1000 };

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
  /** Called whenever the page changes the annotated article (the content script then checks the page's address). */
  onArticleChange?: () => void;
}

export function createPageSession(doc: Document, { detect, scheduler, loadCorrections, onArticleChange }: PageSessionOptions): PageSession {
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

  /** The painted items, followed as the page changes them. */
  let tracked: LiveItems | null = null;
  let watch: MutationWatch | null = null;

  /**
   * Lists, paints and hit-tests the run's items as the page shows them now (the live ranges) and
   * as the reader corrected them. One listing per change, so an item hovered is the item listed.
   */
  const applyView = (repaint: boolean): void => {
    if (!painted || !listed) return;
    ranges = tracked ? tracked.ranges() : painted.ranges;
    const now = tracked ? withPresence(listed, tracked) : listed;
    const view = corrections.length > 0 ? correctedView({ ...painted, ranges }, now, corrections) : null;
    items = view?.items ?? now;
    matched = view?.matched ?? null;
    const shown = view?.shown ?? ranges;
    hitTest = createHitTest(shown);
    if (!repaint || !painter) return;
    try {
      painter.paint(paintRangesOf(shown, painted.annotation.quotes));
    } catch {
      // The run's own paint reported this page's painting problem already.
    }
  };
  let visible: MarkVisibility = { ...ALL_MARKS };

  const publish = (next: PageStatus): void => {
    status = next;
    for (const listener of listeners) listener(next);
  };

  /** Paints what is on the page now; hover finds only that. */
  const repaint = (): void => applyView(status.state === 'annotated');

  /** The status with the counts as the page shows them now (the same object when nothing changed). */
  const publishCounts = (): void => {
    if (!tracked) return;
    const { anchored, lost } = tracked.counts();
    if (anchored === status.anchored && lost === (status.lost ?? 0)) return;
    publish({ ...status, anchored, lost });
  };

  const follow = (): void => {
    watch?.stop();
    watch = null;
    if (!tracked || !doc.body) return;
    const r = tracked.ranges();
    watch = watchContainer(containerOf(present([...r.quotes, ...r.claims]), doc.body), onChange);
  };

  const refindNow = (): void => {
    if (!tracked?.pending() || !doc.body) return;
    tracked.refind(doc.body);
    repaint();
    // The marks may now sit in a new container (the page rendered its article afresh).
    follow();
    publishCounts();
  };
  const refindLater = createSettleTimer(refindNow, REFIND_TIMING);

  /** Elements the page added to the article since it was annotated, waiting to be read. */
  const added = new Set<Element>();
  /** Reads the paragraphs the page added, and marks their quotes and figures after the article's. */
  const readAdded = async (): Promise<void> => {
    // A paragraph rendered again holds items found again, not new ones: those are found first.
    refindLater.flush();
    const waiting = [...added];
    added.clear();
    if (!painted || !tracked) return;
    const paragraphs = newParagraphs(waiting, painted.annotation.text, present([...tracked.ranges().quotes, ...tracked.ranges().claims]));
    if (paragraphs.elements.length === 0) return;
    const mine = generation;
    let detection;
    try {
      detection = await detect(textOf(paragraphs.texts), blockQuotesOf(paragraphs));
    } catch {
      // The background did not answer: the added paragraphs stay unmarked, the article as it was.
      return;
    }
    if (mine !== generation || !painted || !tracked || !doc.body) return;
    const appended = appendDetection(painted, paragraphs, detection, doc.body);
    painted = appended.painted;
    tracked.add(appended.ranges, appended.selectors);
    listed = listItems(painted);
    applyView(status.state === 'annotated');
    follow();
    const { anchored, lost } = tracked.counts();
    publish({ ...status, quotes: painted.annotation.quotes.length, claims: painted.annotation.claims.length, anchored, lost });
  };
  // One reading at a time: the next is judged new against the text the one before added, so
  // words read twice (an element the page moved while it was read) are not listed twice.
  let reading: Promise<void> = Promise.resolve();
  const readAddedLater = createSettleTimer(() => {
    reading = reading.then(readAdded).catch((error: unknown) => console.warn('Sourcelight: could not read the paragraphs the page added', error));
  }, APPENDED_TIMING);

  // In the observer's callback, before the page renders again: a mark whose words changed comes
  // off now, and is looked for again when the changes have settled. Paragraphs added are read
  // once the additions settle.
  function onChange(change: ArticleChange): void {
    onArticleChange?.();
    if (change !== 'all' && tracked) {
      const before = added.size;
      noteAdded(change, added);
      if (added.size > before) readAddedLater.poke();
    }
    if (!tracked?.check(change)) return;
    repaint();
    publishCounts();
    refindLater.poke();
  }

  const forget = (): void => {
    watch?.stop();
    watch = null;
    refindLater.cancel();
    readAddedLater.cancel();
    added.clear();
    tracked = null;
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
      tracked = painted && createLiveItems(painted.ranges, painted.selectors);
      follow();
      // Repainted only when a correction applies: a page without any pays nothing more.
      if (corrections.length > 0) applyView(outcome.status.state === 'annotated');
      publish(outcome.status);
    } catch (error) {
      if (!current()) return IDLE;
      retry = true;
      if (error instanceof Cancelled || cancelled) {
        painter?.clear();
        publish({ ...IDLE, state: 'cancelled' });
      } else {
        publish({ ...IDLE, state: 'error', message: t('noticeFailed', error instanceof Error ? error.message : String(error)) });
      }
    }
    return status;
  };

  const rangeOf = (ref: ItemRef): Range | null => (ranges ? ((ref.kind === 'quote' ? ranges.quotes : ranges.claims)[ref.index] ?? null) : null);

  /** The item's range when it still shows the item's words; a stale one comes off the page, and is looked for again now. */
  const checkedRangeOf = (ref: ItemRef): Range | null => {
    if (tracked && !tracked.checkOne(ref)) {
      repaint();
      refindLater.cancel();
      refindNow();
      publishCounts();
    }
    return rangeOf(ref);
  };

  const reset = (): void => {
    generation++;
    forget();
    painter?.clear();
    run = null;
    ranges = null;
    hitTest = null;
    items = null;
    painted = null;
    listed = null;
    matched = null;
  };

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
    status() {
      refindLater.flush();
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    annotation() {
      refindLater.flush();
      return items;
    },
    rangeOf: checkedRangeOf,
    presence: (ref) => tracked?.presence(ref) ?? 'not-found',
    scrollTo(ref) {
      const range = checkedRangeOf(ref);
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
      // Never the old item's card over the page's new words.
      if (tracked && !tracked.checkOne(ref)) {
        repaint();
        publishCounts();
        refindLater.poke();
        return null;
      }
      const quote = ref.kind === 'quote' ? items.quotes[ref.index] : undefined;
      const claim = ref.kind === 'claim' ? items.claims[ref.index] : undefined;
      if (quote) return { kind: 'quote', item: quote };
      return claim ? { kind: 'claim', item: claim } : null;
    },
    clear() {
      reset();
      cleared = true;
      status = CLEARED;
    },
    leave() {
      reset();
      cleared = false;
      publish({ ...IDLE, state: 'page-changed' });
    },
    marks: () => visible,
    setCorrections(next) {
      corrections = next;
      applyView(status.state === 'annotated');
    },
    corrected: () => painted && { painted, matched: matched ?? { quotes: new Map(), claims: new Map() } },
    setMarks(next) {
      visible = { quote: next.quote !== false, speaker: next.speaker !== false, claim: next.claim !== false };
      painter?.show(visible);
      return visible;
    },
  };
}
