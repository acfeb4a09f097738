import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { parseHtmlDocument } from '../../lib/dom/parse-html';
import { normalize, norm } from '../../lib/eval/normalize';
import { locate } from '../../lib/eval/score';
import { extractArticle } from '../../lib/extract/extract';

// For labelling blind: checks a gold file against the page's extracted text the way the scorer
// reads it. Every quote and claim must be found, and found once (or told apart by `before`);
// `--write` fills in each item's `start`/`end` (decision 10). Runs extraction only, no detection.
//
//   npx tsx scripts/label/check-gold.ts GOLD.json [--write]

interface Item {
  text: string;
  before?: string;
  start?: number;
  end?: number;
}

const [goldPath, write] = process.argv.slice(2);
if (!goldPath) {
  console.error('usage: npx tsx scripts/label/check-gold.ts GOLD.json [--write]');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { url?: string; html?: string; quotes: Item[]; claims: Item[] };
const htmlPath = gold.html ? (isAbsolute(gold.html) ? gold.html : join(dirname(goldPath), gold.html)) : goldPath.replace(/\.gold\.json$/, '.html');
const extracted = extractArticle(parseHtmlDocument(readFileSync(htmlPath, 'utf8'), gold.url), { force: true });
if (!extracted.ok) throw new Error(`${htmlPath}: ${extracted.message}`);
const text = extracted.article.text;
const doc = normalize(text);

let problems = 0;
const check = (kind: string, items: Item[]): void => {
  items.forEach((item, i) => {
    const span = locate(item, doc);
    const where = `${kind} ${i} "${item.text.slice(0, 50)}"`;
    if (!span) {
      problems++;
      console.log(`NOT FOUND  ${where}`);
      return;
    }
    const needle = norm(item.text);
    const occurrences = doc.out.split(needle).length - 1;
    const before = norm(item.before);
    const context = norm(text.slice(Math.max(0, span.start - 80), span.start));
    if (occurrences > 1 && !(before && context.endsWith(before))) {
      problems++;
      console.log(`AMBIGUOUS  ${where}: ${occurrences} occurrences, and "before" does not fix one`);
    }
    item.start = span.start;
    item.end = span.end;
  });
};
check('quote', gold.quotes);
check('claim', gold.claims);
console.log(`${gold.quotes.length} quotes, ${gold.claims.length} claims, ${problems} problem(s)`);
if (write === '--write') writeFileSync(goldPath, JSON.stringify(gold, null, 2) + '\n');
process.exitCode = problems ? 1 : 0;
