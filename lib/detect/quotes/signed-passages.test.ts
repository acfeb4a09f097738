import { describe, expect, test } from 'vitest';
import { detectQuotes } from './quotes';

const found = (text: string): [string, string | null, string | null][] => detectQuotes(text).map((q) => [text.slice(q.start, q.end), q.speaker?.name ?? null, q.cue]);

describe('signed passages', () => {
  test('an embedded post on its own line is its signer\u2019s quote, the signature line is not', () => {
    const text =
      'The bakery answered a customer online.\nWe sell out by nine every morning, sorry! pic.twitter.com/abc123\n\u2014 Crumb & Co (@crumbco) March 3, 2016\nThe shop opened in 2012.';
    expect(found(text)).toEqual([['We sell out by nine every morning, sorry!', 'Crumb & Co', '\u2014']]);
  });

  test('in run-together text an embedded post is as many whole sentences before its signature as fit its length limit', () => {
    const text =
      'The council met for six hours on Monday, heard forty speakers from every ward of the city, and voted on nothing at all in the end. Nobody asked us. Not once. https://t.co/x1 \u2014 Lena Park (@lenapark) May 4, 2016  The vote is next week.';
    expect(found(text)).toEqual([['Nobody asked us. Not once.', 'Lena Park', '\u2014']]);
  });

  test('a signer whose display name has no letters is named by the handle', () => {
    const text = 'Fans reacted fast.\nBest night ever @stadium\n\u2014 \u2605\u2605 (@starfan) June 1, 2019';
    expect(found(text)).toEqual([['Best night ever', '@starfan', '\u2014']]);
  });

  test('answers of a roundup between rules, each signed with a name and a role', () => {
    const text =
      'This week: how do you get to work?==========I cycle every day. It is faster than the bus.Ann Ito, chief executive, Ito Foods==========Never by train. The line is too slow.Tom Lee, president and CEO, Lee Freight';
    expect(found(text)).toEqual([
      ['I cycle every day. It is faster than the bus.', 'Ann Ito', 'signature'],
      ['Never by train. The line is too slow.', 'Tom Lee', 'signature'],
    ]);
  });

  test('a single block ending in a name and a role is not a roundup', () => {
    const text = 'The festival returns in June.==========Photo by the organisers. Ann Ito, director, City Arts';
    expect(found(text)).toEqual([]);
  });

  test('text run on after a signature starts a new sentence of its own', () => {
    const text =
      'Fans reacted within minutes of the announcement, filling the page with hundreds of replies in every language. We will be back! \u201cSoon.\u201d https://t.co/x1 \u2014 Lena Park (@lenapark) May 4, 2016  The tour was a failure, noted critics.';
    expect(found(text)).toEqual([
      ['We will be back! \u201cSoon.\u201d', 'Lena Park', '\u2014'],
      ['The tour was a failure', 'critics', 'noted'],
    ]);
  });

  test('a photo post signed "A post shared by"', () => {
    const text =
      'The chef shared the news with fans.\nOpening our second kitchen next month! Thank you all.\nA post shared by Tom Lee (@tomleecooks) on Mar 3, 2017 at 10:15am PST\nThe restaurant seats 40.';
    expect(found(text)).toEqual([['Opening our second kitchen next month! Thank you all.', 'Tom Lee', 'shared by']]);
  });
});
