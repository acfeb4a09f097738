import { resolve } from 'node:path';
import { findGoldSets, type GoldSet } from '../lib/eval/gold-sets';
import { formatDocument, formatSummary } from '../lib/eval/report';
import { emptyRuleTally, formatRuleTally, type RuleTally } from '../lib/eval/rule-tally';
import { scorePage } from '../lib/eval/score-page';
import { summarize, type DocumentScore, type ScoreSummary } from '../lib/eval/score';

const USAGE = `Usage: npm run eval [-- --verbose] [-- --summary] [-- --rules] [-- --set NAME] [-- --json]

Scores the pipeline, run in this process, against every gold file under tests/fixtures
(dev/ first, then each other set), with the official scorer's rules and line format.

  --verbose    list every miss, false alarm and wrong speaker or value (of a set with a
               KEEP-BLIND file, such as blind-e, only when it is named with --set)
  --summary    print each set's two summary lines only, not its pages
  --rules      after each set's summary, tally every detection rule over the sets scored:
               quotes each rule found and how many were right, quotations dropped and
               numbers judged no claim, and how many of those were gold (docs/detection.md)
  --set NAME   score only this set (repeat, or NAME,NAME, for several)
  --json       end with one JSON line: {"sets": {name: summary}, "overall": summary}`;

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');
const FLAGS = ['--verbose', '--summary', '--rules', '--json', '--help', '-h'];

interface Options {
  verbose: boolean;
  summary: boolean;
  json: boolean;
  rules: boolean;
  help: boolean;
  sets: string[];
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { verbose: false, summary: false, json: false, rules: false, help: false, sets: [] };
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
      else if (arg === '--rules') options.rules = true;
      else options.help = true;
    } else return `unknown option ${arg} (try --help)`;
  }
  return options;
}

/** A set kept blind shows its misses and its rules' record (its misses in other words) only when it is named. */
const showsDetail = (set: GoldSet, options: Options): boolean => !set.keptBlind || options.sets.includes(set.name);

function printRuleTally(tally: RuleTally, sets: readonly GoldSet[], options: Options): void {
  const tallied = sets.filter((set) => showsDetail(set, options)).map((set) => set.name);
  const kept = sets.filter((set) => !showsDetail(set, options)).map((set) => set.name);
  const left = kept.length ? `; ${kept.join(', ')} kept blind (name a set with --set to tally it)` : '';
  console.log(`\nrules over ${tally.pages} pages of ${tallied.join(', ')}${left}\n${formatRuleTally(tally).join('\n')}`);
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
  const tally = emptyRuleTally();
  for (const set of sets) {
    const rules = options.rules && showsDetail(set, options) ? tally : undefined;
    const scores = set.pages.map((page) => scorePage(page, rules));
    all.push(...scores);
    summaries[set.name] = summarize(scores);
    console.log(`${set.name} (${scores.length} pages)`);
    const verbose = options.verbose && showsDetail(set, options);
    if (!options.summary) for (const score of scores) console.log(formatDocument(score, verbose).join('\n'));
    console.log(formatSummary(summaries[set.name]!).join('\n') + '\n');
  }
  const overall = summarize(all);
  if (sets.length > 1) console.log(`overall (${all.length} pages)\n${formatSummary(overall).join('\n')}`);
  if (options.rules) printRuleTally(tally, sets, options);
  if (options.json) console.log(JSON.stringify({ sets: summaries, overall }));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`sourcelight: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
