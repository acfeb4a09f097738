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

const annotated = (status: Partial<PageStatus> = {}): PopupState => ({
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
  expect(groups).toEqual(['Jens Stoltenberg 1', 'unknown speaker 1', 'Jens Stoltenberg 1', 'the article itself 1']);
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
  ['cannot run', { phase: 'failed', message: "Sourcelight can't run on this page (browser pages, the web store)." }, "Sourcelight can't run on this page (browser pages, the web store)."],
  ['not an article', { phase: 'ready', status: { state: 'not-article', quotes: 0, claims: 0, anchored: 0, timings: TIMINGS }, annotation: null }, "This page doesn't look like an article."],
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
