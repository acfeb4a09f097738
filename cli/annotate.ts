import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { annotateDocument } from '../lib/annotate';

// Minimal first version; the foundation issue grows it (--format text, directories, errors).
const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args[urlAt + 1] : '';
const files = args.filter((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
for (const f of files.flatMap((f) => (statSync(f).isDirectory() ? readdirSync(f).filter((n) => n.endsWith('.html')).map((n) => join(f, n)) : [f]))) {
  const { document } = parseHTML(readFileSync(f, 'utf8'));
  const r = annotateDocument(document as unknown as Document, { force: true });
  if (!r.ok) { console.error(`${f}: ${r.message}`); process.exitCode = 1; continue; }
  if (!r.annotation.article.canonicalUrl && url) r.annotation.article.canonicalUrl = url;
  console.log(JSON.stringify(r.annotation));
}
