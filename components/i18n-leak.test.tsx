// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fakeBrowser } from '#imports';
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ClaimItem, QuoteItem } from '../lib/messages';
import type { ArticleMeta as Meta } from '../lib/model';
import type { OutletProfile } from '../lib/outlets/profile';
import type { Provenance } from '../lib/outlets/provenance';
import type { ItemRecord, NoteRecord, Target } from '../lib/store/schema';
import { ArticleMeta } from './ArticleMeta';
import { ClaimList } from './ClaimList';
import { CorrectionsContext } from './CorrectItem';
import { Counts } from './Counts';
import { ExportButton } from './ExportButton';
import { GoldExport } from './GoldExport';
import { renderHoverCard } from './HoverCard';
import { NoteForm } from './NoteForm';
import { OutletCard } from './OutletCard';
import { ItemCard, NoteCard } from './RecordCards';
import { SiteToggle } from './SiteToggle';
import { SourceLedgerView } from './SourceLedger';
import { SpeakerList } from './SpeakerList';
import { LibraryPage } from './library/LibraryPage';
import { createAddNoteMenu } from '../lib/background/add-note';
import { showBadge, showFailure } from '../lib/background/badge';
import { addLibraryMenu } from '../lib/background/library-page';
import type { Library } from '../lib/library/library';
import { noAnswer } from '../lib/background/annotate-tab';
import { cannotRun, fileAccessOff } from '../lib/background/scriptable';
import { backgroundStopped } from '../lib/messages';
import { budgetNotice, tooLarge } from '../lib/page/budget';
import { runPipeline } from '../lib/page/pipeline';
import { t } from '../lib/i18n';
import { STORAGE_FULL, toStoreError } from '../lib/store/errors';
import { notShownReason } from '../lib/view/presence';
import { fetchEntity } from '../lib/outlets/wikidata/client';
import { parseEntity, PROPERTIES } from '../lib/outlets/wikidata/entity';
import { parseSearch } from '../lib/outlets/wikidata/search';
import { parseSourceList } from '../lib/outlets/source-list';
import english from '../public/_locales/en/messages.json';
import type { Backup } from '../lib/store/backup';

// Every word these components show a reader comes from public/_locales: with a browser.i18n that
// answers ⟦key⟧, no English may be left. The page's own words (names, quotes, domains) are
// written §like§this here, so what remains after both are taken out must hold no letter.

const PAGE = (word: string): string => `§${word}§`;

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | Array<string | number>) => `⟦${key}⟧${[substitutions ?? []].flat().join('')}`;
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The words of `text` that are neither a key nor the page's. */
function wordsLeft(text: string, pageWords: string[] = []): string[] {
  return (
    text
      .replace(/⟦\w+⟧/g, ' ')
      .replace(/§[^§]*§/g, ' ')
      .replace(/https?:\S+/g, ' ')
      .split(/\s+/)
      .filter((word) => !pageWords.includes(word))
      .join(' ')
      .match(/[a-z]+/gi) ?? []
  );
}

/** The words a reader can meet in `root` (its text, and its elements' names, placeholders and tooltips) that are neither a key nor the page's. */
function leaked(pageWords: string[] = []): string[] {
  const attributes = [...root.querySelectorAll('*')].flatMap((el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''));
  return wordsLeft([root.textContent ?? '', ...attributes].join(' '), pageWords);
}

async function show(children: ComponentChildren): Promise<void> {
  await act(() => render(children, root));
  // Hooks that read the store answer after the first render.
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
}

const quote = (name: string | null, correction?: QuoteItem['correction']): QuoteItem => ({
  start: 0,
  end: 5,
  kind: 'direct',
  cue: PAGE('said'),
  speaker: name ? { name, start: 0, end: 1 } : null,
  text: PAGE('quoted'),
  anchored: true,
  ...(correction ? { correction } : {}),
});
const claim: ClaimItem = {
  start: 0,
  end: 5,
  value: 3000,
  unit: PAGE('troops'),
  qualifier: PAGE('about'),
  quote: null,
  source: PAGE('NATO'),
  text: PAGE('3,000'),
  anchored: true,
  context: { before: PAGE('before'), after: PAGE('after') },
};
const corrections = { speakers: [PAGE('Ann')], correct: vi.fn(async () => null), undo: vi.fn(async () => null) };

