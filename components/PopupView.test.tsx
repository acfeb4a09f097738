// @vitest-environment jsdom
import { render } from 'preact';
import { beforeEach, expect, test, vi } from 'vitest';
import type { ClaimItem, PageAnnotation, PageStatus, QuoteItem } from '../lib/messages';
import { PopupView, type PopupActions } from './PopupView';
import type { PopupState } from './use-page-annotation';

const TIMINGS = { extract: 1, detect: 1, anchor: 1, paint: 1 };

const quote = (name: string | null, text: string, anchored = true): QuoteItem => ({
  start: 0,
  end: 1,
  kind: name ? 'direct' : 'indirect',
  cue: name ? 'said' : null,
  speaker: name ? { name, start: 0, end: 1 } : null,
  text,
  anchored,
});

const claim = (source: string | null, text: string): ClaimItem => ({
  start: 0,
  end: 1,
  value: 3000,
  unit: 'troops',
  qualifier: 'about',
  quote: null,
  source,
  text,
  anchored: true,
  context: { before: 'sent ', after: ' to the front' },
});

const ANNOTATION: PageAnnotation = {
  article: {
    title: 'Troops to the front',
    byline: 'Ann Writer',
    siteName: 'Example News',
    publishedTime: '2024-02-27T10:00:00Z',
    lang: 'en',
    canonicalUrl: null,
    excerpt: null,
  },
  quotes: [quote('Jens Stoltenberg', '“We will stand together,” he said.'), quote(null, 'that the plan was sound', false)],
  claims: [claim(null, 'about 3,000 troops'), claim('Jens Stoltenberg', '40,000 troops')],
};

const annotated = (status: Partial<PageStatus> = {}): Extract<PopupState, { phase: 'ready' }> => ({
  phase: 'ready',
  status: { state: 'annotated', quotes: 2, claims: 2, anchored: 3, timings: TIMINGS, ...status },
  annotation: ANNOTATION,
});

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});

const show = (state: PopupState, actions: Partial<PopupActions> = {}): PopupActions => {
  const all: PopupActions = { select: vi.fn(), annotateAnyway: vi.fn(), annotateAgain: vi.fn(), stop: vi.fn(), ...actions };
  render(<PopupView state={state} actions={all} />, root);
  return all;
};

test('an annotated article: metadata, counts, speakers with their quotes, figures by source', () => {
  show(annotated());
  expect(root.querySelector('.meta-title')?.textContent).toBe('Troops to the front');
  expect(root.querySelector('.meta-details')?.textContent).toBe('Ann WriterExample NewsFeb 27, 2024EN');
  expect(root.querySelector('.counts')?.textContent).toContain('2 quotes1 speaker2 figures');
  expect(root.querySelector('.counts-note')?.textContent).toBe('1 could not be located in the page and are not highlighted.');
  const groups = [...root.querySelectorAll('.group-name')].map((g) => g.textContent);
  expect(groups).toEqual(['Jens Stoltenberg 1', 'unknown speaker 1', 'Jens Stoltenberg 1', 'the reporter’s own 1']);
  expect(root.querySelector('.badge-direct')?.textContent).toBe('direct');
  expect(root.querySelector('.item-claim .item-text')?.textContent).toBe('sent 40,000 troops to the front');
  expect(root.querySelector('.item-details')?.textContent).toBe('qualifier: about · unit: troops');
});

test('clicking an item asks to scroll to it; an item not found in the page is disabled', () => {
  const { select } = show(annotated());
  const items = [...root.querySelectorAll<HTMLButtonElement>('.item')];
  items[2]?.click();
  expect(select).toHaveBeenCalledWith({ kind: 'claim', index: 1 });
  expect(items[1]?.disabled).toBe(true);
});

test.each<[string, PopupState, string]>([
  ['working', { phase: 'working' }, 'Reading the article…'],
  [
    'cannot run',
    { phase: 'failed', message: "Sourcelight can't run on this page (browser pages, the web store)." },
    "Sourcelight can't run on this page (browser pages, the web store).",
  ],
  [
    'not an article',
    { phase: 'ready', status: { state: 'not-article', quotes: 0, claims: 0, anchored: 0, timings: TIMINGS }, annotation: null },
    "This page doesn't look like an article.",
  ],
  [
    'not in English',
    {
      phase: 'ready',
      status: { state: 'not-article', quotes: 0, claims: 0, anchored: 0, timings: TIMINGS, message: 'English only for now: this page is in French' },
      annotation: null,
    },
    'English only for now: this page is in French',
  ],
])('%s has its own clear notice', (_name, state, title) => {
  show(state);
  expect(root.querySelector('.notice-title')?.textContent).toBe(title);
  expect(root.querySelector('.item')).toBeNull();
});

test('a page that is not an article can be annotated anyway', () => {
  const { annotateAnyway } = show({ phase: 'ready', status: { state: 'not-article', quotes: 0, claims: 0, anchored: 0, timings: TIMINGS }, annotation: null });
  root.querySelector<HTMLButtonElement>('button.link')?.click();
  expect(annotateAnyway).toHaveBeenCalledOnce();
});

test('a page too large to read unasked says so, and can be read anyway', () => {
  const notice = 'This page is very large (55,012 elements): reading it could freeze it for seconds.';
  const { annotateAnyway } = show({
    phase: 'ready',
    status: { state: 'not-article', quotes: 0, claims: 0, anchored: 0, timings: TIMINGS, message: notice, notice },
    annotation: null,
  });
  expect(root.querySelector('.budget-notice')?.textContent).toContain(notice);
  root.querySelector<HTMLButtonElement>('button.link')?.click();
  expect(annotateAnyway).toHaveBeenCalledOnce();
});

