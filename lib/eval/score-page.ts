import { readFileSync } from 'node:fs';
import { annotateHtml } from '../annotate-html';
import { detectWithRules, type RuledDetection } from '../detect/detect';
import { parseHtmlDocument } from '../dom/parse-html';
import { extractArticle } from '../extract/extract';
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

/** The page's article text and its detection with the rules behind it, or null when the page cannot be read or holds no article. */
export function detectPageWithRules(page: GoldPage): { text: string; detection: RuledDetection } | null {
  try {
    const extracted = extractArticle(parseHtmlDocument(readFileSync(page.htmlPath, 'utf8'), page.gold.url), { force: true });
    if (!extracted.ok) return null;
    const { text, blockQuotes = [] } = extracted.article;
    return { text, detection: detectWithRules(text, blockQuotes) };
  } catch {
    return null;
  }
}