test('the popup’s counts and lists', async () => {
  await show(<Counts quotes={3} claims={1} speakers={1} anchored={2} lost={1} />);
  expect(leaked()).toEqual([]);
  await show(
    <CorrectionsContext.Provider value={corrections}>
      <SpeakerList
        quotes={[quote(PAGE('Ann')), quote(PAGE('Ann')), quote(PAGE('Bo'), { id: 'c', kind: 'wrong-speaker', detectedSpeaker: PAGE('Monday') })]}
        text=""
        shown={(q) => q.speaker?.name !== PAGE('Bo')}
        grouped
        onSelect={vi.fn()}
      />
      <SpeakerList quotes={[quote(PAGE('Ann'))]} text="" shown={() => false} grouped={false} onSelect={vi.fn()} />
      <SpeakerList quotes={[]} text="" shown={null} grouped onSelect={vi.fn()} />
      <SpeakerList
        quotes={[quote(null), { ...quote(PAGE('Ann')), anchored: false, lost: 'changed' }, { ...quote(PAGE('Ann')), anchored: false, lost: 'gone' }]}
        text=""
        shown={null}
        grouped
        onSelect={vi.fn()}
      />
      <ClaimList
        claims={[
          { ...claim, source: null },
          { ...claim, source: null, text: PAGE('3'), value: 3, unit: null },
        ]}
        text={PAGE('text')}
        shown={null}
        onSelect={vi.fn()}
      />
      <ClaimList claims={[{ ...claim, source: null, start: 20, end: 22 }]} text="Officials reported 12 ships." shown={null} onSelect={vi.fn()} />
      <ClaimList claims={[claim, { ...claim, correction: { id: 'd', kind: 'not-figure' } }]} text="" shown={null} onSelect={vi.fn()} />
      <ClaimList claims={[claim]} text="" shown={() => false} onSelect={vi.fn()} />
      <ClaimList claims={[]} text="" shown={null} onSelect={vi.fn()} />
    </CorrectionsContext.Provider>,
  );
  await act(() => root.querySelector<HTMLButtonElement>('.correct-toggle')?.click());
  await act(() => [...root.querySelectorAll<HTMLButtonElement>('.correct-choice')][1]?.click());
  expect(root.querySelector('.correct-speaker')).not.toBeNull();
  expect(leaked()).toEqual([]);
});

test('the popup’s article, gold export and site toggle', async () => {
  await show(
    <>
      <ArticleMeta article={{ title: null, byline: null, siteName: null, publishedTime: null, lang: null, canonicalUrl: null, excerpt: null }} />
      <GoldExport tabId={1} />
      <SiteToggle origin="https://example.org" />
    </>,
  );
  expect(root.querySelector('.site-toggle')).not.toBeNull();
  // The site's host is the page's word here (it cannot be written §like§this in an origin).
  expect(leaked(['example.org'])).toEqual([]);
});

test('the hover card, correcting', async () => {
  await act(() => renderHoverCard(root, { hovered: { kind: 'quote', item: quote(PAGE('Ann')) }, anchor: { x: 0, top: 0, bottom: 10 }, correcting: corrections }));
  expect(root.querySelector('.correct-menu')).not.toBeNull();
  expect(leaked()).toEqual([]);
});

test('the hover card of a quote nobody is named for and of the article’s own figure', async () => {
  await act(() => renderHoverCard(root, { hovered: { kind: 'quote', item: quote(null) }, anchor: { x: 0, top: 0, bottom: 10 } }));
  expect(leaked()).toEqual([]);
  await act(() => renderHoverCard(root, { hovered: { kind: 'claim', item: { ...claim, source: null } }, anchor: { x: 0, top: 0, bottom: 10 } }));
  expect(leaked()).toEqual([]);
});

const source: Provenance = { title: PAGE('table'), url: 'https://example.org/', date: '2026-01-01', licence: PAGE('CC0'), attribution: PAGE('by') };
const profile: OutletProfile = {
  domain: PAGE('wsws.org'),
  name: PAGE('WSWS'),
  wikidata: { id: PAGE('Q1'), name: PAGE('WSWS'), source },
  reliability: {
    source,
    entries: [
      {
        entry: PAGE('WSWS'),
        status: 'nc',
        statusLabel: PAGE('No consensus'),
        qualifier: PAGE('2020'),
        summary: PAGE('summary'),
        lastDiscussed: '2024',
        url: 'https://example.org/rsp',
      },
    ],
  },
  stateMedia: { source, name: PAGE('WSWS'), owner: PAGE('owner'), country: PAGE('country'), typology: 'IP', label: PAGE('Independent') },
  newspaper: { source, wikidataId: PAGE('Q1'), name: PAGE('WSWS'), owner: PAGE('owner'), country: PAGE('country'), language: PAGE('language'), founded: '1998' },
};
const article: Meta = {
  title: PAGE('title'),
  byline: null,
  siteName: PAGE('Site'),
  publishedTime: null,
  lang: 'en',
  canonicalUrl: 'https://wsws.org/x',
  excerpt: null,
  genre: PAGE('Opinion'),
};

