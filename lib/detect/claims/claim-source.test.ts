import { describe, expect, test } from 'vitest';
import type { Quote, QuoteKind } from '../../model';
import { attributeClaims } from './claim-source';

/** A quote over `span` in `text`, said by `name` mentioned at `mention`. */
function quote(text: string, span: string, kind: QuoteKind, name: string, mention: string): Quote {
  const start = text.indexOf(span);
  const at = text.indexOf(mention);
  return { start, end: start + span.length, kind, cue: 'said', speaker: { name, start: at, end: at + mention.length } };
}

const claimAt = (text: string, figure: string, from = 0) => {
  const start = text.indexOf(figure, from);
  return { start, end: start + figure.length };
};

describe('attributeClaims', () => {
  const text = 'Mark Milley said 100,000 troops had been killed. The Times wrote that "officials said the numbers were closer to 120,000." About 50 people were hurt.';
  const outer = quote(text, 'officials said the numbers were closer to 120,000.', 'direct', 'The New York Times', 'The Times');
  const inner = quote(text, 'the numbers were closer to 120,000', 'indirect', 'officials', 'officials');
  const milley = quote(text, '100,000 troops had been killed', 'indirect', 'Mark Milley', 'Mark Milley');

  test.each<[string, string, Quote[], number | null, string | null]>([
    ['a claim in a quote takes its speaker', '100,000', [milley], 0, 'Mark Milley'],
    ['nested reported speech: the innermost speaker', '120,000', [milley, outer, inner], 2, 'officials'],
    ['outside every quote: the article', '50', [milley, outer, inner], null, null],
    ['no quotes at all', '100,000', [], null, null],
  ])('%s', (_name, figure, quotes, index, source) => {
    const [result] = attributeClaims(text, [claimAt(text, figure)], quotes);
    expect(result).toEqual({ quote: index, source });
  });

  test('reported speech around a quoted fragment takes the fragment speaker (decision 11)', () => {
    const said = 'The sender vowed to "fight to the end" and launch assaults by more than 30 people. Later 12 arrests followed.';
    const fragment = quote(said, 'fight to the end', 'direct', 'the sender', 'The sender');
    const results = attributeClaims(said, [claimAt(said, '30'), claimAt(said, '12')], [fragment]);
    expect(results).toEqual([
      { quote: null, source: 'the sender' },
      { quote: null, source: null },
    ]);
  });

  test("a figure before the fragment is the speaker's when the cue governs both (decision 11)", () => {
    const said = 'The ranger says there are about four routes up, each with "a view worth the climb". Only 9 people finished.';
    const fragment = { ...quote(said, 'a view worth the climb', 'direct', 'the ranger', 'The ranger'), cue: 'says' };
    const results = attributeClaims(said, [claimAt(said, 'four'), claimAt(said, '9')], [fragment]);
    expect(results).toEqual([
      { quote: null, source: 'the ranger' },
      { quote: null, source: null },
    ]);
  });

  test("without the cue before it, a figure before the fragment stays the article's", () => {
    const t = 'Mayor Ortiz, who cut 300 jobs, called the plan "a long overdue fix".';
    const q = { ...quote(t, 'a long overdue fix', 'direct', 'Mayor Ortiz', 'Mayor Ortiz'), cue: 'called' };
    expect(attributeClaims(t, [claimAt(t, '300')], [q])).toEqual([{ quote: null, source: null }]);
  });

  test('a line break inside a hard-wrapped sentence does not end it', () => {
    const wrapped =
      'The ranger says there are four routes:\n  two with "a view worth the climb", and\n  two through the woods. The\n  trails reopen soon, and\n  crews cleared them.';
    const fragment = { ...quote(wrapped, 'a view worth the climb', 'direct', 'the ranger', 'The ranger'), cue: 'says' };
    const [after] = attributeClaims(wrapped, [claimAt(wrapped, 'two', wrapped.indexOf('climb'))], [fragment]);
    expect(after).toEqual({ quote: null, source: 'the ranger' });
  });

  test('a speaker named after the quote does not govern the rest of the sentence', () => {
    const t = '"We will leave now," Izuku replied with only half an ear on the 12 trains.';
    const q = quote(t, 'We will leave now', 'direct', 'Izuku', 'Izuku');
    expect(attributeClaims(t, [claimAt(t, '12')], [q])).toEqual([{ quote: null, source: null }]);
  });

  test('an unknown inner speaker leaves the figure to the speaker of the quote around it', () => {
    const unnamed: Quote = { ...inner, speaker: null };
    const [result] = attributeClaims(text, [claimAt(text, '120,000')], [milley, outer, unnamed]);
    expect(result).toEqual({ quote: 2, source: 'The New York Times' });
  });

  test('a quote without a known speaker gives its index and no source', () => {
    const t = '"We lost 40 of 200 men," a post read.';
    const q: Quote = { start: 1, end: 23, kind: 'direct', cue: null, speaker: null };
    expect(attributeClaims(t, [claimAt(t, '40 of 200')], [q])).toEqual([{ quote: 0, source: null }]);
  });
});
