import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectQuotes } from './quotes';
import { splitSentences } from '../text/sentences';

// Text made of the pieces that stress the detectors: every kind of quotation mark, apostrophes,
// cue words, names, sentence punctuation, line breaks, RTL letters, zero-width marks and emoji.
const PIECES = [
  '"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u201e', ' ', ' ', ' ', '\n', '\n\n',
  '.', ',', ':', '\u2014', '?', 'said', 'says', 'told', 'according to', 'he', 'she', 'they', 'it', 'that',
  'Mr.', 'U.S.', 'President', 'Anna Smith', 'Smith', 'officials', 'the minister', 'warned', 'vowed to',
  '\u0645\u0631\u062d\u0628\u0627', '\u05e9\u05dc\u05d5\u05dd', '\u200b', '\u200d', '\u00ad', '\ud83d\ude00', '\ud83c\uddfa\ud83c\udde6',
  'rock \u2019n\u2019 roll', "'90s", "Ukraine's", 'the', 'war', '31,000',
];
const articleText = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((parts) => parts.join(''));

describe('detectQuotes on arbitrary input', () => {
  test('never throws and keeps every offset inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(articleText, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const quotes = detectQuotes(text);
        let previous = -1;
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(q.start).toBeGreaterThanOrEqual(previous);
          previous = q.start;
          if (q.speaker) {
            expect(q.speaker.start).toBeGreaterThanOrEqual(0);
            expect(q.speaker.end).toBeLessThanOrEqual(text.length);
            expect(q.speaker.name.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test('sentences are ordered, disjoint and inside the text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        let previous = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(previous);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          previous = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectQuotes stays linear on hostile input', () => {
  const timed = (text: string): number => {
    const t0 = performance.now();
    detectQuotes(text);
    return performance.now() - t0;
  };
  const sentence = 'Officials said the plan, which critics called "a disaster," would pass, Mr. Smith told reporters. ';

  test.each([
    ['a 1 MB paragraph with no full stop', 'officials said that the minister warned that "it is said" he told them '],
    ['unbalanced quotation marks', '"He said \u201cno said \u2018she '],
    ['capitalised words with no punctuation', 'President Anna Smith Told The United States Officials '],
    ['emoji, RTL and zero-width marks', '\ud83d\ude00 \u0645\u0631\u062d\u0628\u0627 \u200b said \u05e9\u05dc\u05d5\u05dd \u00ad "x" '],
  ])('%s', (_name, unit) => {
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const small = big.slice(0, 100_000);
    timed(small);
    const ratio = timed(big) / Math.max(1, timed(small));
    expect(ratio).toBeLessThan(40);
  });

  test('ten times the text takes about ten times as long', () => {
    const base = sentence.repeat(2_000);
    timed(base);
    const ratio = timed(base.repeat(10)) / Math.max(1, timed(base));
    expect(ratio).toBeLessThan(30);
  });
});
