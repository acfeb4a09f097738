// @vitest-environment jsdom
import { fakeBrowser, type Browser } from '#imports';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, expect, test } from 'vitest';
import { fail, ok, type Envelope, type ListWindow, type PageAnnotation, type PageStatus } from '../lib/messages';
import { LIST_PAGE, listWindow } from '../lib/view/list-window';
import { Popup } from './Popup';
import { CLEAR_FAILED } from './use-page-annotation';

// The popup against a fake browser: the background answers annotate-tab, the tab answers the rest.

const ANNOTATED: PageStatus = { state: 'annotated', quotes: 0, claims: 0, anchored: 0, timings: { extract: 1, detect: 1, anchor: 1, paint: 1 } };
const ANNOTATION: PageAnnotation = {
  article: { title: 'A story', byline: null, siteName: null, publishedTime: null, lang: 'en', canonicalUrl: null, excerpt: null },
  quotes: [],
  claims: [
    { start: 0, end: 6, value: 40000, unit: 'troops', qualifier: null, quote: null, source: null, text: '40,000', anchored: true, context: { before: 'sent ', after: ' troops' } },
  ],
};

let root: HTMLElement;
let tabAnswers: (message: Envelope) => unknown;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app') as HTMLElement;
  tabAnswers = (message) => ok(message.type === 'sourcelight/annotation' ? ANNOTATION : null);
  Object.assign(fakeBrowser.runtime, { sendMessage: async () => ok(ANNOTATED) });
  Object.assign(fakeBrowser.tabs, { sendMessage: async (_id: number, message: Envelope) => tabAnswers(message) });
});

const settle = (): Promise<void> => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

const button = (label: string): HTMLButtonElement | undefined => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(label));

test('removing the highlights says so, and offers to annotate again', async () => {
  await act(() => render(<Popup tabId={3} origin={null} />, root));
  await settle();
  await act(() => button('Remove highlights')?.click());
  await settle();
  expect(root.textContent).toContain('Highlights removed.');
  expect(button('Annotate again')).toBeDefined();
});

test('a page that does not answer the removal gets a message, not a dead button', async () => {
  await act(() => render(<Popup tabId={3} origin={null} />, root));
  await settle();
  tabAnswers = () => fail('Could not establish connection. Receiving end does not exist.');
  await act(() => button('Remove highlights')?.click());
  await settle();
  expect(root.querySelector('[role=status]')?.textContent).toBe(CLEAR_FAILED);
});

test('“Always annotate” on a site the browser will not grant says so, and nothing rejects', async () => {
  Object.assign(fakeBrowser.runtime, {
    sendMessage: async (message: Envelope) => (message.type === 'sourcelight/site-preference' ? ok({ origin: 'https://news.example', alwaysAnnotate: false }) : ok(ANNOTATED)),
  });
  Object.assign(fakeBrowser.permissions, { request: () => Promise.reject(new Error('Permission is not in the optional permissions list')) });
  await act(() => render(<Popup tabId={3} origin="https://news.example" />, root));
  await settle();
  await settle();
  await act(() => button('Always annotate on news.example')?.click());
  await settle();
  expect(root.querySelector('.site-problem')?.textContent).toBe('Sourcelight was not allowed to read news.example.');
});

test('an item the page no longer has says so when clicked, under that item', async () => {
  await act(() => render(<Popup tabId={3} origin={null} />, root));
  await settle();
  tabAnswers = (message) => (message.type === 'sourcelight/scroll-to' ? fail('This item is no longer on the page.') : ok(null));
  await act(() => button('40,000')?.click());
  await settle();
  const note = root.querySelector('.item-problem');
  expect(note?.textContent).toBe('This item is no longer on the page.');
  expect(note?.previousElementSibling).toBe(button('40,000'));
});

