import type { Annotation } from './model';
import { detect } from './detect/detect';
import { extractArticle, type ExtractOptions } from './extract/extract';

export type AnnotateResult =
  | { ok: true; annotation: Annotation; timings: { extract: number; detect: number } }
  | { ok: false; reason: 'not-article'; message: string };

const now = (): number => performance.now();

/** Extract and detect: the whole pipeline that needs no live page (the CLI, the bench, the content script's first half). */
export function annotateDocument(doc: Document, options: ExtractOptions = {}): AnnotateResult {
  const t0 = now();
  const extracted = extractArticle(doc, options);
  const t1 = now();
  if (!extracted.ok) return extracted;
  const { quotes, claims } = detect(extracted.article.text);
  const t2 = now();
  return {
    ok: true,
    annotation: { article: extracted.article.meta, text: extracted.article.text, links: extracted.article.links ?? [], quotes, claims },
    timings: { extract: t1 - t0, detect: t2 - t1 },
  };
}