test('after the highlights are removed, the page can be annotated again', () => {
  const { annotateAgain } = show({ phase: 'cleared' });
  expect(root.querySelector('.notice-title')?.textContent).toBe('Highlights removed.');
  root.querySelector<HTMLButtonElement>('button.link')?.click();
  expect(annotateAgain).toHaveBeenCalledOnce();
});

test('a paint failure is shown above the lists, which stay usable', () => {
  show(annotated({ state: 'error', message: 'No highlights here.' }));
  expect(root.querySelector('.problem')?.textContent).toBe('No highlights here.');
  expect(root.querySelectorAll('.item')).toHaveLength(4);
});

test('a long read can be stopped from the popup, and a stopped page annotated again', () => {
  const { stop } = show({ phase: 'working' });
  root.querySelector<HTMLButtonElement>('button.link')?.click();
  expect(stop).toHaveBeenCalledOnce();
  const { annotateAgain } = show({ phase: 'ready', status: { state: 'cancelled', quotes: 0, claims: 0, anchored: 0, timings: TIMINGS }, annotation: null });
  expect(root.querySelector('.notice-title')?.textContent).toBe('Stopped.');
  root.querySelector<HTMLButtonElement>('button.link')?.click();
  expect(annotateAgain).toHaveBeenCalledOnce();
});

const type = (input: HTMLInputElement, value: string): void => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const itemTexts = (): string[] => [...root.querySelectorAll('.item-text')].map((i) => i.textContent ?? '');

test('the filter box keeps the items whose words, speaker or source match, and counts them in each header', async () => {
  show(annotated());
  type(root.querySelector<HTMLInputElement>('input.filter')!, 'stoltenberg');
  await settle();
  expect(itemTexts()).toEqual(['“We will stand together,” he said.', 'sent 40,000 troops to the front']);
  type(root.querySelector<HTMLInputElement>('input.filter')!, 'nothing like this');
  await settle();
  expect(itemTexts()).toEqual([]);
  expect([...root.querySelectorAll('.empty')].map((e) => e.textContent)).toEqual(['No quote matches.', 'No figure matches.']);
});

test('the toggles ask to show or hide a kind of mark, and a hidden kind leaves the lists', () => {
  const setMarks = vi.fn();
  render(
    <PopupView
      state={annotated()}
      marks={{ quote: true, speaker: false, claim: false }}
      actions={{ select: vi.fn(), annotateAnyway: vi.fn(), annotateAgain: vi.fn(), stop: vi.fn(), setMarks }}
    />,
    root,
  );
  expect(root.querySelector('[aria-label="Whose numbers"]')).toBeNull();
  // Speakers hidden: the quotes are listed in the article's order, without speaker headings.
  expect(root.querySelectorAll('.group-name')).toHaveLength(0);
  expect(itemTexts()).toHaveLength(2);
  const figures = [...root.querySelectorAll<HTMLLabelElement>('.toggle')].find((l) => l.textContent?.includes('Figures'))!;
  figures.querySelector('input')!.click();
  expect(setMarks).toHaveBeenCalledWith({ quote: true, speaker: false, claim: true });
});

test('a speaker collapses to its heading and opens again', async () => {
  show(annotated());
  const heading = root.querySelector<HTMLButtonElement>('.group-toggle')!;
  expect(heading.getAttribute('aria-expanded')).toBe('true');
  heading.click();
  await settle();
  expect(heading.getAttribute('aria-expanded')).toBe('false');
  expect(itemTexts()).not.toContain('“We will stand together,” he said.');
  heading.click();
  await settle();
  expect(itemTexts()).toContain('“We will stand together,” he said.');
});

test('a one-line legend of the marks sits above the lists', () => {
  show(annotated());
  expect(root.querySelector('.legend')?.textContent).toBe('quote reported speaker figure hover a mark, or press Alt+Shift+. to go through them');
});

test('page text is isolated: a right-to-left override in a quote cannot reverse what follows it', () => {
  const annotation = { ...ANNOTATION, quotes: [quote('Ann Lee', 'evil \u202Ereversed text')] };
  show({ ...annotated(), annotation });
  const text = root.querySelector('.item-text')!;
  expect(text.querySelector('bdi')?.textContent).toContain('\u202E');
  expect(root.querySelector('.group-label bdi')?.textContent).toBe('Ann Lee');
});

test('a page whose highlights the reader removed says so, and annotates again only when asked', () => {
  const { annotateAgain } = show(annotated({ state: 'cleared' }));
  expect(root.textContent).toContain('Highlights removed.');
  [...root.querySelectorAll('button')].find((b) => b.textContent === 'Annotate again')!.click();
  expect(annotateAgain).toHaveBeenCalledOnce();
});

test('a page with more items than one answer lists says how many are listed, and lists more on request', () => {
  const loadMore = vi.fn();
  const annotation = { ...ANNOTATION, totals: { quotes: 50_000, claims: 2 } };
  render(<PopupView state={{ ...annotated(), annotation }} actions={{ select: vi.fn(), annotateAnyway: vi.fn(), annotateAgain: vi.fn(), stop: vi.fn(), loadMore }} />, root);
  expect(root.querySelector('.more')?.textContent).toBe('Listing 4 of 50,002 items. Show more');
  root.querySelector<HTMLButtonElement>('.more button')!.click();
  expect(loadMore).toHaveBeenCalledOnce();
});
