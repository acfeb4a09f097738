import { readFileSync } from 'node:fs';
import { annotateHtml } from '../annotate-html';
import { detect, detectWithRules, type RuledDetection } from '../detect/detect';
import type { GoldPage } from './gold-sets';
import { tallyRules, type RuleTally } from './rule-tally';
import { scoreDocument, type DocumentScore } from './score';

/**
 * Runs the whole pipeline on one gold page and scores it; a page that fails scores as empty. With
 * `rules`, the same run's detection is added to the rules' tally (`npm run eval -- --rules`).
 */
export function scorePage(page: GoldPage, rules?: RuleTally): DocumentScore {
  let source: string;
  try {
    source = readFileSync(page.htmlPath, 'utf8');
  } catch (error) {
    return scoreDocument(page.id, page.gold, null, `cannot read ${page.htmlPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const seen: { detection?: RuledDetection } = {};
  const result = annotateHtml(source, { url: page.gold.url }, rules ? (text, blockQuotes) => (seen.detection = detectWithRules(text, blockQuotes)) : detect);
  if (!result.ok) return scoreDocument(page.id, page.gold, null, result.reason);
  if (rules && seen.detection) tallyRules(page.gold, result.annotation.text, seen.detection, rules);
  return scoreDocument(page.id, page.gold, result.annotation);
}
