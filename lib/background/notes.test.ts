import { fakeBrowser, type Browser } from '#imports';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Handlers, MessageType, RequestOf, ResponseOf, Result } from '../messages';
import { STORAGE_UNAVAILABLE, StoreError } from '../store/errors';
import { exportAll } from '../store/backup';
import type { Store } from '../store/db';
import { freshStore, page, passage } from '../store/test-db';
import { notesHandlers } from './notes';
import { NOT_ALLOWED } from './senders';

type Sender = Browser.runtime.MessageSender;

const URL = page().url;
const SIDE_PANEL: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
const CONTENT_SCRIPT: Sender = { id: 'test-extension-id', url: `${URL}#section`, frameId: 0, tab: { id: 7 } as Browser.tabs.Tab };
const OTHER_PAGE: Sender = { ...CONTENT_SCRIPT, url: 'https://evil.example.org/' };
const SUBFRAME: Sender = { ...CONTENT_SCRIPT, frameId: 3 };
const OTHER_EXTENSION: Sender = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

let handlers: Handlers;
let db: Store;

function call<K extends MessageType>(type: K, request: RequestOf<K>, sender: Sender): Promise<Result<ResponseOf<K>>> {
  const handler = handlers[type] as (request: RequestOf<K>, sender: Sender) => Result<ResponseOf<K>> | Promise<Result<ResponseOf<K>>>;
  return Promise.resolve(handler(request, sender));
}

async function value<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error);
  return settled.value;
}

beforeEach(async () => {
  fakeBrowser.reset();
  db = await freshStore();
  handlers = notesHandlers(async () => db);
});

const note = { body: 'Worth checking', tags: ['budget'], target: passage('We will', 41) };

