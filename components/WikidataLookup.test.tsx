// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fakeBrowser } from '#imports';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { offlineMessage } from '../lib/outlets/wikidata/client';
import { recorded } from '../lib/outlets/wikidata/recorded';
import { WikidataLookup } from './WikidataLookup';

// The lookup on the card, against recorded Wikidata answers: nothing asked before the click, the
// permission asked from the click, the answer shown with its source and kept for next time.

let root: HTMLElement;
let granted: boolean;
let permissionRequests: unknown[];
let fetched: string[];
let answer: (url: URL) => Response | Promise<Response>;
/** The browser's permission prompt: answers `granted` at once, unless a test holds it open. */
let prompt: () => Promise<boolean>;

const json = (name: string) => new Response(JSON.stringify(recorded(name)), { headers: { 'content-type': 'application/json' } });

/** Wikidata as recorded: the WSWS item, the America Now search and item, the labels. */
function recordedWikidata(url: URL): Response {
  if (url.pathname === '/wiki/Special:EntityData/Q1377139.json') return json('entity-Q1377139.json');
  if (url.pathname === '/wiki/Special:EntityData/Q130576881.json') return json('entity-Q130576881.json');
  if (url.searchParams.get('action') === 'wbgetentities') return json('labels.json');
  if (url.searchParams.get('action') === 'wbsearchentities') return json('search-america-now.json');
  return new Response('Not Found', { status: 404 });
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
  granted = true;
  permissionRequests = [];
  fetched = [];
  answer = recordedWikidata;
  Object.assign(fakeBrowser.permissions, {
    request: (permissions: unknown) => {
      permissionRequests.push(permissions);
      return prompt();
    },
    contains: async () => granted && permissionRequests.length > 0,
  });
  prompt = async () => granted;
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return answer(new URL(url));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const settle = (): Promise<void> => act(() => new Promise((resolve) => setTimeout(resolve, 10)));
const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  expect(check()).toBe(true);
};
const button = (label: string): HTMLButtonElement | undefined => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(label));

async function show(domain: string, tableItem: string | null, name: string): Promise<void> {
  await act(() => render(<WikidataLookup domain={domain} tableItem={tableItem} name={name} />, root));
  await until(() => root.querySelector('.outlet-wikidata-lookup') !== null);
}

test('nothing is asked until the click; then the permission for www.wikidata.org, the item and its labels, shown with source and date', async () => {
  await show('wsws.org', 'Q1377139', 'World Socialist Web Site');
  await settle();
  expect(root.textContent).toContain('Asks wikidata.org about Q1377139 only when you click');
  expect(fetched).toEqual([]);
  expect(permissionRequests).toEqual([]);

  await act(() => button('Look this outlet up on Wikidata')?.click());
  await until(() => root.querySelector('.wikidata-facts') !== null);
  expect(permissionRequests).toEqual([{ origins: ['https://www.wikidata.org/*'] }]);
  expect(fetched).toEqual([
    'https://www.wikidata.org/wiki/Special:EntityData/Q1377139.json',
    expect.stringContaining('https://www.wikidata.org/w/api.php?action=wbgetentities&ids='),
  ]);
  const text = root.textContent ?? '';
  expect(text).toContain('World Socialist Web Site (Q1377139) — online publication of the International Committee of the Fourth International');
  expect(text).toContain('PublisherInternational Committee of the Fourth International');
  expect(text).toContain('CountryUnited States');
  expect(text).toContain('Inception1998-02-14');
  expect(text).toContain('LanguageEnglish, German, French, Spanish, Russian, Turkish + 3 more');
  expect(text).toMatch(/Source: Wikidata, Q1377139 \(edited 2026-09-14, CC0 1\.0\) · fetched \d{4}-\d\d-\d\d/);
  expect(root.querySelector<HTMLAnchorElement>('.outlet-source a')?.href).toBe('https://www.wikidata.org/w/index.php?title=Q1377139&oldid=2398173554');

  // Kept: the card opened again shows it without asking.
  fetched = [];
  render(null, root);
  await show('wsws.org', 'Q1377139', 'World Socialist Web Site');
  await until(() => root.querySelector('.wikidata-facts') !== null);
  expect(fetched).toEqual([]);

  // Refresh asks again, on request.
  await act(() => button('Refresh from Wikidata')?.click());
  await until(() => fetched.length === 2);
  expect(fetched[0]).toBe('https://www.wikidata.org/wiki/Special:EntityData/Q1377139.json');
});