test('the outlet card, its own profile, the Wikidata lookup and the source ledger', async () => {
  await show(
    <>
      <OutletCard article={article} outlet={{ phase: 'found', lookup: { host: PAGE('wsws.org'), profile, servedFrom: PAGE('archive.org') }, sources: null }} />
      <OutletCard article={article} outlet={{ phase: 'found', lookup: { host: null, profile: null, servedFrom: null }, sources: null }} />
      <OutletCard article={{ ...article, siteName: null }} outlet={{ phase: 'looking' }} />
      <SourceLedgerView
        ledger={{
          people: [{ name: PAGE('Ann'), count: 2, quotes: [] }],
          cited: (['outlet', 'agency', 'study', 'report', 'document', 'organisation'] as const).map((kind) => ({
            name: PAGE(kind),
            kind,
            domain: PAGE('reuters.com'),
            outlet: null,
            mentions: [{ sentence: PAGE('sentence'), start: 0, end: 1 }],
          })),
          links: [{ domain: PAGE('reuters.com'), outlet: PAGE('Reuters'), count: 2, hrefs: [], mention: null }],
        }}
      />
    </>,
  );
  expect(root.querySelector('.outlet-own')).not.toBeNull();
  // The lookup shows once the store has answered, which a busy machine may take longer than show's wait for.
  await expect.poll(() => root.querySelector('.outlet-wikidata-lookup'), { timeout: 30_000 }).not.toBeNull();
  expect(leaked()).toEqual([]);
  await act(() => root.querySelector<HTMLButtonElement>('.own-write')?.click());
  expect(root.querySelector('.own-form')).not.toBeNull();
  expect(leaked()).toEqual([]);
});

const passage: Target = {
  kind: 'passage',
  selectors: [
    { type: 'TextQuoteSelector', exact: PAGE('passage'), prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: 1 },
  ],
};
const note: NoteRecord = { id: 'n', articleId: 'a', body: PAGE('body'), tags: [PAGE('tag')], target: passage, created: 0, updated: 0 };
const kept = (item: Partial<ItemRecord>): ItemRecord =>
  ({
    id: 'i',
    articleId: 'a',
    kind: 'quote',
    quoteKind: 'direct',
    cue: null,
    text: PAGE('text'),
    speaker: null,
    target: { kind: 'page' },
    created: 0,
    updated: 0,
    ...item,
  }) as ItemRecord;

test('the side panel’s notes, kept items and note form', async () => {
  await show(
    <ul>
      <NoteCard note={note} orphaned knownTags={[]} onShow={vi.fn()} onEdit={vi.fn(async () => true)} onDelete={vi.fn()} />
      <NoteCard note={{ ...note, target: { kind: 'page' } }} orphaned={false} knownTags={[]} onShow={vi.fn()} onEdit={vi.fn(async () => true)} onDelete={vi.fn()} />
      <ItemCard item={kept({ target: passage })} orphaned={false} onShow={vi.fn()} onDelete={vi.fn()} />
      <ItemCard item={kept({ kind: 'claim', value: 3, unit: null, qualifier: null } as Partial<ItemRecord>)} orphaned onShow={vi.fn()} onDelete={vi.fn()} />
      <NoteForm id="n" initial={{ body: '', tags: '' }} knownTags={[]} saveLabel={PAGE('Save')} onSave={vi.fn(async () => true)} onCancel={vi.fn()} />
      <ExportButton />
    </ul>,
  );
  expect(leaked()).toEqual([]);
});

