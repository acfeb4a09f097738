import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indexText } from './document';
import { detectQuotes, quotesInIndex } from './quotes';
import { splitSentences } from '../text/sentences';
import { HOSTILE_QUOTE_INPUTS, hostileText } from '../../../bench/hostile';

// Text made of the pieces that stress the detectors: every kind of quotation mark, apostrophes,
// cue words, names, sentence punctuation, line breaks, RTL letters, zero-width marks and emoji.
const PIECES = [
  '"',
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  "'",
  '\u00ab',
  '\u00bb',
  '\u201e',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  ':',
  '\u2014',
  '?',
  'said',
  'says',
  'told',
  'according to',
  'he',
  'she',
  'they',
  'it',
  'that',
  'Mr.',
  'U.S.',
  'President',
  'Anna Smith',
  'Smith',
  'officials',
  'the minister',
  'warned',
  'vowed to',
  '\u0645\u0631\u062d\u0628\u0627',
  '\u05e9\u05dc\u05d5\u05dd',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\ud83d\ude00',
  '\ud83c\uddfa\ud83c\udde6',
  'rock \u2019n\u2019 roll',
  "'90s",
  "Ukraine's",
  'the',
  'war',
  '31,000',
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

  test('with any block quotation hint, never throws and keeps every offset inside the text', () => {
    const range = fc.record({ start: fc.integer({ min: -5, max: 400 }), end: fc.integer({ min: -5, max: 400 }) });
    fc.assert(
      fc.property(articleText, fc.array(range, { maxLength: 8 }), (text, blocks) => {
        for (const q of detectQuotes(text, blocks)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
        }
      }),
      { numRuns: 300 },
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

// How time grows with the size of these inputs is measured by `npm run bench` (its hostile-input
// table); here each must simply finish, however slow the machine, with every quote in bounds.
describe('detectQuotes on 1 MB of hostile input', () => {
  test.each(HOSTILE_QUOTE_INPUTS.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const text = hostileText(input, 1_000_000);
    const quotes = detectQuotes(text);
    expect(quotes.every((q) => q.start >= 0 && q.start < q.end && q.end <= text.length)).toBe(true);
    expect(quotes.length).toBeGreaterThanOrEqual(input.minQuotesPerMb);
  });
});

// Linear by structure: the quoted spans the finder reads grow as the text does. A paragraph with no
// full stop is one sentence holding thousands of reports; reading every quoted span of the text for
// each report (as the decision-2 fragment check once did) made 1 MB of it cost twice per character
// what 100 KB did.
describe('detectQuotes reads each quoted span a bounded number of times', () => {
  const readsOfQuotedSpans = (text: string): { reads: number; spans: number } => {
    const ix = indexText(text);
    const quote = ix.quote;
    let reads = 0;
    ix.quote = (i) => {
      reads++;
      return quote(i);
    };
    quotesInIndex(ix);
    return { reads, spans: ix.quoted.length };
  };

  test.each(HOSTILE_QUOTE_INPUTS.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const small = readsOfQuotedSpans(hostileText(input, 20_000));
    const large = readsOfQuotedSpans(hostileText(input, 160_000));
    expect(large.reads).toBeLessThanOrEqual(8 * small.reads * 1.2 + 100);
  });
});

// Every paragraph of a hostile text given as a block quotation: the tokens read grow as the text does.
describe('block quotations read each token a bounded number of times', () => {
  const paragraphBlocks = (text: string) => [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const readsOfTokens = (text: string): number => {
    const ix = indexText(text, paragraphBlocks(text));
    const tok = ix.tok;
    let reads = 0;
    ix.tok = (k) => {
      reads++;
      return tok(k);
    };
    quotesInIndex(ix);
    return reads;
  };

  test.each(HOSTILE_QUOTE_INPUTS.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const small = readsOfTokens(hostileText(input, 20_000));
    const large = readsOfTokens(hostileText(input, 160_000));
    expect(large).toBeLessThanOrEqual(8 * small * 1.2 + 1000);
  });
});
