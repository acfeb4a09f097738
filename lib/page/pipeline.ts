import { isProbablyReaderable } from '@mozilla/readability';
import { startAnchoring, type SpanSelectors, type TextSpan } from '../anchor/anchor';
import type { Detection } from '../detect/detect';
import { extractArticle, type ExtractOptions } from '../extract/extract';
import { judgeLanguage, languageName } from '../extract/language';
import { t, uiLanguage } from '../i18n';
import type { PageStatus, PipelineStage, Progress, StageTimings } from '../messages';
import type { Annotation, Claim, Quote, TextRange } from '../model';
import type { AnchoredRanges } from '../paint/hit-test';
import { NO_HIGHLIGHT_API, type PaintRanges, type Painter } from '../paint/highlights';
import { findArticleContainer } from './article-container';
import { budgetNotice, ELEMENT_BUDGET, firstWords, paintCutoff, tooLarge } from './budget';
import { Cancelled, mainThreadScheduler, runInSlices, type Scheduler } from './scheduling';

export interface PaintedAnnotation {
  annotation: Annotation;
  ranges: AnchoredRanges;
  /** What each found range held and around it, to find it again if the page changes. */
  selectors: AnchoredSelectors;
}

export interface AnchoredSelectors {
  quotes: Array<SpanSelectors | null>;
  claims: Array<SpanSelectors | null>;
  speakers: Array<SpanSelectors | null>;
}

export interface PipelineOutcome {
  status: PageStatus;
  /** Null when the page is not an article. */
  painted: PaintedAnnotation | null;
}

/** Detection of an article's text and its block quotations, wherever it runs (the extension runs it in the background). */
export type DetectText = (text: string, blockQuotes?: readonly TextRange[]) => Promise<Detection>;

export interface PipelineOptions extends ExtractOptions {
  detect: DetectText;
  /** How the pipeline yields to the page between and inside its stages. */
  scheduler?: Scheduler;
  /** False once the run is cancelled or dropped: the pipeline stops (with Cancelled) when it next yields. */
  live?: () => boolean;
  /** Told when each stage starts. */
  onProgress?: (progress: Progress) => void;
  /** Elements a page may have to be read without asking (the product's: ELEMENT_BUDGET). */
  elementBudget?: number;
}

/** Why a page in another language is not read, in the reader's language (the verdict's reason is the command line's English). */
function notEnglish(lang: string | null): string {
  const name = lang && languageName(lang, uiLanguage());
  return name ? t('noticeNotEnglishNamed', name) : t('noticeNotEnglish');
}

// Chrome's PDF viewer (and any other viewer) sits in a tab whose document is not HTML.
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export const ZERO_TIMINGS: StageTimings = { extract: 0, detect: 0, anchor: 0, paint: 0 };

export const present = (ranges: Array<Range | null>): Range[] => ranges.filter((r): r is Range => r !== null);

/** What the painter paints for anchored `ranges`: every quote's fill, its direct or indirect line, speakers and claims. */
export function paintRangesOf(ranges: AnchoredRanges, quotes: readonly Quote[]): PaintRanges {
  const ofKind = (kind: Quote['kind']) => present(ranges.quotes.filter((_, i) => quotes[i]?.kind === kind));
  return {
    quote: present(ranges.quotes),
    direct: ofKind('direct'),
    indirect: ofKind('indirect'),
    speaker: present(ranges.speakers),
    claim: present(ranges.claims),
  };
}

