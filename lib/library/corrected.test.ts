import { expect, test } from 'vitest';
import type { CorrectionRecord, ItemRecord } from '../store/schema';
import { liveLibrary } from './library';
import { libraryRows } from './rows';
import { sampleCorrection, sampleLibrary } from './sample-library';
import { speakers } from './speakers';
import { ledger } from './figures';

// The sample's wsws article: its kept quote '31,000 Ukrainian soldiers have died in this war'
// (Volodymyr Zelensky) and its figure 400,000 (Douglas Macgregor).
const sample = sampleLibrary();
const [, globalResearch] = sample.articles;
const quote = sample.items[1]!;
const figure = sample.items[3]!;

let made = 0;
const correction = (over: Partial<CorrectionRecord>): CorrectionRecord => sampleCorrection({ id: `c-${++made}`, created: made, ...over });

const rowOf = (corrections: CorrectionRecord[], items: ItemRecord[] = sample.items) => libraryRows(liveLibrary({ ...sample, items, corrections }));

test('a kept quote whose speaker the reader corrected has their speaker, the detector’s noted', () => {
  const row = rowOf([correction({})]).find((r) => r.id === quote.id)!;
  expect(row).toMatchObject({ speaker: 'Ann Lee', correction: { kind: 'wrong-speaker', detectedSpeaker: 'Volodymyr Zelensky' } });
  // A quote kept after the correction already holds the reader's speaker: the same row.
  const keptAfter = { ...quote, speaker: 'Ann Lee' };
  expect(rowOf([correction({})], [keptAfter]).find((r) => r.id === quote.id)).toMatchObject({ speaker: 'Ann Lee', correction: { detectedSpeaker: 'Volodymyr Zelensky' } });
  // The latest correction of the item wins.
  expect(rowOf([correction({}), correction({ speaker: 'Bo Day' })]).find((r) => r.id === quote.id)?.speaker).toBe('Bo Day');
});

test('a correction of another page, another kind or other words, or one undone, leaves the kept item as it was', () => {
  for (const other of [
    correction({ pageKey: globalResearch!.key }),
    correction({ item: 'claim', kind: 'not-figure', speaker: null }),
    correction({ text: 'Other words' }),
    correction({ undoneAt: 99 }),
  ]) {
    expect(rowOf([other]).find((r) => r.id === quote.id)).toMatchObject({ speaker: 'Volodymyr Zelensky', correction: null });
  }
});

test('the same words elsewhere on the page, after other text, are not the corrected item', () => {
  const withPrefix = (prefix: string): ItemRecord => {
    if (quote.target.kind !== 'passage') throw new Error('the sample quote has a passage');
    const [words, position] = quote.target.selectors;
    return { ...quote, target: { kind: 'passage', selectors: [{ ...words, prefix }, position] } };
  };
  expect(rowOf([correction({})], [withPrefix('a different sentence before it: "')])[0]?.correction).toBeNull();
  // Whitespace aside, the text before agrees.
  expect(rowOf([correction({})], [withPrefix('of this escalation.\n  "')])[0]?.correction?.kind).toBe('wrong-speaker');
});

test('an item the reader said is not a quote or not a figure is marked so, and left out of the speakers and the ledger', () => {
  const rows = rowOf([
    correction({ kind: 'not-quote', speaker: null }),
    correction({
      kind: 'not-figure',
      item: 'claim',
      text: figure.text,
      before: 'Macgregor estimates that at least ',
      detected: { value: 400000, unit: 'soldiers', source: 'Douglas Macgregor' },
      speaker: null,
    }),
  ]);
  expect(rows.find((r) => r.id === quote.id)).toMatchObject({ speaker: 'Volodymyr Zelensky', correction: { kind: 'not-quote', detectedSpeaker: null } });
  expect(rows.find((r) => r.id === figure.id)?.correction?.kind).toBe('not-figure');
  expect(
    speakers(rows)
      .find((s) => s.name === 'Volodymyr Zelensky')
      ?.quotes.map((r) => r.id) ?? [],
  ).not.toContain(quote.id);
  expect(ledger(rows).flatMap((group) => group.entries.map((e) => e.row.id))).not.toContain(figure.id);
});

test('a kept figure inside a quote the reader corrected follows it, as on the page: their speaker’s, or the article’s own', () => {
  const claim = sample.items[2]!; // '31,000' in the corrected quote's words
  const rows = rowOf([correction({})]);
  expect(rows.find((r) => r.id === claim.id)).toMatchObject({ speaker: 'Ann Lee', correction: { kind: 'in-corrected-quote', detectedSpeaker: 'Volodymyr Zelensky' } });
  // The note on that figure is on Ann Lee's figure; the figure outside the quote is untouched.
  expect(rows.find((r) => r.kind === 'note' && r.passage === '31,000')?.speaker).toBe('Ann Lee');
  expect(rows.find((r) => r.id === figure.id)).toMatchObject({ speaker: 'Douglas Macgregor', correction: null });
  // Words that were no quote: the figure is the article's own.
  expect(rowOf([correction({ kind: 'not-quote', speaker: null })]).find((r) => r.id === claim.id)).toMatchObject({ speaker: null, correction: { kind: 'in-corrected-quote' } });
  // The same number with other words around it is another figure.
  if (claim.target.kind !== 'passage') throw new Error('the sample figure has a passage');
  const [words, position] = claim.target.selectors;
  const elsewhere: ItemRecord = { ...claim, target: { kind: 'passage', selectors: [{ ...words, suffix: ' tanks were sent' }, position] } };
  expect(rowOf([correction({})], [elsewhere])[0]).toMatchObject({ speaker: 'Volodymyr Zelensky', correction: null });
  // The figure's own correction comes first.
  const notAFigure = correction({ kind: 'not-figure', item: 'claim', text: '31,000', before: 'of this escalation. "', speaker: null });
  expect(rowOf([correction({}), notAFigure]).find((r) => r.id === claim.id)?.correction?.kind).toBe('not-figure');
});
