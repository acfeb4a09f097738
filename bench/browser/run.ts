import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchExtension } from '../../scripts/support/launch-extension';
import { serveDirectory } from '../../scripts/support/serve-directory';
import { median } from '../stats';
import { formatTable, ms } from '../table';
import { measureClockCost, type ClockCost } from './clock';
import { measureDetectMessage, runTrial, type MessageCost, type Trial } from './measure';
import { textOfLength } from '../scaling';
import { pageTexts, syntheticArticle } from './synthetic';

// `npm run bench:browser`: the test build in real Chromium, annotating real saved pages and
// synthetic 1k–100k-word articles; each page's main thread read from the browser's trace.
// BENCH_ROUNDS (default 3) trials per page; figures per page are medians over them. BENCH_ONLY=text
// runs only the pages whose name holds that text.

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const EXTENSION = join(ROOT, '.output-test/chrome-mv3');
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3;
const ONLY = process.env.BENCH_ONLY;
const NEWS_PAGES = 10;
const LARGEST_PAGES = 10;
const SYNTHETIC_WORDS = [1_000, 10_000, 50_000, 100_000];
const TINY_PAGE = 'browser/not-article.html';
/** A page that changes itself: the clock-watching figure (issue #10). */
const LIVE_PAGE = 'browser/live-article.html';
const TASK_TARGET_MS = 50;

const htmlIn = (dir: string): string[] =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .sort();

/** Ten news pages (name order) and the ten largest saved pages. */
function realPages(): string[] {
  const news = htmlIn('news')
    .slice(0, NEWS_PAGES)
    .map((f) => `news/${f}`);
  const largest = htmlIn('pages')
    .map((f) => ({ path: `pages/${f}`, size: statSync(join(FIXTURES, 'pages', f)).size }))
    .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))
    .slice(0, LARGEST_PAGES)
    .map((p) => p.path);
  return [...news, ...largest];
}

interface PageSummary {
  page: string;
  quotes: number;
  claims: number;
  triggerToDoneMs: number;
  longestCpuMs: number;
  longestWallMs: number;
  extractCpuMs: number;
  oursCpuMs: number;
  readabilityCpuMs: number;
  beyondReadability: number;
  anchorPaintMs: number;
  anchorPaintCpuMs: number;
}

function summarise(page: string, trials: Trial[]): PageSummary {
  const m = (pick: (t: Trial) => number): number => median(trials.map(pick));
  return {
    page,
    quotes: trials[0]?.quotes ?? 0,
    claims: trials[0]?.claims ?? 0,
    triggerToDoneMs: m((t) => t.triggerToDoneMs),
    longestCpuMs: m((t) => t.longestCpuMs),
    longestWallMs: m((t) => t.longestWallMs),
    extractCpuMs: m((t) => t.extractCpuMs),
    oursCpuMs: m((t) => t.oursCpuMs),
    readabilityCpuMs: m((t) => t.readabilityCpuMs),
    beyondReadability: m((t) => (t.oursCpuMs - t.readabilityCpuMs) / t.readabilityCpuMs),
    anchorPaintMs: m((t) => t.anchorPaintMs),
    anchorPaintCpuMs: m((t) => t.anchorPaintCpuMs),
  };
}

/** A script's size, raw and gzip, in KB; null when the build has no such file. */
function scriptSize(path: string): { kb: number; gzipKb: number } | null {
  if (!existsSync(join(EXTENSION, path))) return null;
  const body = readFileSync(join(EXTENSION, path));
  return { kb: body.length / 1024, gzipKb: gzipSync(body).length / 1024 };
}