test('an item the page removed after it was marked is labelled so', async () => {
  tabAnswers = (message) => ok(message.type === 'sourcelight/annotation' ? { ...ANNOTATION, claims: [{ ...ANNOTATION.claims[0]!, anchored: false, lost: 'gone' }] } : null);
  Object.assign(fakeBrowser.runtime, { sendMessage: async () => ok({ ...ANNOTATED, claims: 1, lost: 1 }) });
  await act(() => render(<Popup tabId={3} origin={null} />, root));
  await settle();
  expect(button('40,000')?.disabled).toBe(true);
  expect(button('40,000')?.querySelector('.item-lost')?.textContent).toBe('no longer on the page');
  expect(root.querySelector('.counts')?.textContent).toContain('1 is no longer on the page');
});

test('the Library link opens the library page in a tab', async () => {
  await act(() => render(<Popup tabId={3} origin={null} />, root));
  await settle();
  button('Library')!.click();
  await settle();
  expect((await fakeBrowser.tabs.query({ url: fakeBrowser.runtime.getURL('/library.html') })).length).toBe(1);
});

test('“Keep” on a listed figure asks the tab to keep it, then shows it kept with Undo, which deletes it', async () => {
  const sent: Envelope[] = [];
  tabAnswers = (message) => {
    sent.push(message);
    if (message.type === 'sourcelight/annotation') return ok(ANNOTATION);
    return ok(message.type === 'sourcelight/notes/keep-detected' ? { id: 'kept-1' } : null);
  };
  Object.assign(fakeBrowser.runtime, {
    sendMessage: async (message: Envelope) => (sent.push(message), message.type === 'sourcelight/notes/delete' ? ok(null) : ok(ANNOTATED)),
  });
  await act(() => render(<Popup tabId={3} origin={null} />, root));
  await settle();
  await act(() => button('Keep')?.click());
  await settle();
  expect(sent.filter((m) => m.type === 'sourcelight/notes/keep-detected').map((m) => m.request)).toEqual([{ kind: 'claim', index: 0 }]);
  expect(root.querySelector('.keep')?.textContent).toBe('Kept ✓Undo');
  await act(() => button('Undo')?.click());
  await settle();
  expect(sent.filter((m) => m.type === 'sourcelight/notes/delete').map((m) => m.request)).toEqual([{ kind: 'items', id: 'kept-1' }]);
  expect(button('Keep')).toBeDefined();
});

test('an item the page lists as kept shows so at once; a failed keep says why and stays “Keep”', async () => {
  tabAnswers = (message) =>
    message.type === 'sourcelight/notes/keep-detected'
      ? fail('That passage is not in the page any more.')
      : ok(message.type === 'sourcelight/annotation' ? { ...ANNOTATION, claims: [ANNOTATION.claims[0]!, { ...ANNOTATION.claims[0]!, kept: 'k9' }] } : null);
  await act(() => render(<Popup tabId={3} origin={null} />, root));
  await settle();
  const [first, second] = [...root.querySelectorAll('.keep')];
  expect(second?.textContent).toBe('Kept ✓Undo');
  await act(() => (first?.querySelector('button') as HTMLButtonElement).click());
  await settle();
  expect(first?.textContent).toBe('KeepThat passage is not in the page any more.');
});

test('a list extended with “load more” keeps its length when the page adds items while the popup is open', async () => {
  const claim = ANNOTATION.claims[0]!;
  let page: PageAnnotation = { ...ANNOTATION, claims: Array.from({ length: LIST_PAGE + 100 }, () => claim) };
  tabAnswers = (message) => ok(message.type === 'sourcelight/annotation' ? listWindow(page, message.request as ListWindow | null) : null);
  await act(() => render(<Popup tabId={3} origin={null} />, root));
  await settle();
  await act(() => button('Show more')?.click());
  await settle();
  const listed = (): number => root.querySelectorAll('li.item-row').length;
  expect(listed()).toBe(LIST_PAGE + 100);
  page = { ...page, claims: [...page.claims, claim, claim] };
  const status: Envelope = { type: 'sourcelight/page-status', request: { ...ANNOTATED, claims: LIST_PAGE + 102 } };
  await act(async () => void (await fakeBrowser.runtime.onMessage.trigger(status, { tab: { id: 3 } } as Browser.runtime.MessageSender, () => undefined)));
  await settle();
  await settle();
  expect(listed()).toBe(LIST_PAGE + 102);
});
