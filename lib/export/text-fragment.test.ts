import { describe, expect, test } from 'vitest';
import { encodeTextTerm, textDirective, textFragmentUrl } from './text-fragment';

describe('encodeTextTerm', () => {
  test.each([
    ['well-known', 'well%2Dknown'],
    ['salt & pepper', 'salt%20%26%20pepper'],
    ['one, two', 'one%2C%20two'],
    ['(maybe)', '%28maybe%29'],
    ['naïve “quote”', 'na%C3%AFve%20%E2%80%9Cquote%E2%80%9D'],
  ])('%s → %s', (term, encoded) => {
    expect(encodeTextTerm(term)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(term);
  });
});

describe('textDirective', () => {
  test.each([
    ['a short quote, whole', { exact: 'Nothing should be excluded.', prefix: '', suffix: '' }, 'text=Nothing%20should%20be%20excluded.'],
    [
      'a long quote by its first and last words',
      { exact: 'NATO and EU member states are considering that they will send their troops to Ukraine on a bilateral basis.', prefix: '', suffix: '' },
      'text=NATO%20and%20EU%20member,on%20a%20bilateral%20basis.',
    ],
    [
      'context: partial outer words dropped, three words kept',
      { exact: '31,000', prefix: 'ed that some of the soldiers, "', suffix: ' Ukrainian soldi' },
      'text=the%20soldiers%2C%20%22-,31%2C000,-Ukrainian',
    ],
    ['whitespace collapsed', { exact: 'two\n  lines', prefix: '', suffix: '' }, 'text=two%20lines'],
    ['dashes inside a term never read as context', { exact: '-5 °C', prefix: '', suffix: '' }, 'text=%2D5%20%C2%B0C'],
  ])('%s', (_, selector, directive) => {
    expect(textDirective(selector)).toBe(directive);
  });

  test('an empty quote has no directive', () => {
    expect(textDirective({ exact: '  ', prefix: 'a', suffix: 'b' })).toBeNull();
  });
});

test('textFragmentUrl replaces an existing fragment', () => {
  expect(textFragmentUrl('https://example.com/a?b=1#top', { exact: 'hello', prefix: '', suffix: '' })).toBe('https://example.com/a?b=1#:~:text=hello');
});
