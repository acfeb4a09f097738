import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { measureColdStart, type ColdStartRow } from './cold-start';
import { measureHostile } from './hostile';
import { measureLibrary } from './library';
import { measureScaling, type ScalingRow } from './scaling';
import { STAGES, type PageRun } from './stages';
import { measureStore } from './store';
import { countWords, spread, timeMedian, type Spread } from './stats';
import { formatTable, ms } from './table';

// `npm run bench`: every dev page and every real page through the stages in Node, Readability's
// own parse beside them as the yardstick; detection speed on 1k–100k words and on hostile inputs;
// the notes store at 1k–100k notes; heap used.

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 3;
const SCALING_SIZES = [1_000, 10_000, 100_000];
const COLD_SIZES = [1_000, 10_000];

interface PageTiming {
  page: string;
  kb: number;
  words: number;
  quotes: number;
  claims: number;
  /** Median milliseconds per stage. */
  ms: Record<string, number>;
}

const heapMb = (): number => process.memoryUsage().heapUsed / 2 ** 20;
/** Exposed by `node --expose-gc` (the npm script): heap figures then count live memory, not garbage. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
let peakHeapMb = 0;

function gold(dir: string, file: string): { url?: string } {
  try {
    return JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.gold.json')), 'utf8')) as { url?: string };
  } catch {
    return {};
  }
}

function benchPage(dir: string, file: string): PageTiming {
  const html = readFileSync(join(dir, file), 'utf8');
  const page: PageRun = { html, url: gold(dir, file).url };
  const times: Record<string, number> = {};
  for (const stage of STAGES)
    times[stage.name] = timeMedian(
      RUNS,
      () => stage.prepare?.(page),
      (prepared) => stage.run(page, prepared),
    );
  peakHeapMb = Math.max(peakHeapMb, heapMb());
  for (const stage of STAGES) stage.release?.(page);
  return {
    page: basename(file, '.html'),
    kb: Buffer.byteLength(html) / 1024,
    words: countWords(page.text ?? ''),
    quotes: page.quotes?.length ?? 0,
    claims: page.claims?.length ?? 0,
    ms: times,
  };
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();

/** jsdom frees a closed window's memory only once the event loop turns, so the loop yields between pages. */
async function benchDir(dir: string): Promise<PageTiming[]> {
  const timings: PageTiming[] = [];
  for (const file of htmlFiles(dir)) {
    timings.push(benchPage(dir, file));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return timings;
}

const pipelineMs = (t: PageTiming): number => STAGES.filter((s) => !s.yardstick).reduce((sum, s) => sum + (t.ms[s.name] ?? 0), 0);

async function main(): Promise<void> {
  const started = performance.now();
  const devDir = join(ROOT, 'tests/fixtures/dev');
  const pagesDir = join(ROOT, 'tests/fixtures/pages');
  const dev = await benchDir(devDir);
  const pages = await benchDir(pagesDir);

  const devTexts = htmlFiles(devDir).map((f) => {
    const page: PageRun = { html: readFileSync(join(devDir, f), 'utf8') };
    STAGES.slice(0, STAGES.findIndex((s) => s.name === 'extract') + 1).forEach((s) => s.run(page, s.prepare?.(page)));
    return page.text ?? '';
  });
  const scaling: ScalingRow[] = measureScaling(devTexts, SCALING_SIZES, RUNS);
  const coldStart: ColdStartRow[] = measureColdStart(devTexts, COLD_SIZES, RUNS);
  const hostile = measureHostile(RUNS);
  peakHeapMb = Math.max(peakHeapMb, heapMb());
  const store = await measureStore(SCALING_SIZES);
  const library = await measureLibrary([10_000, 100_000]);

  const stageNames = STAGES.map((s) => s.name);
  const label = (name: string) => (STAGES.find((s) => s.name === name)?.yardstick ? `(${name})` : name);
  const header = ['page', 'KB', 'words', ...stageNames.map(label), 'pipeline', 'quotes#', 'claims#'];
  const row = (t: PageTiming) => [
    t.page,
    t.kb.toFixed(0),
    String(t.words),
    ...stageNames.map((n) => ms(t.ms[n] ?? Number.NaN)),
    ms(pipelineMs(t)),
    String(t.quotes),
    String(t.claims),
  ];
  console.log(`Dev pages — median of ${RUNS} runs, milliseconds; (readability) is the yardstick, not part of the pipeline`);
  console.log(formatTable(header, dev.map(row)));

  const pageSpread: Record<string, Spread> = Object.fromEntries([
    ...stageNames.map((n) => [n, spread(pages.map((t) => t.ms[n] ?? 0))]),
    ['pipeline', spread(pages.map(pipelineMs))],
  ]);
  console.log(`\n${pages.length} real pages — milliseconds per page`);
  console.log(
    formatTable(
      ['', ...Object.keys(pageSpread).map(label)],
      (['median', 'p95', 'max'] as const).map((k) => [k, ...Object.values(pageSpread).map((s) => ms(s[k]))]),
    ),
  );

  console.log('\nDetection — milliseconds per 1,000 words (equal across sizes = linear)');
  console.log(
    formatTable(
      ['words', 'quotes', 'claims'],
      scaling.map((r) => [r.words.toLocaleString('en'), ms(r.quotesMsPer1kWords), ms(r.claimsMsPer1kWords)]),
    ),
  );

  console.log('\nDetection cold (first call in a fresh process, as in a fresh content-script world) and warm — milliseconds per 1,000 words');
  console.log(
    formatTable(
      ['words', 'cold', 'warm'],
      coldStart.map((r) => [r.words.toLocaleString('en'), ms(r.coldMsPer1kWords), ms(r.warmMsPer1kWords)]),
    ),
  );

  console.log('\nHostile inputs — milliseconds per 100,000 characters at 100 KB and at 1 MB (equal = linear)');
  console.log(
    formatTable(
      ['input', 'detector', '100 KB', '1 MB'],
      hostile.map((r) => [r.name, r.detector, ms(r.msPer100kAtSmall), ms(r.msPer100kAtLarge)]),
    ),
  );

  console.log('\nNotes store (fake-indexeddb in Node) — milliseconds per operation, median of 15');
  console.log(
    formatTable(
      ['notes', 'add', 'edit', 'list a page', 'list a tag'],
      store.map((r) => [r.notes.toLocaleString('en'), ms(r.addMs), ms(r.editMs), ms(r.listPageMs), ms(r.listByTagMs)]),
    ),
  );

  console.log('\nLibrary page (Node; reading IndexedDB not included) — milliseconds; search is the median of five queries after the first');
  console.log(
    formatTable(
      ['rows', 'to first rows', 'first search', 'search', 'filter + sort', 'figures ledger'],
      library.map((r) => [r.rows.toLocaleString('en'), ms(r.prepareMs), ms(r.firstSearchMs), ms(r.searchMs), ms(r.filterSortMs), ms(r.ledgerMs)]),
    ),
  );
  console.log('\nLibrary exports of everything, run in 10 ms slices as the page runs them — milliseconds (MB)');
  console.log(
    formatTable(
      ['rows', ...library[0]!.exports.map((e) => e.format)],
      library.map((r) => [r.rows.toLocaleString('en'), ...r.exports.map((e) => `${ms(e.ms)} (${e.mb.toFixed(1)})`)]),
    ),
  );

  collectGarbage();
  const heap = { usedMb: heapMb(), peakMb: peakHeapMb };
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nHeap ${heap.peakMb.toFixed(0)} MB at most after a page, ${heap.usedMb.toFixed(0)} MB live at the end; bench took ${seconds.toFixed(1)} s`);

  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    runs: RUNS,
    stages: STAGES.map(({ name, yardstick }) => ({ name, yardstick: !!yardstick })),
    dev,
    pages: { count: pages.length, spread: pageSpread, rows: pages },
    scaling,
    coldStart,
    hostile,
    store,
    library,
    heap,
    seconds,
  };
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`Wrote ${join('bench/results', 'latest.json')}`);
}

main().catch((error: unknown) => {
  console.error(`sourcelight bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
