import { describe, expect, test } from 'vitest';
import { readWordAmount } from './number-words';
import { tokenizeForClaims } from './numeric-tokens';

const read = (text: string) => {
  const tokens = tokenizeForClaims(text);
  const amount = readWordAmount(tokens, 0);
  if (!amount) return null;
  return { text: text.slice(tokens[amount.first]?.start, tokens[amount.last]?.end), value: amount.value, kind: amount.kind, scaled: amount.scaled };
};

describe('readWordAmount', () => {
  test.each<[string, string, number | null, string]>([
    ['two people', 'two', 2, 'cardinal'],
    ['nine churchgoers', 'nine', 9, 'cardinal'],
    ['twenty-five years', 'twenty-five', 25, 'cardinal'],
    ['twenty five villages', 'twenty five', 25, 'cardinal'],
    ['one hundred and fifty teachers', 'one hundred and fifty', 150, 'cardinal'],
    ['three thousand two hundred', 'three thousand two hundred', 3200, 'cardinal'],
    ['two million people', 'two million', 2e6, 'cardinal'],
    ['a million savers', 'a million', 1e6, 'cardinal'],
    ['a dozen eggs', 'a dozen', 12, 'cardinal'],
    ['two dozen teams', 'two dozen', 24, 'cardinal'],
    ['one and a half million', 'one and a half million', 1.5e6, 'cardinal'],
    ['zero tolerance', 'zero', 0, 'cardinal'],
    ['one-tenth of', 'one-tenth', 0.1, 'fraction'],
    ['one-third of', 'one-third', 1 / 3, 'fraction'],
    ['two-thirds of', 'two-thirds', 2 / 3, 'fraction'],
    ['three quarters of', 'three quarters', 0.75, 'fraction'],
    ['a third of the homes', 'a third', 1 / 3, 'fraction'],
    ['half of them', 'half', 0.5, 'fraction'],
    ['tens of thousands of people', 'tens of thousands', null, 'vague'],
    ['tens and hundreds of millions', 'tens and hundreds of millions', null, 'vague'],
    ['hundreds of thousands', 'hundreds of thousands', null, 'vague'],
    ['dozens of shops', 'dozens', null, 'vague'],
    ['millions of soldiers', 'millions', null, 'vague'],
    ['several hundred troops', 'several hundred', null, 'vague'],
    ['a few thousand decks', 'a few thousand', null, 'vague'],
    ['scores of fires', 'scores', null, 'vague'],
  ])('%s', (text, span, value, kind) => {
    const r = read(text);
    expect(r?.text).toBe(span);
    expect(r?.kind).toBe(kind);
    if (value === null) expect(r?.value).toBeNull();
    else expect(r?.value).toBeCloseTo(value);
  });

  test.each(['a third time', 'the second', 'test scores', 'tens', 'several officials', 'a few months', 'many people', 'two three'])(
    '%s is no amount, or stops before the second number',
    (text) => {
      const r = read(text);
      expect(r === null || r.text.split(/\s+/).length === 1).toBe(true);
      if (text === 'two three') expect(r?.text).toBe('two');
      else expect(r).toBeNull();
    },
  );
});
