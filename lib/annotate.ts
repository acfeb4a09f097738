import type { Annotation, TextRange } from './model';
import { detect, type Detection } from './detect/detect';
import { extractArticle, type ExtractOptions } from './extract/extract';
import { judgeLanguage } from './extract/language';

export type AnnotateResult = { ok: true; annotation: Annotation; timings: { extract: number; detect: number } } | { ok: false; reason: 'not-article'; message: string };

const now = (): number => performance.now();

/** How the article's text is read: `detect`, or `detectWithRules` where the rules' tally is wanted (`npm run eval -- --rules`). */
export type Detector = (text: string, blockQuotes: readonly TextRange[]) => Detection;

/** Extract and detect: the whole pipeline that needs no live page (the CLI, the bench, the content script's first half). */
export function annotateDocument(doc: Document, options: ExtractOptions = {}, detector: Detector = detect): AnnotateResult {
  const t0 = now();
  const extracted = extractArticle(doc, options);
  const t1 = now();
  if (!extracted.ok) return extracted;
  const { meta, text, links = [], blockQuotes = [] } = extracted.article;
  const language = judgeLanguage(text, meta.lang);
  if (!language.english) {
    return { ok: true, annotation: { article: meta, text, links, quotes: [], claims: [], skipped: language.reason }, timings: { extract: t1 - t0, detect: 0 } };
  }
  const { quotes, claims } = detector(text, blockQuotes);
  const t2 = now();
  return {
    ok: true,
    annotation: { article: meta, text, links, quotes, claims },
    timings: { extract: t1 - t0, detect: t2 - t1 },
  };
}