async function main(): Promise<void> {
  const started = performance.now();
  const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  const texts = pageTexts(join(FIXTURES, 'dev'));
  const server = await serveDirectory(FIXTURES);
  const { context, extensionId } = await launchExtension(EXTENSION, { headless: true });
  const synthetic = new Map(SYNTHETIC_WORDS.map((words) => [server.url(`synthetic/${words}-words.html`), syntheticArticle(texts, words)]));
  await context.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/, (route) => route.fulfill({ status: 204 }));
  await context.route(/\/synthetic\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: synthetic.get(route.request().url()) ?? '' }));
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/popup.html`);

  const allTargets = [
    ...realPages().map((p) => ({ page: p, url: server.url(p) })),
    ...SYNTHETIC_WORDS.map((w) => ({ page: `synthetic ${w / 1000}k words`, url: server.url(`synthetic/${w}-words.html`) })),
  ];
  const targets = allTargets.filter((t) => !ONLY || t.page.includes(ONLY));
  const trials: Trial[] = [];
  const tiny: Trial[] = [];
  let message: MessageCost | null;
  let clock: ClockCost[] | null;
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      tiny.push(await runTrial(context, control, server.url(TINY_PAGE), readabilitySource, { page: TINY_PAGE, round }));
      for (const { page, url } of targets) {
        trials.push(await runTrial(context, control, url, readabilitySource, { page, round }));
        process.stderr.write('.');
      }
    }
    process.stderr.write('\n');
    // A build whose background does not detect (before issue #11) has no such message.
    message = await measureDetectMessage(control, textOfLength(texts, 100_000), 100_000).catch(() => null);
    // A build that does not watch the article (before issue #10) pays nothing here either.
    clock = await measureClockCost(context, control, server.url(LIVE_PAGE), ROUNDS);
  } finally {
    await context.close();
    await server.close();
  }

  const pages = targets.map(({ page }) =>
    summarise(
      page,
      trials.filter((t) => t.page === page),
    ),
  );
  const real = pages.filter((p) => !p.page.startsWith('synthetic'));
  const realTrials = trials.filter((t) => !t.page.startsWith('synthetic'));
  console.log(
    `Real Chromium, ${ROUNDS} rounds; milliseconds, medians over rounds; CPU = the main thread's own time in the task; longest = apart from the content script's Readability task (extract), where that is told apart`,
  );
  console.log(
    formatTable(
      ['page', 'quotes', 'claims', 'trigger→done', 'longest CPU', 'longest wall', 'extract CPU', 'ours CPU', '(readability)', 'beyond/readab.', 'anchor+paint', 'anchor+paint CPU'],
      pages.map((p) => [
        p.page,
        String(p.quotes),
        String(p.claims),
        ms(p.triggerToDoneMs),
        ms(p.longestCpuMs),
        ms(p.longestWallMs),
        ms(p.extractCpuMs),
        ms(p.oursCpuMs),
        ms(p.readabilityCpuMs),
        `${p.beyondReadability.toFixed(2)}×`,
        ms(p.anchorPaintMs),
        ms(p.anchorPaintCpuMs),
      ]),
    ),
  );

  const size = scriptSize('content-scripts/content.js')!;
  // The page's UI (the hover card, the legend, the selection's note), injected when first needed.
  const pageUiSize = scriptSize('page-ui.js');
  const hundredK = trials.filter((t) => t.page === 'synthetic 100k words');
  const worst = (list: Trial[], pick: (t: Trial) => number): number => Math.max(...list.map(pick));
  const overall = {
    longestTaskCpuMs: { median: median(real.map((p) => p.longestCpuMs)), worst: worst(realTrials, (t) => t.longestCpuMs) },
    longestTaskWallMs: { median: median(real.map((p) => p.longestWallMs)), worst: worst(realTrials, (t) => t.longestWallMs) },
    extractTaskCpuMs: { median: median(real.map((p) => p.extractCpuMs)), worst: worst(realTrials, (t) => t.extractCpuMs) },
    trialsWithTaskOver50: { count: realTrials.filter((t) => t.tasksOver50 > 0).length, of: realTrials.length },
    beyondReadability: median(real.map((p) => p.beyondReadability)),
    anchorPaintMs: { median: median(real.map((p) => p.anchorPaintMs)), worst: worst(realTrials, (t) => t.anchorPaintMs) },
    anchorPaintCpuMs: { median: median(real.map((p) => p.anchorPaintCpuMs)), worst: worst(realTrials, (t) => t.anchorPaintCpuMs) },
    injectionTinyPageCpuMs: median(tiny.map((t) => t.injectionCpuMs)),
    contentScript: size,
    pageUiScript: pageUiSize,
    hundredKWords: { longestCpuMs: worst(hundredK, (t) => t.longestCpuMs), triggerToDoneMs: median(hundredK.map((t) => t.triggerToDoneMs)) },
  };
  console.log(`\nOverall — ${real.length} real pages (${realTrials.length} trials); targets from issue #11`);
  console.log(
    formatTable(
      ['', 'now', 'target'],
      [
        ['longest task of ours, CPU (median / worst)', `${ms(overall.longestTaskCpuMs.median)} / ${ms(overall.longestTaskCpuMs.worst)}`, `≤ ${TASK_TARGET_MS}`],
        ['longest task of ours, wall (median / worst)', `${ms(overall.longestTaskWallMs.median)} / ${ms(overall.longestTaskWallMs.worst)}`, ''],
        ['the Readability task in the content script, CPU (median / worst)', `${ms(overall.extractTaskCpuMs.median)} / ${ms(overall.extractTaskCpuMs.worst)}`, 'the exception'],
        ['trials with a task of ours over 50 ms CPU', `${overall.trialsWithTaskOver50.count} of ${overall.trialsWithTaskOver50.of}`, '0'],
        ['our time beyond Readability / Readability', `${overall.beyondReadability.toFixed(2)}×`, '≤ 0.25×'],
        ['anchor + paint, wall time of its slices (median / worst)', `${ms(overall.anchorPaintMs.median)} / ${ms(overall.anchorPaintMs.worst)}`, '≤ 10 / ≤ 50'],
        ['anchor + paint, CPU of its tasks (median / worst)', `${ms(overall.anchorPaintCpuMs.median)} / ${ms(overall.anchorPaintCpuMs.worst)}`, '≤ 10 / ≤ 50'],
        ['content-script injection task, tiny page (CPU)', ms(overall.injectionTinyPageCpuMs), '≤ 30'],
        ['content script, KB / KB gzip', `${size.kb.toFixed(1)} / ${size.gzipKb.toFixed(1)}`, '≤ 45 gzip'],
        ['the page-UI script, loaded when first needed, KB / KB gzip', pageUiSize ? `${pageUiSize.kb.toFixed(1)} / ${pageUiSize.gzipKb.toFixed(1)}` : 'in the content script', ''],
        [
          '100k words: longest task CPU (worst) / trigger→done',
          `${ms(overall.hundredKWords.longestCpuMs)} / ${ms(overall.hundredKWords.triggerToDoneMs)}`,
          `≤ ${TASK_TARGET_MS} / linear`,
        ],
      ],
    ),
  );
  if (message) {
    console.log(
      `\nDetection in the background, ${message.words.toLocaleString('en')} words: ${ms(message.roundTripMs)} ms round trip, of which ${ms(message.detectMs)} ms detecting (the message ${ms(message.roundTripMs - message.detectMs)} ms)`,
    );
  }
  if (clock) {
    console.log(`\nWatching the article while the page ticks a clock every 5 ms: our main-thread time per tick (medians of ${ROUNDS} runs)`);
    for (const c of clock) {
      console.log(`  clock ${c.where}: ${c.ticks} ticks, ${c.calls} calls into our code; ${c.cpuUs.toFixed(1)} µs CPU (${c.wallUs.toFixed(1)} µs wall) per tick`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nbench:browser took ${seconds.toFixed(0)} s`);
  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    join(resultsDir, 'browser-latest.json'),
    JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, overall, message, clock, pages, tiny, trials, seconds }, null, 2) + '\n',
  );
  console.log(`Wrote ${join('bench/results', 'browser-latest.json')}`);
}

main().catch((error: unknown) => {
  console.error(`sourcelight bench:browser: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