describe('notes through the background', () => {
  test('the side panel adds, edits, deletes and restores; the page lists what is left', async () => {
    const added = await value(call('sourcelight/notes/add', { page: page(), note }, SIDE_PANEL));
    await value(call('sourcelight/notes/edit', { id: added.id, change: { body: 'Checked: true' } }, SIDE_PANEL));
    expect((await value(call('sourcelight/notes/page', { url: URL, canonicalUrl: null }, SIDE_PANEL))).notes.map((n) => n.body)).toEqual(['Checked: true']);
    await value(call('sourcelight/notes/delete', { kind: 'notes', id: added.id }, SIDE_PANEL));
    expect((await value(call('sourcelight/notes/page', { url: URL, canonicalUrl: null }, CONTENT_SCRIPT))).notes).toEqual([]);
    await value(call('sourcelight/notes/restore', { kind: 'notes', id: added.id }, SIDE_PANEL));
    expect(await value(call('sourcelight/notes/tags', null, SIDE_PANEL))).toEqual(['budget']);
    expect((await exportAll(db)).notes).toHaveLength(1);
  });

  test("a content script may read and add for its own tab's page only", async () => {
    await value(call('sourcelight/notes/add', { page: page(), note }, CONTENT_SCRIPT));
    await value(
      call(
        'sourcelight/notes/keep',
        { page: page(), item: { kind: 'quote', quoteKind: 'direct', cue: 'said', text: 'We will', speaker: 'Ada', target: passage('We will') } },
        CONTENT_SCRIPT,
      ),
    );
    expect(await call('sourcelight/notes/page', { url: URL, canonicalUrl: null }, OTHER_PAGE)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/notes/add', { page: page(), note }, OTHER_PAGE)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/notes/add', { page: page(), note }, SUBFRAME)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/notes/add', { page: page(), note }, OTHER_EXTENSION)).toEqual({ ok: false, error: NOT_ALLOWED });
  });

  test('editing, deleting a note, restoring and export are for extension pages only', async () => {
    const added = await value(call('sourcelight/notes/add', { page: page(), note }, SIDE_PANEL));
    for (const [type, request] of [
      ['sourcelight/notes/edit', { id: added.id, change: { body: 'x' } }],
      ['sourcelight/notes/delete', { kind: 'notes', id: added.id }],
      ['sourcelight/notes/delete', { kind: 'notes', id: added.id, page: { url: URL, canonicalUrl: null } }],
      ['sourcelight/notes/restore', { kind: 'notes', id: added.id }],
    ] as const) {
      expect(await call(type, request as never, CONTENT_SCRIPT)).toEqual({ ok: false, error: NOT_ALLOWED });
    }
  });

  test("a content script undoes a Keep of its own page's item only, naming the page", async () => {
    const item = { kind: 'quote', quoteKind: 'direct', cue: 'said', text: 'We will', speaker: 'Ada', target: passage('We will') } as const;
    const kept = await value(call('sourcelight/notes/keep', { page: page(), item }, CONTENT_SCRIPT));
    const elsewhere = await value(call('sourcelight/notes/keep', { page: page('https://other.example.org/story'), item }, SIDE_PANEL));
    const here = { url: URL, canonicalUrl: null };
    expect(await call('sourcelight/notes/delete', { kind: 'items', id: kept.id }, CONTENT_SCRIPT)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/notes/delete', { kind: 'items', id: kept.id, page: here }, OTHER_PAGE)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/notes/delete', { kind: 'items', id: kept.id, page: here }, SUBFRAME)).toEqual({ ok: false, error: NOT_ALLOWED });
    // Another page's item, named by id from this page: not found here, and left as it was.
    expect((await call('sourcelight/notes/delete', { kind: 'items', id: elsewhere.id, page: here }, CONTENT_SCRIPT)).ok).toBe(false);
    expect((await value(call('sourcelight/notes/page', { url: 'https://other.example.org/story', canonicalUrl: null }, SIDE_PANEL))).items).toHaveLength(1);
    await value(call('sourcelight/notes/delete', { kind: 'items', id: kept.id, page: here }, CONTENT_SCRIPT));
    expect((await value(call('sourcelight/notes/page', here, CONTENT_SCRIPT))).items).toEqual([]);
  });

  test('a content script may ask for the tags used before (completion in the in-page note), a subframe or another extension may not', async () => {
    await value(call('sourcelight/notes/add', { page: page(), note }, SIDE_PANEL));
    expect(await value(call('sourcelight/notes/tags', null, CONTENT_SCRIPT))).toEqual(['budget']);
    expect(await value(call('sourcelight/notes/tags', null, OTHER_PAGE))).toEqual(['budget']);
    expect(await call('sourcelight/notes/tags', null, SUBFRAME)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/notes/tags', null, OTHER_EXTENSION)).toEqual({ ok: false, error: NOT_ALLOWED });
  });

  test('malformed requests are refused with a reason and write nothing', async () => {
    const bad = [
      { page: page(), note: { body: 3, tags: [], target: { kind: 'page' } } },
      { page: page(), note: { body: 'x', tags: 'budget', target: { kind: 'page' } } },
      { page: page(), note: { body: 'x', tags: [], target: { kind: 'passage', selectors: [{ type: 'TextQuoteSelector', exact: null }] } } },
      { page: { url: 5 }, note },
    ];
    for (const request of bad) expect((await call('sourcelight/notes/add', request as never, SIDE_PANEL)).ok).toBe(false);
    expect((await exportAll(db)).notes).toEqual([]);
  });

  test('a write tells extension pages and tabs which article changed', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const added = await value(call('sourcelight/notes/add', { page: page(), note }, SIDE_PANEL));
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'sourcelight/notes/changed', request: { articleId: added.articleId } }));
  });

  test('the database failing to open is a clear message, and the next request tries again', async () => {
    let attempts = 0;
    handlers = notesHandlers(async () => {
      if (++attempts === 1) throw new StoreError(STORAGE_UNAVAILABLE);
      return freshStore();
    });
    expect(await call('sourcelight/notes/add', { page: page(), note }, SIDE_PANEL)).toEqual({ ok: false, error: STORAGE_UNAVAILABLE });
    expect((await call('sourcelight/notes/add', { page: page(), note }, SIDE_PANEL)).ok).toBe(true);
  });
});
