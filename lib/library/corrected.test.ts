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

const rowOf = (corrections: CorrectionRecord[], items: ItemRecord[] = sample.items) =>
  libraryRows(liveLibrary({ ...sample, items, corrections }));

test('a kept quote whose speaker the reader corrected has their speaker, the detector’s noted', () => {
  const row = rowOf([correction({})]).find((r) => r.id === quote.id)!;
  expect(row).toMatchObject({ speaker: 'Ann Lee', correction: { kind: 'wrong-speaker', detectedSpeaker: 'Volodymyr Zelensky' } });
  // A quote kept after the correction already holds the reader's speaker: the same row.
  const keptAfter = { ...quote, speaker: 'Ann Lee' };
  expect(rowOf([correction({})], [keptAfter]).find((r) => r.id === quote.id)).toMatchObject({ speaker: 'Ann Lee', correction: { detectedSpeaker: 'Volodymyr Zelensky' } });
  // The latest correction of the item wins.
  expect(rowOf([correction({}), correction({ speaker: 'Bo Day' })]).find((r) => r.id === quote.id)?.speaker).toBe('Bo Day');
});

test('a correction of another page, another kind or other words leaves the kept item as it was', () => {
  for (const other of [
    correction({ pageKey: globalResearch!.key }),
    correction({ item: 'claim', kind: 'not-figure', speaker: null }),
    correction({ text: 'Other words' }),
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
    correction({ kind: 'not-figure', item: 'claim', text: figure.text, before: 'Macgregor estimates that at least ', detected: { value: 400000, unit: 'soldiers', source: 'Douglas Macgregor' }, speaker: null }),
  ]);
  expect(rows.find((r) => r.id === quote.id)).toMatchObject({ speaker: 'Volodymyr Zelensky', correction: { kind: 'not-quote', detectedSpeaker: null } });
  expect(rows.find((r) => r.id === figure.id)?.correction?.kind).toBe('not-figure');
  expect(speakers(rows).find((s) => s.name === 'Volodymyr Zelensky')?.quotes.map((r) => r.id) ?? []).not.toContain(quote.id);
  expect(ledger(rows).flatMap((group) => group.entries.map((e) => e.row.id))).not.toContain(figure.id);
});
