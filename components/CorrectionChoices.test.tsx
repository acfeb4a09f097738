// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, expect, test, vi } from 'vitest';
import type { HoveredItem } from '../lib/page/session';
import { CorrectionsContext } from './CorrectItem';
import { renderHoverCard } from './HoverCard';
import { SpeakerList } from './SpeakerList';

// The hover card and the popup offer one set of corrections, in the same words.

const quote: Extract<HoveredItem, { kind: 'quote' }>['item'] = {
  start: 0,
  end: 5,
  kind: 'direct',
  cue: 'said',
  speaker: { name: 'Monday', start: 0, end: 1 },
  text: 'we will rebuild',
  anchored: true,
};

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});

const choices = (): string[] => [...root.querySelectorAll('.correct-menu button')].map((b) => b.textContent ?? '');
/** Lets the correction's promise answer. */
const settle = (): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const button = (label: string): HTMLButtonElement => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === label)!;

test('the card’s choices take the keyboard at once and keep the correction', async () => {
  const correct = vi.fn(async () => null);
  await act(() => renderHoverCard(root, { hovered: { kind: 'quote', item: quote }, anchor: { x: 10, top: 0, bottom: 20 }, correcting: { speakers: ['Ann Lee'], correct } }));
  expect(choices()).toEqual(['Not a quote', 'Wrong speaker →']);
  expect(document.activeElement?.textContent).toBe('Not a quote');
  await act(() => button('Not a quote').click());
  expect(correct).toHaveBeenCalledWith('not-quote', undefined);
});

test('the popup’s menu offers the card’s choices and closes once the correction is kept', async () => {
  const corrections = { speakers: ['Ann Lee'], correct: vi.fn(async () => null), undo: vi.fn(async () => null) };
  await act(() =>
    render(
      <CorrectionsContext.Provider value={corrections}>
        <SpeakerList quotes={[quote]} text="" shown={null} grouped onSelect={vi.fn()} />
      </CorrectionsContext.Provider>,
      root,
    ),
  );
  await act(() => button('Correct this quote').click());
  expect(choices()).toEqual(['Not a quote', 'Wrong speaker →']);
  // Opened by a click, not a key: the focus stays on the "⋯" the reader clicked.
  expect(document.activeElement?.textContent).not.toBe('Not a quote');
  await act(() => button('Not a quote').click());
  expect(corrections.correct).toHaveBeenCalledWith({ kind: 'quote', index: 0 }, 'not-quote', undefined);
  await settle();
  expect(root.querySelector('.correct-menu')).toBeNull();
});

test('a correction that could not be kept says why and stays open', async () => {
  const correct = vi.fn(async () => 'The notes store is not available.');
  await act(() => renderHoverCard(root, { hovered: { kind: 'quote', item: quote }, anchor: { x: 10, top: 0, bottom: 20 }, correcting: { speakers: [], correct } }));
  await act(() => button('Not a quote').click());
  await settle();
  expect(root.querySelector('.correct-menu .problem')?.textContent).toBe('The notes store is not available.');
});
