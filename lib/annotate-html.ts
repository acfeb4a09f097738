import type { Annotation } from './model';
import { annotateDocument, type Detector } from './annotate';
import { detect } from './detect/detect';
import { parseHtmlDocument } from './dom/parse-html';

export type AnnotateHtmlResult = { ok: true; annotation: Annotation } | { ok: false; reason: string };

export interface AnnotateHtmlOptions {
  /** The page's address: links resolve against it, and it is the canonical URL when the page names none. */
  url?: string;
}

/** Why `source` cannot be an HTML page, or null when it may be one. */
export function notHtmlReason(source: string): string | null {
  if (source.includes('\u0000')) return 'not an HTML file (binary data)';
  if (!source.includes('<')) return 'not an HTML file (no markup)';
  return null;
}

/**
 * The whole pipeline from HTML source, outside the browser: parse, extract (forced — the caller
 * chose the file), detect. Never throws: every failure is a one-line reason.
 */
export function annotateHtml(source: string, options: AnnotateHtmlOptions = {}, detector: Detector = detect): AnnotateHtmlResult {
  const notHtml = notHtmlReason(source);
  if (notHtml) return { ok: false, reason: notHtml };
  try {
    const result = annotateDocument(parseHtmlDocument(source, options.url), { force: true }, detector);
    if (!result.ok) return { ok: false, reason: 'no article found on this page' };
    const { annotation } = result;
    if (!annotation.article.canonicalUrl && options.url) annotation.article.canonicalUrl = options.url;
    return { ok: true, annotation };
  } catch (error) {
    return { ok: false, reason: `could not annotate: ${firstLine(error)}` };
  }
}

const firstLine = (error: unknown): string => String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