const library: Library = {
  articles: [
    {
      id: 'a',
      key: 'https://wsws.org/x',
      url: 'https://wsws.org/x',
      canonicalUrl: null,
      title: PAGE('title'),
      byline: null,
      siteName: PAGE('WSWS'),
      publishedTime: '2024-02-27',
      lang: 'en',
      firstSeen: 0,
      lastSeen: 0,
    },
    {
      id: 'b',
      key: 'https://wsws.org/y',
      url: 'https://wsws.org/y',
      canonicalUrl: null,
      title: PAGE('title'),
      byline: null,
      siteName: PAGE('GR'),
      publishedTime: null,
      lang: 'en',
      firstSeen: 0,
      lastSeen: 0,
    },
  ],
  items: [
    kept({ id: 'q1', articleId: 'a', speaker: PAGE('Ann'), target: passage }),
    { ...kept({ id: 'q2', articleId: 'b', speaker: PAGE('Ann') }), correction: { kind: 'wrong-speaker', detectedSpeaker: PAGE('Bo') } },
    { ...kept({ id: 'q3', articleId: 'b', speaker: null }), correction: { kind: 'wrong-speaker', detectedSpeaker: null } },
    { ...kept({ id: 'q4', articleId: 'b', speaker: PAGE('Ann') }), correction: { kind: 'not-quote', detectedSpeaker: null } },
    kept({ id: 'c1', articleId: 'a', kind: 'claim', value: 31000, unit: PAGE('soldiers'), qualifier: PAGE('about'), speaker: PAGE('Ann'), target: passage } as Partial<ItemRecord>),
    {
      ...kept({ id: 'c2', articleId: 'b', kind: 'claim', value: [3, 4], unit: PAGE('soldiers'), qualifier: null, speaker: null } as Partial<ItemRecord>),
      correction: { kind: 'in-corrected-quote', detectedSpeaker: PAGE('Bo') },
    },
    {
      ...kept({ id: 'c3', articleId: 'b', kind: 'claim', value: 7, unit: null, qualifier: null, speaker: null } as Partial<ItemRecord>),
      correction: { kind: 'not-figure', detectedSpeaker: null },
    },
  ],
  notes: [{ ...note, articleId: 'a' }],
};
const backup = { ...library, corrections: [], exportedAt: '2026-12-01T00:00:00.000Z' } as unknown as Backup;

test('the library page: its list, speakers, figures ledger, filters and exports', async () => {
  // jsdom lays nothing out: the row list's size is never observed.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
  for (const [initialView, part] of [
    ['list', '.row-note'],
    ['speakers', '.speaker-quote'],
    ['figures', '.ledger-group'],
  ] as const) {
    await act(() => render(null, root));
    await show(
      <LibraryPage
        library={library}
        backup={backup}
        initialView={initialView}
        onImport={vi.fn(async () => Promise.reject(new Error(PAGE('refused'))))}
        notice={PAGE('Imported')}
      />,
    );
    expect(root.querySelector(part)).not.toBeNull();
    expect(leaked()).toEqual([]);
  }
  // An export written, and a backup file refused.
  vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await act(() => root.querySelector<HTMLButtonElement>('[data-format="csv"]')?.click());
  await expect.poll(() => root.querySelector('.export-done')).not.toBeNull();
  const picker = root.querySelector<HTMLInputElement>('.import input')!;
  Object.defineProperty(picker, 'files', { value: [new File(['{}'], PAGE('backup.json'))] });
  await act(() => {
    picker.dispatchEvent(new Event('change'));
  });
  await expect.poll(() => root.querySelector('.import .problem')).not.toBeNull();
  // The file's name is the export's, not a word of ours.
  expect(leaked(['sourcelight.csv'])).toEqual([]);
  const search = root.querySelector<HTMLInputElement>('.search')!;
  search.value = 'zzz';
  await act(() => {
    search.dispatchEvent(new Event('input'));
  });
  expect(root.querySelector('.empty')).not.toBeNull();
  expect(leaked(['sourcelight.csv'])).toEqual([]);
  await act(() => render(null, root));
  await show(<LibraryPage library={{ articles: [], items: [], notes: [] }} backup={backup} />);
  expect(leaked()).toEqual([]);
});

