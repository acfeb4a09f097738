import { expect, test } from 'vitest';
import { fetchEntity, offlineMessage, searchItems, type Fetcher } from './client';
import { recorded } from './recorded';

const BASE = 'https://www.wikidata.org';

/** Answers each URL from the recorded responses; records what was asked and how. */
function recordedWikidata(answers: Record<string, () => Response>) {
  const asked: Array<{ url: string; init: RequestInit }> = [];
  const fetcher: Fetcher = async (url, init) => {
    asked.push({ url, init });
    const u = new URL(url);
    const key = u.pathname.startsWith('/w/api.php') ? u.searchParams.get('action')! : u.pathname;
    const answer = answers[key];
    if (!answer) throw new Error(`unexpected request ${url}`);
    return answer();
  };
  return { fetcher, asked };
}

const json =
  (name: string, status = 200) =>
  () =>
    new Response(JSON.stringify(recorded(name)), { status, headers: { 'content-type': 'application/json' } });

test('the item, then its named items’ labels: two requests to Wikidata, no cookies, no referrer', async () => {
  const { fetcher, asked } = recordedWikidata({
    '/wiki/Special:EntityData/Q1377139.json': json('entity-Q1377139.json'),
    wbgetentities: json('labels.json'),
  });
  const result = await fetchEntity(fetcher, BASE, 'Q1377139');
  expect(result.ok && result.value.statements.find((s) => s.property === 'P159')?.values[0]?.text).toBe('Detroit');
  expect(asked.map((a) => a.url)).toEqual([
    'https://www.wikidata.org/wiki/Special:EntityData/Q1377139.json',
    expect.stringMatching(/^https:\/\/www\.wikidata\.org\/w\/api\.php\?action=wbgetentities&ids=Q1153191%7CQ35127%7C.*&props=labels&languages=en%7Cmul&format=json$/),
  ]);
  expect(asked.every((a) => a.init.credentials === 'omit' && a.init.referrerPolicy === 'no-referrer')).toBe(true);
});

test('labels that fail to come leave the ids, and the lookup stands', async () => {
  const { fetcher } = recordedWikidata({
    '/wiki/Special:EntityData/Q1377139.json': json('entity-Q1377139.json'),
    wbgetentities: () => new Response('busy', { status: 503 }),
  });
  const result = await fetchEntity(fetcher, BASE, 'Q1377139');
  expect(result.ok && result.value.statements.find((s) => s.property === 'P17')?.values[0]?.text).toBe('Q30');
});

test('offline, a missing item, a server error, an unreadable answer: each a message, nothing thrown', async () => {
  const offline: Fetcher = async () => {
    throw new TypeError('Failed to fetch');
  };
  expect(await fetchEntity(offline, BASE, 'Q1377139')).toEqual({ ok: false, error: offlineMessage() });
  expect(await searchItems(offline, BASE, 'America Now')).toEqual({ ok: false, error: offlineMessage() });
  const answer = (response: () => Response) => recordedWikidata({ '/wiki/Special:EntityData/Q404.json': response }).fetcher;
  expect(
    await fetchEntity(
      answer(() => new Response('Not Found: No entity with ID Q404 was found.', { status: 404 })),
      BASE,
      'Q404',
    ),
  ).toEqual({
    ok: false,
    error: 'Wikidata has no item Q404 (it may have been deleted).',
  });
  expect(
    await fetchEntity(
      answer(() => new Response('', { status: 429 })),
      BASE,
      'Q404',
    ),
  ).toEqual({ ok: false, error: 'Wikidata answered with an error (HTTP 429). Try again later.' });
  expect(
    await fetchEntity(
      answer(() => new Response('<html>')),
      BASE,
      'Q404',
    ),
  ).toEqual({ ok: false, error: 'Wikidata’s answer could not be read.' });
});

test('an id that is not an item id is refused before any request', async () => {
  const { fetcher, asked } = recordedWikidata({});
  expect((await fetchEntity(fetcher, BASE, 'Q1377139/../../x')).ok).toBe(false);
  expect(asked).toEqual([]);
});

test('the search asks for English items matching the name, and lists them', async () => {
  const { fetcher, asked } = recordedWikidata({ wbsearchentities: json('search-america-now.json') });
  const result = await searchItems(fetcher, BASE, ' America Now ');
  expect(result.ok && result.value.map((c) => c.id)).toEqual(['Q4743022', 'Q130576881', 'Q4743024']);
  const params = new URL(asked[0]!.url).searchParams;
  expect(Object.fromEntries(params)).toMatchObject({ action: 'wbsearchentities', search: 'America Now', language: 'en', type: 'item', format: 'json' });
});
