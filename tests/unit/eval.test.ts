import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotateHtml } from '../../lib/annotate-html';
import { readGoldSet, type GoldPage } from '../../lib/eval/gold-sets';
import { formatDocument, formatSummary } from '../../lib/eval/report';
import { scoreDocument, summarize, type GoldFile, type Prediction, type PredictedClaim, type PredictedQuote } from '../../lib/eval/score';

const text = 'Zelensky claimed "31,000 soldiers died." Later he said 31,000 more were hurt, officials said.';
const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length };
};
const secondCount = at('31,000', 20);
const gold: GoldFile = {
  quotes: [
    { text: '31,000 soldiers died.', before: 'Zelensky claimed "', kind: 'direct', speaker: 'Volodymyr Zelensky', aliases: ['Zelensky'] },
    { text: '31,000 more were hurt', before: 'Later he said ', kind: 'indirect', speaker: 'Volodymyr Zelensky' },
  ],
  claims: [
    { text: '31,000', before: 'Zelensky claimed "', value: 31000, source: 'Volodymyr Zelensky' },
    { text: '31,000', before: 'he said ', value: 31000, source: null },
  ],
};
const direct: PredictedQuote = { ...at('31,000 soldiers died.'), speaker: { name: 'Zelensky' } };
const indirect: PredictedQuote = { ...at('31,000 more were hurt'), speaker: { name: 'Volodymyr Zelensky' } };
const firstClaim: PredictedClaim = { ...at('31,000'), value: 31000, quote: 0 };
const secondClaim: PredictedClaim = { ...secondCount, value: 31000, quote: null, source: null };
const pred = (quotes: PredictedQuote[], claims: PredictedClaim[], predText = text): Prediction => ({ text: predText, quotes, claims });

describe('scoreDocument', () => {
  it.each([
    [
      'everything right',
      pred([direct, indirect], [firstClaim, secondClaim]),
      { quotes: { tp: 2, fp: 0, fn: 0 }, claims: { tp: 2, fp: 0, fn: 0 }, speaker: [2, 2], value: [2, 2], source: [2, 2] },
    ],
    ['nothing predicted', pred([], []), { quotes: { tp: 0, fp: 0, fn: 2 }, claims: { tp: 0, fp: 0, fn: 2 }, speaker: [0, 0], source: [0, 0] }],
    [
      'a pronoun is never the right speaker',
      pred(
        [
          { ...direct, speaker: { name: 'he' } },
          { ...indirect, speaker: null },
        ],
        [],
      ),
      { quotes: { tp: 2, fp: 0, fn: 0 }, speaker: [0, 2] },
    ],
    ['a quote span under half of the gold one', pred([{ ...direct, end: direct.start + 8 }], []), { quotes: { tp: 0, fp: 1, fn: 2 } }],
    ['a quote span over twice the gold one', pred([{ ...direct, start: 0, end: text.length }], []), { quotes: { tp: 0, fp: 1, fn: 2 } }],
    ['one-to-one: the best overlap wins, the other is false', pred([{ ...direct, end: direct.end - 3 }, direct], []), { quotes: { tp: 1, fp: 1, fn: 1 }, speaker: [1, 1] }],
    ['a claim overlapping by one character', pred([], [{ start: secondCount.end - 1, end: secondCount.end + 5, value: 31000 }]), { claims: { tp: 1, fp: 0, fn: 1 } }],
    ['`before` tells which occurrence is meant', pred([], [{ ...secondCount, value: 31000 }]), { claims: { tp: 1, fp: 0, fn: 1 }, source: [1, 1] }],
    [
      'a value within 0.5%',
      pred(
        [],
        [
          { ...firstClaim, value: 31150 },
          { ...secondClaim, value: 31200 },
        ],
      ),
      { value: [1, 2] },
    ],
    [
      'a claim source through its quote or its own source',
      pred(
        [direct],
        [
          { ...firstClaim, quote: null, source: 'Zelensky' },
          { ...secondClaim, quote: 0 },
        ],
      ),
      { source: [1, 2] },
    ],
    ['a quote index that points nowhere falls back to the source', pred([], [{ ...firstClaim, quote: 9, source: 'Volodymyr Zelensky' }]), { source: [1, 1] }],
    [
      'items without integer offsets are ignored',
      pred([{ ...direct, start: 1.5 }], [{ ...firstClaim, end: Number.NaN }]),
      { quotes: { tp: 0, fp: 0, fn: 2 }, claims: { tp: 0, fp: 0, fn: 2 } },
    ],
    [
      'text compared without case, quote styles and spacing',
      pred([{ start: 19, end: 45, speaker: { name: 'Zelensky' } }], [], 'ZELENSKY   claimed  “31,000   SOLDIERS   died.” Later he said'),
      { quotes: { tp: 1, fp: 0, fn: 1 }, speaker: [1, 1], lost: 1 },
    ],
  ])('%s', (_, prediction, expected) => {
    expect(scoreDocument('page', gold, prediction)).toMatchObject(expected);
  });

  it('scores a missing prediction as empty and says why', () => {
    const score = scoreDocument('page', gold, null, 'no article found on this page');
    expect(score).toMatchObject({ failure: 'no article found on this page', lost: 4, quotes: { tp: 0, fp: 0, fn: 2 } });
    expect(formatDocument(score, false)[0]).toBe('page: no output (no article found on this page)');
  });

  it('pools counts over pages and prints them as the official scorer does', () => {
    const right = scoreDocument('a', gold, pred([direct, indirect], [firstClaim, secondClaim]));
    const empty = scoreDocument('b', gold, pred([], []));
    const summary = summarize([right, empty]);
    expect(summary).toMatchObject({ quotes: { p: 1, r: 0.5 }, quoteRecallByKind: { direct: 0.5, indirect: 0.5 }, speakerAccuracy: 1 });
    expect(formatSummary(summary)).toEqual([
      'quotes: P 100.0% R 50.0% F1 66.7% | recall direct 50.0%, indirect 50.0% | speaker 100.0%',
      'claims: P 100.0% R 50.0% F1 66.7% | value 100.0% | source 100.0%',
    ]);
    expect(formatDocument(empty, true)).toEqual([
      '  b: missed direct quote: 31,000 soldiers died.',
      '  b: missed indirect quote: 31,000 more were hurt',
      '  b: missed claim: 31,000 (…Zelensky claimed ")',
      '  b: missed claim: 31,000 (…he said )',
      'b: quotes 0/2 found, 0 false (F1 0.00); claims 0/2 found, 0 false (F1 0.00)',
    ]);
  });
});