/** The reason painting failed, or null. */
function tryPaint(painter: Painter, ranges: AnchoredRanges, quotes: readonly Quote[]): string | null {
  try {
    painter.paint(paintRangesOf(ranges, quotes));
    return null;
  } catch (error) {
    return t('noticeCouldNotPaint', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Extract the article from the live `doc` (Readability works on a clone), have `options.detect`
 * find quotes and claims, then find them in the live page and paint them. Each stage starts in a
 * task of its own, and anchoring runs in slices, so the page keeps answering meanwhile.
 * `painter` is null where the browser cannot paint: the annotation is still returned, with the
 * reason as an error state. `options.force` skips the is-this-an-article gate.
 */
export async function runPipeline(doc: Document, painter: Painter | null, options: PipelineOptions): Promise<PipelineOutcome> {
  const { scheduler = mainThreadScheduler, live = () => true, onProgress, elementBudget = ELEMENT_BUDGET } = options;
  const timings: StageTimings = { ...ZERO_TIMINGS };
  const failed = (state: 'error' | 'not-article', message: string): PipelineOutcome => ({
    status: { state, quotes: 0, claims: 0, anchored: 0, timings, message },
    painted: null,
  });
  const enter = async (stage: PipelineStage, total = 1): Promise<void> => {
    await scheduler.yield();
    if (!live()) throw new Cancelled();
    // A label in a performance trace (DevTools, npm run bench:browser); the page cannot see it.
    // Optional: not every console has it (jsdom).
    console.timeStamp?.(`sourcelight:${stage}`);
    onProgress?.({ stage, done: 0, total });
  };
  const timed = <T>(stage: keyof StageTimings, run: () => T): T => {
    const started = scheduler.now();
    const value = run();
    timings[stage] += scheduler.now() - started;
    return value;
  };

  // Not an error: there is simply no article here (an SVG drawing, a feed, a PDF viewer).
  if (!HTML_TYPES.has(doc.contentType)) return failed('not-article', t('noticeNotWebPage'));
  await enter('extract');
  // A huge page is read only when the reader asks for it: its parse alone would freeze the page.
  const elements = doc.getElementsByTagName('*').length;
  if (!options.force && elements > elementBudget) {
    const tooBig = failed('not-article', tooLarge(elements));
    return { ...tooBig, status: { ...tooBig.status, notice: tooLarge(elements) } };
  }
  // The cheap gate alone is all a page that is not an article pays for.
  if (!options.force && !timed('extract', () => isProbablyReaderable(doc))) return failed('not-article', t('popupNotArticle'));
  await scheduler.yield();
  const extracted = timed('extract', () => extractArticle(doc, { force: true }));
  if (!extracted.ok) return failed('not-article', t('popupNotArticle'));
  const { meta, links = [] } = extracted.article;
  // Detection's rules are English; on another language they would only guess.
  const language = options.force ? null : judgeLanguage(extracted.article.text, meta.lang);
  if (language && !language.english) return failed('not-article', notEnglish(language.lang));
  const { text, cut } = firstWords(extracted.article.text);

  await enter('detect');
  const detectStarted = scheduler.now();
  const { blockQuotes = [] } = extracted.article;
  const { quotes, claims } = await options.detect(text, cut ? blockQuotesIn(blockQuotes, text.length) : blockQuotes);
  timings.detect = scheduler.now() - detectStarted;
  const annotation: Annotation = { article: meta, text, links, quotes, claims };

  const cutoff = paintCutoff(
    (function* () {
      for (const item of quotes) yield item.start;
      for (const item of claims) yield item.start;
    })(),
  );
  const spans = spansOf(quotes, claims, cutoff);
  await enter('anchor', spans.all.length);
  // The article's own element first: a news page's furniture can hold more text than its article.
  const scope = extracted.landmarks && doc.body ? timed('anchor', () => findArticleContainer(doc, extracted.landmarks!)) : null;
  const anchoring = doc.body ? startAnchoring(doc.body, text, spans.all, { scope }) : null;
  if (anchoring) timings.anchor += await runInSlices(scheduler, () => anchoring.step(), live);
  const ranges = spans.split(anchoring?.ranges ?? spans.all.map(() => null));
  const selectors = spans.split(anchoring?.selectors ?? spans.all.map(() => null));

  await enter('paint');
  const paintProblem = timed('paint', () => (painter ? tryPaint(painter, ranges, quotes) : NO_HIGHLIGHT_API));
  const anchored = present(ranges.quotes).length + present(ranges.claims).length;
  const notice = budgetNotice(cut, quotes.length + claims.length, spans.items);
  const counts = { quotes: quotes.length, claims: claims.length, anchored, timings, ...(notice ? { notice } : {}) };
  const status: PageStatus = paintProblem ? { state: 'error', ...counts, message: paintProblem } : { state: 'annotated', ...counts };
  return { status, painted: { annotation, ranges, selectors } };
}

/** The block quotations that start in the first `length` characters (the words budget's cut), cut at its end. */
const blockQuotesIn = (ranges: readonly TextRange[], length: number): TextRange[] =>
  ranges.flatMap((r) => (r.start < length ? [{ start: r.start, end: Math.min(r.end, length) }] : []));

/**
 * Quotes, claims and speaker mentions that start before `cutoff` (the paint budget), as one list
 * of spans to anchor together, and the way back: the others are left unanchored.
 */
function spansOf(
  quotes: Quote[],
  claims: Claim[],
  cutoff: number,
): { all: TextSpan[]; items: number; split: <T>(found: Array<T | null>) => { quotes: Array<T | null>; claims: Array<T | null>; speakers: Array<T | null> } } {
  const all: TextSpan[] = [];
  const quoteAt: number[] = [];
  const claimAt: number[] = [];
  const speakerAt: number[] = [];
  const take = (span: TextSpan, at: number[]): void => {
    at.push(span.start < cutoff ? all.push(span) - 1 : -1);
  };
  for (const quote of quotes) take(quote, quoteAt);
  for (const claim of claims) take(claim, claimAt);
  const items = all.length;
  quotes.forEach((quote, i) => (quote.speaker && quoteAt[i]! >= 0 ? take(quote.speaker, speakerAt) : speakerAt.push(-1)));
  return {
    all,
    items,
    split<T>(found: Array<T | null>) {
      const pick = (at: number[]): Array<T | null> => at.map((k) => (k >= 0 ? (found[k] ?? null) : null));
      return { quotes: pick(quoteAt), claims: pick(claimAt), speakers: pick(speakerAt) };
    },
  };
}
