import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { annotateHtml } from '../lib/annotate-html';
import { findGoldSets, type GoldPage } from '../lib/eval/gold-sets';
import { formatDocument, formatSummary } from '../lib/eval/report';
import { scoreDocument, summarize, type DocumentScore, type ScoreSummary } from '../lib/eval/score';

const USAGE = `Usage: npm run eval [-- --verbose] [-- --json]

Scores the pipeline, run in this process, against every gold file under tests/fixtures
(dev/ first, then each other set), with the official scorer's rules and line format.

  --verbose   list every miss, false alarm and wrong speaker or value
  --json      end with one JSON line: {"sets": {name: summary}, "overall": summary}`;

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

function scorePage(page: GoldPage): DocumentScore {
  let source: string;
  try {
    source = readFileSync(page.htmlPath, 'utf8');
  } catch (error) {
    return scoreDocument(page.id, page.gold, null, `cannot read ${page.htmlPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const result = annotateHtml(source, { url: page.gold.url });
  return result.ok ? scoreDocument(page.id, page.gold, result.annotation) : scoreDocument(page.id, page.gold, null, result.reason);
}

function main(argv: readonly string[]): void {
  const unknown = argv.find((a) => !['--verbose', '--json', '--help', '-h'].includes(a));
  if (unknown) {
    console.error(`sourcelight: unknown option ${unknown} (try --help)`);
    process.exitCode = 2;
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const verbose = argv.includes('--verbose');
  const sets = findGoldSets(FIXTURES);
  if (!sets.length) {
    console.error(`sourcelight: ${FIXTURES}: no gold files`);
    process.exitCode = 1;
    return;
  }
  const summaries: Record<string, ScoreSummary> = {};
  const all: DocumentScore[] = [];
  for (const set of sets) {
    const scores = set.pages.map(scorePage);
    all.push(...scores);
    summaries[set.name] = summarize(scores);
    console.log(`${set.name} (${scores.length} pages)`);
    for (const score of scores) console.log(formatDocument(score, verbose).join('\n'));
    console.log(formatSummary(summaries[set.name]!).join('\n') + '\n');
  }
  const overall = summarize(all);
  if (sets.length > 1) console.log(`overall (${all.length} pages)\n${formatSummary(overall).join('\n')}`);
  if (argv.includes('--json')) console.log(JSON.stringify({ sets: summaries, overall }));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`sourcelight: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
