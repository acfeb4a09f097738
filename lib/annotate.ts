import type { Annotation } from './model';
import { detect } from './detect/detect';
import { extractArticle, type ExtractOptions } from './extract/extract';
import { judgeLanguage } from './extract/language';

export type AnnotateResult = { ok: true; annotation: Annotation; timings: { extract: number; detect: number } } | { ok: false; reason: 'not-article'; message: string };

const now = (): number => performance.now();

/** Extract and detect: the whole pipeline that needs no live page (the CLI, the bench, the content script's first half). */
export function annotateDocument(doc: Document, options: ExtractOptions = {}): AnnotateResult {
  const t0 = now();
  const extracted = extractArticle(doc, options);
  const t1 = now();
  if (!extracted.ok) return extracted;
  const { meta, text, links = [], blockQuotes = [] } = extracted.article;
  const language = judgeLanguage(text, meta.lang);
  if (!language.english) {
    return { ok: true, annotation: { article: meta, text, links, quotes: [], claims: [], skipped: language.reason }, timings: { extract: t1 - t0, detect: 0 } };
  }
  const { quotes, claims } = detect(text, blockQuotes);
  const t2 = now();
  return {
    ok: true,
    annotation: { article: meta, text, links, quotes, claims },
    timings: { extract: t1 - t0, detect: t2 - t1 },
  };
}
