// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import type { HoveredItem } from '../lib/page/session';
import { renderHoverCard } from './HoverCard';

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
    { kind: 'claim', item: { start: 0, end: 5, value: [2, 3], unit: '%', qualifier: 'nearly', quote: null, source: null, text: 'nearly 2-3%', anchored: true, context: { before: '', after: '' } } },
    'figure',
    ['Value2–3', 'Unit%', 'Qualifiernearly', 'Sourcethe article itself'],
  ],
  [
    'a speaker’s figure',
    { kind: 'claim', item: { start: 0, end: 5, value: 3000, unit: 'troops', qualifier: null, quote: 0, source: 'NATO', text: '3,000 troops', anchored: true, context: { before: '', after: '' } } },
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