// The same figures as the official scorer, line for line, on the dev pages: once with the
// pipeline's own predictions, once with predictions made from the gold with every kind of error.
describe('agreement with the official scorer', () => {
  const root = resolve(import.meta.dirname, '../..');
  const dev = readGoldSet(join(root, 'tests/fixtures/dev'), 'dev');
  const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const pipelinePrediction = (page: GoldPage): Prediction => {
    const result = annotateHtml(readFileSync(page.htmlPath, 'utf8'), { url: page.gold.url });
    if (!result.ok) throw new Error(`${page.id}: ${result.reason}`);
    return result.annotation;
  };

  const withErrors = (page: GoldPage): Prediction => {
    const goldSpan = (g: object) => g as { start: number; end: number; quote?: number | null };
    const kept = new Map<number, number>();
    const quotes: PredictedQuote[] = [];
    page.gold.quotes.forEach((g, i) => {
      const { start, end } = goldSpan(g);
      const lastName = (g.speaker ?? '').split(' ').at(-1) ?? '';
      if (i % 5 === 1) return;
      kept.set(i, quotes.length);
      if (i % 5 === 4) quotes.push({ start, end: start + Math.floor((end - start) / 3), speaker: null });
      else quotes.push({ start, end, speaker: { name: i % 5 === 2 ? 'he' : i % 5 === 3 ? lastName : (g.speaker ?? '') } });
    });
    const scale = (v: unknown, by: number) => (Array.isArray(v) ? v.map((x) => x * by) : typeof v === 'number' ? v * by : v);
    const claims: PredictedClaim[] = page.gold.claims.flatMap((g, j): PredictedClaim[] => {
      const { start, end, quote } = goldSpan(g);
      const quoteIndex = quote === null || quote === undefined ? null : (kept.get(quote) ?? null);
      if (j % 4 === 1) return [];
      if (j % 4 === 2) return [{ start, end, value: scale(g.value, 1.004) as PredictedClaim['value'], quote: quoteIndex }];
      if (j % 4 === 3) return [{ start: start + 1, end: end + 2, value: scale(g.value, 1.01) as PredictedClaim['value'], quote: null, source: g.source ?? null }];
      return [{ start, end, value: g.value ?? null, quote: null, source: j % 8 === 0 ? (g.source ?? null) : 'officials' }];
    });
    claims.push({ start: 0, end: 4, value: 1 });
    quotes.push({ start: 10, end: 60, speaker: { name: 'nobody' } });
    return { text: pipelinePrediction(page).text, quotes, claims };
  };

  it.each([
    ['the pipeline', pipelinePrediction, false],
    ['predictions with every kind of error', withErrors, true],
  ])('on %s', (name, predict, mixed) => {
    const predDir = mkdtempSync(join(scratch, 'pred-'));
    const ours: string[] = [];
    const scores = dev.pages.map((page) => {
      const prediction = predict(page);
      writeFileSync(join(predDir, `${page.id}.json`), JSON.stringify(prediction));
      return scoreDocument(page.id, page.gold, prediction);
    });
    // Our --verbose also lists wrong claim sources, which the official scorer only counts: those
    // lines are ours alone, so they are compared apart from the rest.
    const isSourceLine = (line: string) => / source .* should be .* for /.test(line);
    const lines = scores.flatMap((score) => formatDocument(score, true));
    ours.push(...lines.filter((line) => !isSourceLine(line)));
    const summary = summarize(scores);
    ours.push(...formatSummary(summary), JSON.stringify(summary));
    const official = execFileSync(process.execPath, ['tests/fixtures/scorer/score.mjs', '--gold', 'tests/fixtures/dev', '--pred', predDir, '--verbose', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(ours.join('\n'), name).toBe(official.trimEnd());
    if (mixed) {
      expect(lines.filter(isSourceLine).length, 'wrong sources listed').toBeGreaterThan(0);
      const figures = [summary.quotes.p, summary.quotes.r, summary.claims.p, summary.claims.r, summary.speakerAccuracy, summary.valueAccuracy, summary.claimSourceAccuracy];
      for (const figure of figures) expect(figure).toSatisfy((x: number | null) => x !== null && x > 0 && x < 1);
    }
  });
});
