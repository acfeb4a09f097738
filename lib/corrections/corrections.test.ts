import { expect, test } from 'vitest';
import type { Annotation } from '../model';
import type { CorrectionRecord } from '../store/schema';
import { describeCorrection, matchCorrections } from './corrections';
import { goldFile, goldId } from './gold';

const TEXT = 'Photograph: Ann Lee. Officials said 40 people died. "We will rebuild," Jens Stoltenberg said on Monday, pledging 300 million euros.';
const at = (words: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length };
};

const ANNOTATION: Pick<Annotation, 'text' | 'quotes' | 'claims'> = {
  text: TEXT,
  quotes: [
    { ...at('Ann Lee'), kind: 'indirect', cue: ':', speaker: { name: 'Photograph', ...at('Photograph') } },
    { ...at('40 people died'), kind: 'indirect', cue: 'said', speaker: { name: 'Officials', ...at('Officials') } },
    { ...at('We will rebuild,'), kind: 'direct', cue: 'said', speaker: { name: 'Monday', ...at('Monday') } },
  ],
  claims: [
    { ...at('40'), value: 40, unit: 'people', qualifier: null, quote: 1, source: 'Officials' },
    { ...at('300 million'), value: 3e8, unit: 'EUR', qualifier: null, quote: 2, source: 'Monday' },
    { ...at('Monday'), value: null, unit: null, qualifier: null, quote: null, source: null },
  ],
};

const record = (n: number, correction: ReturnType<typeof describeCorrection>): CorrectionRecord => {
  if (typeof correction === 'string') throw new Error(correction);
  return { ...correction, id: `c${n}`, pageKey: 'https://news.example/s', url: 'https://news.example/s', created: n };
};

test.each<[string, 'quote' | 'claim', number, Parameters<typeof describeCorrection>[3], string | null, string]>([
  ['a figure cannot be "not a quote"', 'claim', 0, 'not-quote', null, '“not a quote” does not apply to a figure.'],
  ['a quote cannot be "not a figure"', 'quote', 0, 'not-figure', null, '“not a figure” does not apply to a quote.'],
  ['a wrong speaker needs the right name', 'quote', 2, 'wrong-speaker', '  ', 'Name who said it.'],
  ['an item that is not there', 'quote', 9, 'not-quote', null, 'That quote is not on the page.'],
])('describeCorrection refuses: %s', (_case, item, index, kind, speaker, problem) => {
  expect(describeCorrection(ANNOTATION, item, index, kind, speaker)).toBe(problem);
});

test('a correction names its item by its words, place and the text before it, with what the detector said', () => {
  expect(describeCorrection(ANNOTATION, 'quote', 2, 'wrong-speaker', '  Jens   Stoltenberg ')).toEqual({
    kind: 'wrong-speaker',
    item: 'quote',
    text: 'We will rebuild,',
    ...at('We will rebuild,'),
    before: 'nn Lee. Officials said 40 people died. "',
    detected: { quoteKind: 'direct', cue: 'said', speaker: 'Monday' },
    speaker: 'Jens Stoltenberg',
  });
});

test('corrections find their items again in a fresh annotation, also when the text moved a little; gone words match nothing', () => {
  const corrections = [record(1, describeCorrection(ANNOTATION, 'quote', 0, 'not-quote')), record(2, describeCorrection(ANNOTATION, 'claim', 2, 'not-figure'))];
  expect(matchCorrections(ANNOTATION, corrections)).toEqual({ quotes: new Map([[0, corrections[0]]]), claims: new Map([[2, corrections[1]]]) });

  // The page gained a line at the top: every offset moved by it.
  const shift = 'Updated 5pm. ';
  const moved = {
    text: shift + TEXT,
    quotes: ANNOTATION.quotes.map((q) => ({ ...q, start: q.start + shift.length, end: q.end + shift.length })),
    claims: ANNOTATION.claims.map((c) => ({ ...c, start: c.start + shift.length, end: c.end + shift.length })),
  };
  expect(matchCorrections(moved, corrections)).toEqual({ quotes: new Map([[0, corrections[0]]]), claims: new Map([[2, corrections[1]]]) });

  const rewritten = { ...ANNOTATION, text: TEXT.replace('Ann Lee', 'Bo  Kim') };
  expect(matchCorrections(rewritten, corrections).quotes.size).toBe(0);
});

test('the latest correction of an item wins', () => {
  const first = record(1, describeCorrection(ANNOTATION, 'quote', 2, 'wrong-speaker', 'Ann Lee'));
  const second = record(2, describeCorrection(ANNOTATION, 'quote', 2, 'not-quote'));
  expect(matchCorrections(ANNOTATION, [second, first]).quotes.get(2)).toBe(second);
});

test('the gold file: items left standing, speakers as corrected (their figures too), rejected items excluded with the reason', () => {
  const corrections = [
    record(1, describeCorrection(ANNOTATION, 'quote', 0, 'not-quote')),
    record(2, describeCorrection(ANNOTATION, 'quote', 2, 'wrong-speaker', 'Jens Stoltenberg')),
    record(3, describeCorrection(ANNOTATION, 'claim', 2, 'not-figure')),
  ];
  const gold = goldFile('https://news.example/2026/story.html?x=1', ANNOTATION, matchCorrections(ANNOTATION, corrections));
  expect(gold.id).toBe('news-example-2026-story-html');
  expect(gold.corrections).toBe(3);
  expect(gold.quotes.map((q) => [q.text, q.speaker, q.corrected ?? false])).toEqual([
    ['40 people died', 'Officials', false],
    ['We will rebuild,', 'Jens Stoltenberg', true],
  ]);
  expect(gold.claims.map((c) => [c.text, c.value, c.source])).toEqual([
    ['40', 40, 'Officials'],
    ['300 million', 3e8, 'Jens Stoltenberg'],
  ]);
  expect(gold.excluded.map((e) => [e.item, e.text, e.reason])).toEqual([
    ['quote', 'Ann Lee', 'not a quote (the reader’s correction)'],
    ['claim', 'Monday', 'not a numeric claim (the reader’s correction)'],
  ]);
  for (const item of [...gold.quotes, ...gold.claims, ...gold.excluded]) {
    expect(TEXT.slice(item.start, item.end)).toBe(item.text);
    expect(TEXT.slice(0, item.start).endsWith(item.before)).toBe(true);
  }
});

test.each([
  ['https://www.example.com/a/b', 'www-example-com-a-b'],
  ['not a url', 'page'],
])('goldId(%s) = %s', (url, id) => expect(goldId(url)).toBe(id));
