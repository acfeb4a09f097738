// @vitest-environment jsdom
import { beforeEach, expect, test, vi } from 'vitest';
import type { ItemRef, MarkVisibility, PageAnnotation } from '../messages';
import { createMarkNavigator, marksInOrder, stepIndex } from './mark-navigator';

// Two quotes and a figure inside the second: reading order is quote 0, quote 1, claim 0 (inside
// quote 1, after its start), whatever the order of the annotation's lists.
document.body.innerHTML = '<p id="a">Alpha said “one two”.</p><p id="b">Beta said “three 40 five”.</p>';
const textOf = (id: string): Text => document.getElementById(id)!.firstChild as Text;
const rangeIn = (id: string, word: string): Range => {
  const text = textOf(id);
  const range = document.createRange();
  const at = text.data.indexOf(word);
  range.setStart(text, at);
  range.setEnd(text, at + word.length);
  return range;
};
const quote = (text: string) => ({ start: 0, end: 1, kind: 'direct' as const, cue: 'said', speaker: null, text, anchored: true });
const annotation: PageAnnotation = {
  article: { title: 't', byline: null, siteName: null, publishedTime: null, lang: null, canonicalUrl: null, excerpt: null, genre: null } as PageAnnotation['article'],
  text: '',
  links: [],
  quotes: [quote('three 40 five'), quote('one two')],
  claims: [{ start: 0, end: 1, value: 40, unit: null, qualifier: null, quote: 0, source: null, text: '40', anchored: true, context: { before: '', after: '' } }],
};
const ranges: Record<string, Range> = { 'quote:0': rangeIn('b', '“three 40 five”'), 'quote:1': rangeIn('a', '“one two”'), 'claim:0': rangeIn('b', '40') };
const rangeOf = (ref: ItemRef): Range | null => ranges[`${ref.kind}:${ref.index}`] ?? null;

test('marks come in reading order, a quote before the figure inside it', () => {
  expect(marksInOrder(annotation, rangeOf).map((m) => `${m.ref.kind}:${m.ref.index}`)).toEqual(['quote:1', 'quote:0', 'claim:0']);
});

test('a mark whose text the page removed (a collapsed range) is skipped', () => {
  const gone = document.createRange();
  expect(marksInOrder(annotation, (ref) => (ref.kind === 'claim' ? gone : rangeOf(ref)))).toHaveLength(2);
});

test.each([
  ['next from the middle', 3, 1, 1, 2],
  ['next from the last wraps to the first', 3, 2, 1, 0],
  ['previous from the first wraps to the last', 3, 0, -1, 2],
  ['next with none yet starts at the first in view', 3, -1, 1, 1],
  ['previous with none yet starts before the first in view', 3, -1, -1, 0],
  ['no marks', 0, -1, 1, -1],
] as const)('%s', (_name, count, current, direction, expected) => {
  expect(stepIndex(count, current, direction, () => 1)).toBe(expected);
});

let shown: MarkVisibility;
const session = {
  annotation: () => annotation,
  rangeOf,
  scrollTo: vi.fn(() => true),
  marks: () => shown,
  setMarks: (visible: MarkVisibility) => (shown = visible),
};
const card = { focus: vi.fn(), hide: vi.fn() };

beforeEach(() => {
  shown = { quote: true, speaker: true, claim: true };
  vi.clearAllMocks();
});

test('next and previous go through the marks, bring each into view and open its card after the delay', () => {
  const marks = createMarkNavigator(session, card);
  // jsdom lays nothing out: every mark counts as in view, so the first is the first.
  Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);
  expect(marks.run('next-mark')).toBe(true);
  expect(marks.current()).toEqual({ kind: 'quote', index: 1 });
  expect(marks.run('next-mark')).toBe(true);
  expect(marks.current()).toEqual({ kind: 'quote', index: 0 });
  expect(session.scrollTo).toHaveBeenLastCalledWith({ kind: 'quote', index: 0 });
  expect(card.focus).toHaveBeenLastCalledWith(expect.objectContaining({ hovered: { kind: 'quote', item: annotation.quotes[0] } }));
  expect(card.focus.mock.lastCall).toHaveLength(1);
  marks.run('previous-mark');
  expect(marks.current()).toEqual({ kind: 'quote', index: 1 });
});

test('open-mark opens the current mark’s card at once', () => {
  const marks = createMarkNavigator(session, card);
  marks.run('next-mark');
  expect(marks.run('open-mark')).toBe(true);
  expect(card.focus).toHaveBeenLastCalledWith(expect.objectContaining({ hovered: { kind: 'quote', item: annotation.quotes[1] } }), { now: true });
});

test('toggle hides every mark and closes the card; the next mark shows them again', () => {
  const marks = createMarkNavigator(session, card);
  marks.run('toggle-marks');
  expect(shown).toEqual({ quote: false, speaker: false, claim: false });
  expect(card.hide).toHaveBeenCalled();
  marks.run('next-mark');
  expect(shown).toEqual({ quote: true, speaker: true, claim: true });
});

test('a kind the reader hid (in the popup) is passed over', () => {
  shown = { quote: false, speaker: true, claim: true };
  const marks = createMarkNavigator(session, card);
  marks.run('next-mark');
  expect(marks.current()).toEqual({ kind: 'claim', index: 0 });
  marks.run('next-mark');
  expect(marks.current()).toEqual({ kind: 'claim', index: 0 });
});

test('with nothing annotated no command acts, so the key stays the page’s', () => {
  const marks = createMarkNavigator({ ...session, annotation: () => null }, card);
  expect(marks.run('next-mark')).toBe(false);
  expect(marks.run('toggle-marks')).toBe(false);
  expect(card.focus).not.toHaveBeenCalled();
});

test('focus moving into a mark (a link inside a quote) opens its card; focus leaving closes it', () => {
  document.getElementById('a')!.innerHTML = 'Alpha said “one <a href="#x" id="link">two</a>”.';
  const linked = { ...ranges };
  const text = document.getElementById('a')!;
  linked['quote:1'] = document.createRange();
  linked['quote:1'].setStart(text.firstChild!, text.firstChild!.textContent!.indexOf('“'));
  linked['quote:1'].setEnd(text.lastChild!, 1);
  const marks = createMarkNavigator({ ...session, rangeOf: (ref) => linked[`${ref.kind}:${ref.index}`] ?? null }, card);
  marks.focusElement(document.getElementById('link'));
  expect(card.focus).toHaveBeenLastCalledWith(expect.objectContaining({ hovered: { kind: 'quote', item: annotation.quotes[1] } }));
  marks.focusElement(null);
  expect(card.focus).toHaveBeenLastCalledWith(null);
  marks.focusElement(document.body);
  expect(card.focus).toHaveBeenLastCalledWith(null);
});
