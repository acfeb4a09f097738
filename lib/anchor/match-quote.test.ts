import { describe, expect, test } from 'vitest';
import { matchQuote, type QuoteContext } from './match-quote';

const sliceOf = (haystack: string, match: { start: number; end: number } | null) => match && haystack.slice(match.start, match.end);

describe('matchQuote', () => {
  test.each<[string, string, string, QuoteContext, number | null]>([
    ['an exact match', 'one two three', 'two', {}, 4],
    ['whitespace differs', 'the  big\n\ncat sat', 'big cat', {}, 5],
    ['nbsp and soft hyphen in the page', 'say no\u00a0way, no\u00adthing', 'no way, nothing', {}, 4],
    ['the prefix picks the second occurrence', 'a cat sat. the cat ran.', 'cat', { prefix: 'the ' }, 15],
    ['the suffix picks the first occurrence', 'a cat sat. the cat ran.', 'cat', { suffix: ' sat' }, 2],
    ['the hint picks among equals', 'cat cat cat', 'cat', { hint: 7 }, 8],
    ['context outweighs the hint', 'x said 5. y said 5.', '5', { prefix: 'y said ', hint: 0 }, 17],
    ['absent', 'abc def', 'xyz', {}, null],
    ['empty quote', 'abc', '', {}, null],
    ['whitespace-only quote', 'a b', '  ', {}, null],
    ['empty haystack', '', 'abc', {}, null],
  ])('%s', (_name, haystack, exact, context, start) => {
    const match = matchQuote(haystack, exact, context);
    expect(match?.start ?? null).toBe(start);
    if (match) expect(sliceOf(haystack, match)!.replace(/[\s\u00ad]/g, '')).toBe(exact.replace(/\s/g, ''));
  });

  test.each([
    ['a changed word', 'The minister said taxes would rise next year.', 'taxes will rise next year', 'taxes would rise next year'],
    ['a typo fixed', 'He called it a "deeply distressing" event.', 'deeply distresing', 'deeply distressing'],
    ['one word dropped', 'Officials said the total cost was far higher.', 'the total cost was higher', 'the total cost was far higher'],
  ])('finds text that changed slightly: %s', (_name, haystack, exact, expected) => {
    const match = matchQuote(haystack, exact);
    expect(sliceOf(haystack, match)).toBe(expected);
    expect(match!.score).toBeLessThan(1);
  });

  test('a short quote is never matched approximately', () => {
    expect(matchQuote('the cat sat', 'cap')).toBeNull();
  });

  test('too many differences do not match', () => {
    expect(matchQuote('completely different words here', 'nothing alike at all in this')).toBeNull();
  });

  test('the search radius bounds approximate matches but not exact ones', () => {
    const haystack = `${'filler '.repeat(100)}the total cost was far higher`;
    expect(matchQuote(haystack, 'the total cost was higher', { hint: 0, searchRadius: 50 })).toBeNull();
    expect(matchQuote(haystack, 'the total cost was higher', { hint: 0, searchRadius: 1000 })).not.toBeNull();
    expect(matchQuote(haystack, 'the total cost was far higher', { hint: 0, searchRadius: 50 })?.start).toBe(700);
  });

  test('a perfect match with its context scores 1', () => {
    expect(matchQuote('xx said hello there', 'hello', { prefix: 'said ', suffix: ' there', hint: 8 })?.score).toBe(1);
  });

  test('finds the exact and the approximate match on a 200k-character page', () => {
    const words = ['the', 'minister', 'said', 'on', 'Monday', 'that', 'figures', 'rose', 'by', '12%', 'in', 'March'];
    // xorshift32: a fixed pseudo-random word sequence, so the quote occurs once.
    let seed = 2463534242;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    const parts: string[] = [];
    for (let length = 0; length < 200_000; length += parts[parts.length - 1]!.length + 1) parts.push(words[next() % words.length]!);
    const haystack = parts.join(' ');
    const at = 150_000;
    const exact = haystack.slice(at, at + 300);
    const changed = exact.slice(0, 100) + 'XYZ' + exact.slice(110);

    const found = matchQuote(haystack, exact, { prefix: haystack.slice(at - 32, at), hint: 0 });
    const fuzzy = matchQuote(haystack, changed, { prefix: haystack.slice(at - 32, at), hint: at });

    expect(found?.start).toBe(at);
    expect(Math.abs(fuzzy!.start - at)).toBeLessThan(3);
  });
});
