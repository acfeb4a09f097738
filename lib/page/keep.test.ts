// @vitest-environment jsdom
import { expect, test } from 'vitest';
import type { ClaimItem, ItemRef, PageAnnotation, QuoteItem } from '../messages';
import type { ItemRecord } from '../store/schema';
import { keptAt, keptItemOf, keptRefs, refKey, type KeptPlace } from './keep';

// Which detected items the reader kept: the same kind, the same words, the same place in the page.

const PAGE = '<p>two ministers spoke. "We will," one said. two weeks later two more came.</p>';

function rangeOfText(needle: string, nth = 0): Range {
  const node = document.querySelector('p')!.firstChild!;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = node.textContent!.indexOf(needle, at + 1);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + needle.length);
  return range;
}

const quote = (text: string): QuoteItem => ({ start: 0, end: 1, kind: 'direct', cue: 'said', speaker: null, text, anchored: true });
const claim = (text: string): ClaimItem => ({
  start: 0,
  end: 1,
  value: 2,
  unit: null,
  qualifier: null,
  quote: null,
  source: null,
  text,
  anchored: true,
  context: { before: '', after: '' },
});
const annotation = (quotes: QuoteItem[], claims: ClaimItem[]): PageAnnotation => ({
  article: { title: null, byline: null, siteName: null, publishedTime: null, lang: null, canonicalUrl: null, excerpt: null },
  quotes,
  claims,
});
const record = (id: string, kind: 'quote' | 'claim', text: string): ItemRecord =>
  kind === 'quote'
    ? { id, articleId: 'a', kind, quoteKind: 'direct', cue: 'said', text, speaker: null, target: { kind: 'page' }, created: 1, updated: 1 }
    : { id, articleId: 'a', kind, value: 2, unit: null, qualifier: null, text, speaker: null, target: { kind: 'page' }, created: 1, updated: 1 };

test('a kept figure is the one at its place, not every figure with the same words', () => {
  document.body.innerHTML = PAGE;
  // Three figures "two"; the reader kept the last one.
  const ranges: Record<string, Range> = { 'claim:0': rangeOfText('two'), 'claim:1': rangeOfText('two', 1), 'claim:2': rangeOfText('two', 2) };
  const page = annotation([quote('We will,')], [claim('two'), claim('two'), claim('two')]);
  const rangeOf = (ref: ItemRef): Range | null => ranges[refKey(ref)] ?? null;
  // The kept record's range is its own, found again from its selectors: equal in place, not the same object.
  const keptRange = rangeOfText('two', 2);
  const kept: KeptPlace[] = [{ record: record('k1', 'claim', 'two'), range: keptRange }];
  expect([...keptRefs(kept, page, rangeOf)]).toEqual([['claim:2', 'k1']]);
  // One item at a time (the card), the same answer.
  expect([0, 1, 2].map((index) => keptAt(kept, 'claim', 'two', rangeOf({ kind: 'claim', index })))).toEqual([undefined, undefined, 'k1']);
  expect(keptAt(kept, 'quote', 'two', rangeOf({ kind: 'claim', index: 2 }))).toBeUndefined();
});

test('a quote kept is found by its words and place; another kind with the same words is not it', () => {
  document.body.innerHTML = PAGE;
  const we = rangeOfText('We will,');
  const page = annotation([quote('We will,')], [claim('We will,')]);
  const rangeOf = (ref: ItemRef): Range | null => (ref.kind === 'quote' || ref.index === 0 ? we : null);
  const found = keptRefs([{ record: record('q', 'quote', 'We will,'), range: rangeOfText('We will,') }], page, rangeOf);
  expect([...found]).toEqual([['quote:0', 'q']]);
});

test('a kept item whose words are elsewhere now, or not painted, is not any detected item', () => {
  document.body.innerHTML = PAGE;
  const page = annotation([quote('We will,')], []);
  expect(keptRefs([{ record: record('q', 'quote', 'We will,'), range: rangeOfText('ministers') }], page, () => rangeOfText('We will,')).size).toBe(0);
  expect(keptRefs([{ record: record('q', 'quote', 'We will,'), range: rangeOfText('We will,') }], page, () => null).size).toBe(0);
  // A range the page took out of the document.
  const detached = document.createRange();
  detached.selectNodeContents(document.createElement('p').appendChild(document.createTextNode('We will,')));
  expect(keptRefs([{ record: record('q', 'quote', 'We will,'), range: detached }], page, () => rangeOfText('We will,')).size).toBe(0);
});

test('keeping describes the item from its live range: text, speaker or source, and where it stands', () => {
  document.body.innerHTML = PAGE;
  const page = annotation([{ ...quote('We will,'), speaker: { name: 'a minister', start: 0, end: 1 } }], [{ ...claim('two'), source: 'the ministry' }]);
  const kept = keptItemOf(document, page, { kind: 'quote', index: 0 }, rangeOfText('We will,'));
  expect(kept).toMatchObject({ kind: 'quote', text: 'We will,', speaker: 'a minister', cue: 'said', target: { kind: 'passage' } });
  const figure = keptItemOf(document, page, { kind: 'claim', index: 0 }, rangeOfText('two', 2));
  expect(figure).toMatchObject({ kind: 'claim', text: 'two', speaker: 'the ministry', value: 2 });
  expect(figure?.target.kind === 'passage' && figure.target.selectors[1].start).toBe(document.body.textContent!.indexOf('two more'));
  expect(keptItemOf(document, page, { kind: 'quote', index: 0 }, null)).toBeNull();
});
