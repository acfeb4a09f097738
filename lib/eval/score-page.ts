import { readFileSync } from 'node:fs';
import { annotateHtml } from '../annotate-html';
import type { GoldPage } from './gold-sets';
import { scoreDocument, type DocumentScore } from './score';

/** Runs the whole pipeline on one gold page and scores it; a page that fails scores as empty. */
export function scorePage(page: GoldPage): DocumentScore {
  let source: string;
  try {
    source = readFileSync(page.htmlPath, 'utf8');
  } catch (error) {
    return scoreDocument(page.id, page.gold, null, `cannot read ${page.htmlPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const result = annotateHtml(source, { url: page.gold.url });
  return result.ok ? scoreDocument(page.id, page.gold, result.annotation) : scoreDocument(page.id, page.gold, null, result.reason);
}
