import { describe, expect, test } from 'vitest';
import { describeSpan, isTextPositionSelector, isTextQuoteSelector } from './selectors';

describe('describeSpan', () => {
  const text = 'The minister said "we will not cut taxes" on Monday.';
  test.each([
    ['with context both sides', 19, 40, 10, { exact: 'we will not cut taxes', prefix: 'ter said "', suffix: '" on Monda' }],
    ['context cut at the text edges', 0, 3, 5, { exact: 'The', prefix: '', suffix: ' mini' }],
    ['at the very end', 45, 52, 32, { exact: 'Monday.', prefix: text.slice(13, 45), suffix: '' }],
    ['offsets out of range are clamped', -4, 999, 0, { exact: text, prefix: '', suffix: '' }],
    ['end before start gives an empty quote', 10, 5, 3, { exact: '', prefix: 'ist', suffix: 'er ' }],
  ])('%s', (_name, start, end, contextLength, quote) => {
    const [quoteSelector, positionSelector] = describeSpan(text, start, end, contextLength);
    expect(quoteSelector).toEqual({ type: 'TextQuoteSelector', ...quote });
    expect(positionSelector.type).toBe('TextPositionSelector');
    expect(text.slice(positionSelector.start, positionSelector.end)).toBe(quote.exact);
  });

  test('uses 32 characters of context by default', () => {
    const [quote] = describeSpan('x'.repeat(100), 50, 51);
    expect([quote.prefix.length, quote.suffix.length]).toEqual([32, 32]);
  });
});

describe('selector guards', () => {
  test.each([
    [{ type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' }, true, false],
    [{ type: 'TextPositionSelector', start: 1, end: 4 }, false, true],
    [{ type: 'TextQuoteSelector', exact: 'a' }, false, false],
    [{ type: 'TextPositionSelector', start: '1', end: 4 }, false, false],
    [{ type: 'TextPositionSelector', start: 1.5, end: 4 }, false, false],
    [null, false, false],
    ['TextQuoteSelector', false, false],
  ])('%j → quote %s, position %s', (selector, quote, position) => {
    expect(isTextQuoteSelector(selector)).toBe(quote);
    expect(isTextPositionSelector(selector)).toBe(position);
  });
});