test('an outlet the tables do not know: a search by its name, the reader picks, the pick is kept', async () => {
  await show('americanow.com', null, 'America Now');
  await act(() => button('Look this outlet up on Wikidata')?.click());
  await until(() => root.querySelectorAll('.wikidata-candidate').length === 3);
  expect(new URL(fetched[0]!).searchParams.get('search')).toBe('America Now');
  expect(root.textContent).toContain('America Now (Q130576881) — American news aggregation website');
  await act(() => [...root.querySelectorAll<HTMLButtonElement>('.wikidata-candidate')][1]?.click());
  await until(() => root.querySelector('.wikidata-facts') !== null);
  expect(root.textContent).toContain('Owned byunknown value (since 2019), Dallas Media Holdings (2017-03 – 2019)');
  expect(button('Not this outlet? Search again')).toBeDefined();
});

test('a refused permission says so and asks nothing', async () => {
  granted = false;
  await show('refused.example', 'Q1377139', 'Refused');
  await act(() => button('Look this outlet up on Wikidata')?.click());
  await until(() => root.querySelector('.problem') !== null);
  expect(root.querySelector('.problem')?.textContent).toBe(
    'Sourcelight was not allowed to reach www.wikidata.org, so nothing was asked. Click again to be asked for permission once more.',
  );
  expect(fetched).toEqual([]);
});

test('offline, and an item Wikidata no longer has: clear messages, the button stays', async () => {
  answer = () => Promise.reject(new TypeError('Failed to fetch'));
  await show('offline.example', 'Q1377139', 'Offline');
  await act(() => button('Look this outlet up on Wikidata')?.click());
  await until(() => root.querySelector('.problem') !== null);
  expect(root.querySelector('.problem')?.textContent).toBe(offlineMessage());

  answer = recordedWikidata;
  render(null, root);
  await show('deleted.example', 'Q999999999', 'Deleted');
  await act(() => button('Look this outlet up on Wikidata')?.click());
  await until(() => root.querySelector('.problem') !== null);
  expect(root.querySelector('.problem')?.textContent).toBe('Wikidata has no item Q999999999 (it may have been deleted).');
  expect(button('Look this outlet up on Wikidata')?.disabled).toBe(false);
});

test('a search with no match says so, and offers another search', async () => {
  answer = () => json('search-empty.json');
  await show('qxzv.example', null, 'qxzv outlet');
  await act(() => button('Look this outlet up on Wikidata')?.click());
  await until(() => root.textContent?.includes('Wikidata has no item named “qxzv outlet”.') ?? false);
  expect(root.querySelector<HTMLInputElement>('.wikidata-search input')?.value).toBe('qxzv outlet');
});

test('a popup closed by the permission dialog: reopened for the same outlet, with the permission granted, it runs the lookup the reader asked for', async () => {
  // Chrome closes the popup when its dialog takes the focus: the prompt never answers this page.
  prompt = () => new Promise<boolean>(() => undefined);
  await show('closed.example', 'Q1377139', 'Closed');
  expect(root.textContent).toContain('Should the popup close while it asks, open it again');
  await act(() => button('Look this outlet up on Wikidata')?.click());
  await settle();
  render(null, root);
  expect(fetched).toEqual([]);

  // Another outlet's card does not take it, nor ask anything.
  await show('other.example', 'Q1377139', 'Other');
  await settle();
  expect(fetched).toEqual([]);
  render(null, root);

  await show('closed.example', 'Q1377139', 'Closed');
  await until(() => root.querySelector('.wikidata-facts') !== null);
  expect(fetched[0]).toBe('https://www.wikidata.org/wiki/Special:EntityData/Q1377139.json');
  // Once: the next opening asks nothing.
  fetched = [];
  render(null, root);
  await show('closed.example', 'Q1377139', 'Closed');
  await settle();
  expect(fetched).toEqual([]);
});
