// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, expect, test, vi } from 'vitest';
import type { QuoteItem } from '../lib/messages';
import { CorrectionsContext, type Corrections } from './CorrectItem';
import { SpeakerList } from './SpeakerList';

const quote = (name: string, text: string, correction?: QuoteItem['correction']): QuoteItem => ({
  start: 0,
  end: 1,
  kind: 'direct',
  cue: 'said',
  speaker: { name, start: 0, end: 1 },
  text,
  anchored: true,
  ...(correction ? { correction } : {}),
});

let root: HTMLElement;
let corrections: Corrections;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
  corrections = { speakers: ['Ann Lee', 'Bo Kim'], correct: vi.fn(async () => null), undo: vi.fn(async () => null) };
});

const show = (quotes: QuoteItem[]): Promise<void> =>
  act(() =>
    render(
      <CorrectionsContext.Provider value={corrections}>
        <SpeakerList quotes={quotes} text="" shown={null} grouped onSelect={vi.fn()} />
      </CorrectionsContext.Provider>,
      root,
    ),
  );
const button = (label: string): HTMLButtonElement => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === label)!;

test('“Not a quote” from the item’s menu', async () => {
  await show([quote('Monday', 'we will rebuild')]);
  await act(() => button('Correct this quote').click());
  await act(() => button('Not a quote').click());
  expect(corrections.correct).toHaveBeenCalledWith({ kind: 'quote', index: 0 }, 'not-quote', undefined);
});

test('“Wrong speaker” offers the page’s names and takes one typed', async () => {
  await show([quote('Monday', 'we will rebuild')]);
  await act(() => button('Correct this quote').click());
  await act(() => button('Wrong speaker →').click());
  expect([...root.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual(['Ann Lee', 'Bo Kim']);
  const input = root.querySelector<HTMLInputElement>('input[aria-label="Who said it"]')!;
  await act(() => {
    input.value = 'Jens Stoltenberg';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => button('Save').click());
  expect(corrections.correct).toHaveBeenCalledWith({ kind: 'quote', index: 0 }, 'wrong-speaker', 'Jens Stoltenberg');
});

test('a corrected item says what was corrected and can be undone', async () => {
  await show([quote('Jens Stoltenberg', 'we will rebuild', { id: 'c1', kind: 'wrong-speaker', detectedSpeaker: 'Monday' })]);
  expect(root.querySelector('.corrected-note')?.textContent).toBe('Corrected: speaker corrected (was Monday) · Undo');
  expect(root.querySelector('.group-label')?.textContent).toBe('Jens Stoltenberg');
  await act(() => button('Undo').click());
  expect(corrections.undo).toHaveBeenCalledWith({ kind: 'quote', index: 0 });
});