test('the toolbar button’s badge and tooltips, and its context menus', async () => {
  const said: string[] = [];
  const timings = { extract: 0, detect: 0, anchor: 0, paint: 0 };
  for (const status of [{ state: 'page-changed' }, { state: 'annotated', lost: 1 }, { state: 'annotated', lost: 3 }] as const) {
    await showBadge(1, { quotes: 4, claims: 4, anchored: 4, timings, ...status });
    said.push(await fakeBrowser.action.getBadgeText({ tabId: 1 }), await fakeBrowser.action.getTitle({ tabId: 1 }));
  }
  await showFailure(1, PAGE('why'));
  said.push(await fakeBrowser.action.getTitle({ tabId: 1 }));
  const create = vi.fn((menu: { title: string }) => menu);
  Object.assign(fakeBrowser, { contextMenus: { create, onClicked: { addListener: vi.fn() } } });
  addLibraryMenu();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  createAddNoteMenu();
  said.push(...create.mock.calls.map(([menu]) => menu.title));
  expect(said).toHaveLength(9);
  expect(wordsLeft(said.join(' '))).toEqual([]);
});

test('the sentences lib/ writes for the popup’s notices and errors, and the store’s', async () => {
  const painter = { paint: vi.fn(), clear: vi.fn(), show: vi.fn(), flash: vi.fn() };
  const detect = async (): Promise<{ quotes: []; claims: [] }> => ({ quotes: [], claims: [] });
  const page = (html: string, type: DOMParserSupportedType = 'text/html'): Document => new DOMParser().parseFromString(html, type);
  const french = `<html lang="fr"><body><article>${'<p>Le gouvernement a annoncé mardi une série de mesures pour les agriculteurs, qui manifestent depuis des semaines dans tout le pays contre la baisse de leurs revenus et les normes.</p>'.repeat(8)}</article></body></html>`;
  const statuses = await Promise.all(
    [page('<html><body><form><input></form></body></html>'), page('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'), page(french)].map(
      async (doc) => (await runPipeline(doc, painter, { detect })).status,
    ),
  );
  expect(statuses.map((status) => status.state)).toEqual(['not-article', 'not-article', 'not-article']);
  const said = [
    ...statuses.map((status) => status.message ?? ''),
    tooLarge(45_000),
    budgetNotice(true, 3_000, 2_000) ?? '',
    ...(['changed', 'gone', 'not-found'] as const).map(notShownReason),
    cannotRun(),
    fileAccessOff(),
    noAnswer(),
    backgroundStopped(),
  ];
  // The French page's language is named by Intl, in the reader's language.
  expect(wordsLeft(said.join(' '), ['French'])).toEqual([]);
  // The store runs under plain Node too: its errors carry their message key beside their English.
  const full = toStoreError(new DOMException('', 'QuotaExceededError'));
  expect(full.message).toBe(STORAGE_FULL);
  expect(wordsLeft(t(full.key!, full.substitutions))).toEqual([]);
});

test('the outlet card’s Wikidata errors and facts, and a refused source list', async () => {
  const answer = (response: () => Response | Promise<Response>) => async (): Promise<Response> => response();
  const results = [
    await fetchEntity(
      answer(() => Promise.reject(new TypeError('offline'))),
      'https://example.org',
      'Q1',
    ),
    await fetchEntity(
      answer(() => new Response('', { status: 404 })),
      'https://example.org',
      'Q1',
    ),
    await fetchEntity(
      answer(() => new Response('', { status: 429 })),
      'https://example.org',
      'Q1',
    ),
    await fetchEntity(
      answer(() => new Response('<html>')),
      'https://example.org',
      'Q1',
    ),
    await fetchEntity(
      answer(() => new Response('{}')),
      'https://example.org',
      PAGE('Qx'),
    ),
    parseEntity({ entities: { Q1: { id: 'Q1', missing: '' } } }, 'Q1'),
    parseSearch({ error: { info: PAGE('reason') } }),
    parseSearch({ error: {} }),
    parseSearch([]),
    parseSourceList('"a,b\n1', PAGE('list.csv')),
    parseSourceList('name\nx', PAGE('list.csv')),
    parseSourceList(`domain\n${PAGE('not a domain')}`, PAGE('list.csv')),
    parseSourceList('domain\n', PAGE('list.csv')),
  ];
  const errors = results.map((result) => (result.ok ? '' : result.error));
  expect(errors.map(Boolean)).not.toContain(false);
  // The CSV reader's own words ("Quoted field unterminated") are Papa Parse's, in English; item ids are Wikidata's.
  expect(errors[9]).toMatch(/^⟦sourceListBadLine⟧/);
  expect(wordsLeft(errors.filter((_, i) => i !== 9).join(' '), ['Q1'])).toEqual([]);
  // A saved lookup keeps each fact's English name: the same words as its message.
  expect(PROPERTIES.map(([, label, message]) => english[message].message === label)).not.toContain(false);
});
