import { resolve } from 'node:path';
import { findGoldSets } from '../lib/eval/gold-sets';
import { formatDocument, formatSummary } from '../lib/eval/report';
import { scorePage } from '../lib/eval/score-page';
import { summarize, type DocumentScore, type ScoreSummary } from '../lib/eval/score';

const USAGE = `Usage: npm run eval [-- --verbose] [-- --summary] [-- --set NAME] [-- --json]

Scores the pipeline, run in this process, against every gold file under tests/fixtures
(dev/ first, then each other set), with the official scorer's rules and line format.

  --verbose    list every miss, false alarm and wrong speaker or value
  --summary    print each set's two summary lines only, not its pages
  --set NAME   score only this set (repeat, or NAME,NAME, for several)
  --json       end with one JSON line: {"sets": {name: summary}, "overall": summary}`;

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');
const FLAGS = ['--verbose', '--summary', '--json', '--help', '-h'];

interface Options {
  verbose: boolean;
  summary: boolean;
  json: boolean;
  help: boolean;
  sets: string[];
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { verbose: false, summary: false, json: false, help: false, sets: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--set' || arg.startsWith('--set=')) {
      const value = arg === '--set' ? argv[++i] : arg.slice('--set='.length);
      if (!value) return '--set needs a set name';
      options.sets.push(...value.split(',').filter(Boolean));
    } else if (FLAGS.includes(arg)) {
      if (arg === '--verbose') options.verbose = true;
      else if (arg === '--summary') options.summary = true;
      else if (arg === '--json') options.json = true;
      else options.help = true;
    } else return `unknown option ${arg} (try --help)`;
  }
  return options;
}

function main(argv: readonly string[]): void {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(`sourcelight: ${options}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const found = findGoldSets(FIXTURES);
  const missing = options.sets.filter((name) => !found.some((set) => set.name === name));
  if (missing.length) {
    console.error(`sourcelight: no gold set named ${missing.join(', ')} (sets: ${found.map((s) => s.name).join(', ')})`);
    process.exitCode = 2;
    return;
  }
  const sets = options.sets.length ? found.filter((set) => options.sets.includes(set.name)) : found;
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
    if (!options.summary) for (const score of scores) console.log(formatDocument(score, options.verbose).join('\n'));
    console.log(formatSummary(summaries[set.name]!).join('\n') + '\n');
  }
  const overall = summarize(all);
  if (sets.length > 1) console.log(`overall (${all.length} pages)\n${formatSummary(overall).join('\n')}`);
  if (options.json) console.log(JSON.stringify({ sets: summaries, overall }));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`sourcelight: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
