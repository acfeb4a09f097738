// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import type { HoveredItem } from '../lib/page/session';
import { act } from 'preact/test-utils';
import { renderHoverCard } from './HoverCard';
import { pointOnCard } from './card-placement';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});

const rows = (): string[] => [...root.querySelectorAll('.row')].map((r) => r.textContent ?? '');

test.each<[string, HoveredItem, string, string[]]>([
  [
    'a direct quote',
    { kind: 'quote', item: { start: 0, end: 5, kind: 'direct', cue: 'said', speaker: { name: 'Ann Lee', start: 0, end: 3 }, text: '“Hi”', anchored: true } },
    'direct quote',
    ['SpeakerAnn Lee', 'Cuesaid'],
  ],
  [
    'an indirect quote with no speaker',
    { kind: 'quote', item: { start: 0, end: 5, kind: 'indirect', cue: null, speaker: null, text: 'that x', anchored: true } },
    'indirect quote',
    ['Speakerunknown speaker', 'Cuenone (inferred from context)'],
  ],
  [
    'the article’s own figure',
    {
      kind: 'claim',
      item: { start: 0, end: 5, value: [2, 3], unit: '%', qualifier: 'nearly', quote: null, source: null, text: 'nearly 2-3%', anchored: true, context: { before: '', after: '' } },
    },
    'figure',
    ['Value2–3', 'Unit%', 'Qualifiernearly', 'Sourcethe article itself'],
  ],
  [
    'a speaker’s figure',
    {
      kind: 'claim',
      item: { start: 0, end: 5, value: 3000, unit: 'troops', qualifier: null, quote: 0, source: 'NATO', text: '3,000 troops', anchored: true, context: { before: '', after: '' } },
    },
    'figure',
    ['Value3,000', 'Unittroops', 'Qualifier—', 'SourceNATO'],
  ],
])('%s', (_name, hovered, badge, expected) => {
  renderHoverCard(root, { hovered, anchor: { x: 10, top: 0, bottom: 20 } });
  expect(root.querySelector('.badge')?.textContent).toBe(badge);
  expect(rows()).toEqual(expected);
  expect(root.querySelector('.excerpt')?.textContent ?? null).toBe(hovered.kind === 'quote' ? hovered.item.text : null);
  renderHoverCard(root, null);
  expect(root.querySelector('.card')).toBeNull();
});

test('low in the viewport the card opens upwards, its bottom edge above the line', () => {
  const hovered: HoveredItem = { kind: 'quote', item: { start: 0, end: 5, kind: 'direct', cue: 'said', speaker: null, text: '“Hi”', anchored: true } };
  renderHoverCard(root, { hovered, anchor: { x: 10, top: window.innerHeight - 20, bottom: window.innerHeight } });
  const card = root.querySelector<HTMLElement>('.card');
  expect(card?.style.bottom).toBe('26px');
  expect(card?.style.top).toBe('');
});

test('“Keep” on the card keeps the item, then says “Kept ✓” with Undo; a card for another item starts afresh', async () => {
  const hovered: HoveredItem = { kind: 'quote', item: { start: 0, end: 5, kind: 'direct', cue: 'said', speaker: null, text: '“Hi”', anchored: true } };
  const calls: string[] = [];
  const actions = {
    keep: async () => (calls.push('keep'), { ok: true as const, value: { id: 'k1' } }),
    undo: async (id: string) => (calls.push(`undo ${id}`), { ok: true as const, value: null }),
  };
  const flush = (): Promise<void> => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const keepRow = (): string | undefined => root.querySelector('.keep')?.textContent ?? undefined;
  await act(() => renderHoverCard(root, { hovered, anchor: { x: 10, top: 0, bottom: 20 }, keeping: { item: 'quote:0', kept: undefined, actions } }));
  expect(keepRow()).toBe('Keep');
  await act(() => root.querySelector<HTMLButtonElement>('.keep button')!.click());
  await flush();
  expect(keepRow()).toBe('Kept ✓Undo');
  // The pointer moving along the quote draws the card again with what the page knew before: it stays kept.
  await act(() => renderHoverCard(root, { hovered, anchor: { x: 12, top: 0, bottom: 20 }, keeping: { item: 'quote:0', kept: undefined, actions } }));
  expect(keepRow()).toBe('Kept ✓Undo');
  await act(() => root.querySelector<HTMLButtonElement>('.keep button')!.click());
  await flush();
  expect(calls).toEqual(['keep', 'undo k1']);
  expect(keepRow()).toBe('Keep');
  await act(() => renderHoverCard(root, { hovered, anchor: { x: 10, top: 0, bottom: 20 }, keeping: { item: 'quote:1', kept: 'k2', actions } }));
  expect(keepRow()).toBe('Kept ✓Undo');
});

test('the card and the gap between it and its line count as on the card; beyond them is not', () => {
  const hovered: HoveredItem = { kind: 'quote', item: { start: 0, end: 5, kind: 'direct', cue: 'said', speaker: null, text: '“Hi”', anchored: true } };
  renderHoverCard(root, { hovered, anchor: { x: 10, top: 0, bottom: 20 } });
  const card = root.querySelector<HTMLElement>('.card')!;
  card.getBoundingClientRect = () => ({ left: 10, right: 310, top: 26, bottom: 126, x: 10, y: 26, width: 300, height: 100, toJSON: () => null });
  expect(pointOnCard(root, 100, 60)).toBe(true);
  expect(pointOnCard(root, 100, 21)).toBe(true);
  expect(pointOnCard(root, 100, 19)).toBe(false);
  expect(pointOnCard(root, 320, 60)).toBe(false);
  renderHoverCard(root, null);
  expect(pointOnCard(root, 100, 60)).toBe(false);
});
