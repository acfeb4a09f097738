import { readFileSync } from 'node:fs';
import { parseHtmlDocument } from '../../lib/dom/parse-html';
import { extractArticle } from '../../lib/extract/extract';

// For labelling blind: prints the article text exactly as the annotator extracts it (the text gold
// labels are copied from), paragraph by paragraph with the offset each starts at. It runs only
// extraction, never detection, so the labeller sees nothing the detectors found.
//
//   npx tsx scripts/label/show-text.ts PAGE.html --url URL

const [file, flag, url] = process.argv.slice(2);
if (!file || (flag !== undefined && flag !== '--url')) {
  console.error('usage: npx tsx scripts/label/show-text.ts PAGE.html [--url URL]');
  process.exit(2);
}
const extracted = extractArticle(parseHtmlDocument(readFileSync(file, 'utf8'), url), { force: true });
if (!extracted.ok) {
  console.error(`show-text: ${file}: ${extracted.message}`);
  process.exit(1);
}
const { meta, text } = extracted.article;
console.log(`title: ${meta.title}\nbyline: ${meta.byline}\ncanonical: ${meta.canonicalUrl}\n`);
let offset = 0;
for (const paragraph of text.split('\n')) {
  const lead = paragraph.length - paragraph.trimStart().length;
  if (paragraph.trim()) console.log(`[${offset + lead}] ${paragraph.trim()}`);
  offset += paragraph.length + 1;
}
