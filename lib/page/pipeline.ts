import { anchorSpans, type TextSpan } from '../anchor/anchor';
import { annotateDocument } from '../annotate';
import type { ExtractOptions } from '../extract/extract';
import type { PageStatus, StageTimings } from '../messages';
import type { Annotation, Claim, Quote } from '../model';
import type { AnchoredRanges } from '../paint/hit-test';
import { NO_HIGHLIGHT_API, type Painter } from '../paint/highlights';

export interface PaintedAnnotation {
  annotation: Annotation;
  ranges: AnchoredRanges;
}

export interface PipelineOutcome {
  status: PageStatus;
  /** Null when the page is not an article. */
  painted: PaintedAnnotation | null;
}

export const NOT_A_WEB_PAGE = 'Sourcelight reads web pages; this is a PDF or another kind of file.';

// Chrome's PDF viewer (and any other viewer) sits in a tab whose document is not HTML.
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export const ZERO_TIMINGS: StageTimings = { extract: 0, detect: 0, anchor: 0, paint: 0 };

/** Lets the page handle input between stages, so a long article never freezes it for the whole run. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const present = (ranges: Array<Range | null>): Range[] => ranges.filter((r): r is Range => r !== null);

/** The reason painting failed, or null. */
function tryPaint(painter: Painter, ranges: AnchoredRanges): string | null {
  try {
    painter.paint({ quote: present(ranges.quotes), speaker: present(ranges.speakers), claim: present(ranges.claims) });
    return null;
  } catch (error) {
    return `Sourcelight could not paint this page: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Extract the article from the live `doc` (Readability works on a clone) and detect quotes and
 * claims, exactly as the CLI does (lib/annotate); then find them in the live page and paint them.
 * `painter` is null where the browser cannot paint: the annotation is still returned, with the
 * reason as an error state. `options.force` skips the is-this-an-article gate.
 */
export async function runPipeline(doc: Document, painter: Painter | null, options: ExtractOptions = {}): Promise<PipelineOutcome> {
  const timings: StageTimings = { ...ZERO_TIMINGS };
  const timed = <T>(stage: keyof StageTimings, run: () => T): T => {
    const started = performance.now();
    const value = run();
    timings[stage] = performance.now() - started;
    return value;
  };

  if (!HTML_TYPES.has(doc.contentType)) {
    return { status: { state: 'error', quotes: 0, claims: 0, anchored: 0, timings, message: NOT_A_WEB_PAGE }, painted: null };
  }
  const started = performance.now();
  const annotated = annotateDocument(doc, options);
  if (!annotated.ok) {
    timings.extract = performance.now() - started;
    return { status: { state: 'not-article', quotes: 0, claims: 0, anchored: 0, timings, message: annotated.message }, painted: null };
  }
  timings.extract = annotated.timings.extract;
  timings.detect = annotated.timings.detect;
  const { text, quotes, claims } = annotated.annotation;

  await nextTask();
  const ranges = timed('anchor', () => anchorAll(doc, text, quotes, claims));

  await nextTask();
  const paintProblem = timed('paint', () => (painter ? tryPaint(painter, ranges) : NO_HIGHLIGHT_API));

  const anchored = present(ranges.quotes).length + present(ranges.claims).length;
  const counts = { quotes: quotes.length, claims: claims.length, anchored, timings };
  const status: PageStatus = paintProblem ? { state: 'error', ...counts, message: paintProblem } : { state: 'annotated', ...counts };
  return { status, painted: { annotation: annotated.annotation, ranges } };
}

/** One anchoring pass over quotes, claims and speaker mentions together. */
function anchorAll(doc: Document, text: string, quotes: Quote[], claims: Claim[]): AnchoredRanges {
  const mentions = quotes.flatMap((q, quoteIndex) => (q.speaker ? [{ quoteIndex, span: q.speaker }] : []));
  const spans: TextSpan[] = [...quotes, ...claims, ...mentions.map((m) => m.span)];
  const found = doc.body ? anchorSpans(doc.body, text, spans) : spans.map(() => null);
  const speakers: Array<Range | null> = quotes.map(() => null);
  mentions.forEach((m, k) => (speakers[m.quoteIndex] = found[quotes.length + claims.length + k] ?? null));
  return {
    quotes: found.slice(0, quotes.length),
    claims: found.slice(quotes.length, quotes.length + claims.length),
    speakers,
  };
}
