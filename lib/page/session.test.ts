// @vitest-environment jsdom
import { beforeEach, expect, test, vi } from 'vitest';
import type { Detection } from '../detect/detect';
import type { PageStatus } from '../messages';
import { NO_HIGHLIGHT_API } from '../paint/highlights';
import { createPageSession, type PageSession } from './session';

// Detection is stubbed (another module's job): one claim per number.
const detect = vi.fn((text: string): Detection => ({
  quotes: [],
  claims: [...text.matchAll(/\d[\d,]*/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: Number(m[0].replace(/,/g, '')),
    unit: 'troops',
    qualifier: null,
    quote: null,
    source: null,
  })),
}));

const sentence = 'The alliance has stationed 40,000 troops along its eastern flank since the start of the war, officials said this week in a statement. ';
const ARTICLE = `<html><head><title>Flank</title></head><body><article><h1>Flank</h1>${`<p>${sentence.repeat(3)}</p>`.repeat(4)}</article></body></html>`;

let doc: Document;
let statuses: PageStatus[];

/** A session on `page` whose every status change is recorded in `statuses`. */
function open(page: Document = doc, detectText: (text: string) => Promise<Detection> = async (text) => detect(text)): PageSession {
  const session = createPageSession(page, { detect: detectText });
  session.subscribe((s) => statuses.push(s));
  return session;
}
beforeEach(() => {
  detect.mockClear();
  doc = new DOMParser().parseFromString(ARTICLE, 'text/html');
  statuses = [];
  Element.prototype.scrollIntoView = vi.fn();
});

test('runs the pipeline once however often it is asked; subscribers see each stage, then the outcome once', async () => {
  const session = open();
  const [first, second] = await Promise.all([session.annotate(), session.annotate()]);
  expect(first).toBe(second);
  expect(await session.annotate()).toBe(first);
  expect(detect).toHaveBeenCalledTimes(1);
  expect(statuses.map((s) => s.progress?.stage ?? s.state)).toEqual(['working', 'extract', 'detect', 'anchor', 'paint', 'error']);
  expect(statuses.at(-1)).toBe(first);
});

test('jsdom has no Highlight API: the state says so, and the lists are still there', async () => {
  const session = open();
  const status = await session.annotate();
  expect(status).toMatchObject({ state: 'error', message: NO_HIGHLIGHT_API, claims: 12, anchored: 12 });
  const listed = session.annotation();
  expect(listed?.article.title).toBe('Flank');
  expect(listed?.claims[0]).toMatchObject({ text: '40,000', unit: 'troops', anchored: true });
});

test('scrolls an anchored item into view; an unknown item is refused', async () => {
  const session = open();
  expect(session.scrollTo({ kind: 'claim', index: 0 })).toBe(false);
  await session.annotate();
  expect(session.scrollTo({ kind: 'claim', index: 5 })).toBe(true);
  expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
  expect(session.scrollTo({ kind: 'quote', index: 0 })).toBe(false);
  expect(session.scrollTo({ kind: 'claim', index: 99 })).toBe(false);
});

test('an item whose text the page has since removed is refused, not scrolled to', async () => {
  const session = open();
  await session.annotate();
  expect(session.annotation()?.claims[0]?.anchored).toBe(true);
  for (const paragraph of doc.querySelectorAll('p')) paragraph.remove();
  expect(session.scrollTo({ kind: 'claim', index: 0 })).toBe(false);
  expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled();
});

test('status is idle before, working during, and the outcome after', async () => {
  const session = open();
  expect(session.status().state).toBe('idle');
  const run = session.annotate();
  expect(session.status().state).toBe('working');
  await run;
  expect(session.status().state).toBe('error');
});

test('clearing drops a run still going: nothing is listed or reported after', async () => {
  const session = open();
  const run = session.annotate();
  session.clear();
  await run;
  expect(session.annotation()).toBeNull();
  expect(session.status().state).toBe('cleared');
  expect(statuses.filter((s) => s.state !== 'working')).toEqual([]);
});

test('after clearing, the page stays unmarked until the reader asks again; then it runs afresh', async () => {
  const session = open();
  await session.annotate();
  session.clear();
  expect(session.annotation()).toBeNull();
  expect((await session.annotate()).state).toBe('cleared');
  expect((await session.annotate({ force: true })).state).toBe('cleared');
  expect(detect).toHaveBeenCalledTimes(1);
  await session.annotate({ again: true });
  expect(detect).toHaveBeenCalledTimes(2);
  expect(session.annotation()?.claims).toHaveLength(12);
  await session.annotate();
  expect(detect).toHaveBeenCalledTimes(2);
});

test('mark visibility: every kind shows at first, and a kind the reader hides stays hidden until shown', () => {
  const session = open();
  expect(session.marks()).toEqual({ quote: true, speaker: true, claim: true });
  expect(session.setMarks({ quote: true, speaker: false, claim: false })).toEqual({ quote: true, speaker: false, claim: false });
  expect(session.marks()).toEqual({ quote: true, speaker: false, claim: false });
});

test('a page judged not an article is read anyway when asked to force it', async () => {
  const form = new DOMParser().parseFromString('<html><body><form><input name="q"> 1,200 results</form></body></html>', 'text/html');
  const session = open(form);
  expect((await session.annotate()).state).toBe('not-article');
  expect((await session.annotate()).state).toBe('not-article');
  expect(await session.annotate({ force: true })).toMatchObject({ state: 'error', claims: 1 });
});

test('an article not in English is not guessed at: "English only for now", unless forced', async () => {
  const phrase = "L'alliance a déployé 40 000 soldats sur son flanc est depuis le début de la guerre, ont indiqué des responsables cette semaine. ";
  const french = new DOMParser().parseFromString(ARTICLE.replace('<html>', '<html lang="fr">').replaceAll(sentence, phrase), 'text/html');
  const session = open(french);
  expect(await session.annotate()).toMatchObject({ state: 'not-article', message: 'English only for now: this page is in French' });
  expect(detect).not.toHaveBeenCalled();
  expect((await session.annotate({ force: true })).state).not.toBe('not-article');
  expect(detect).toHaveBeenCalledTimes(1);
});

/** A detection that answers when the test says so. */
function heldDetection(): { detectText: (text: string) => Promise<Detection>; release: () => void } {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { detectText: async (text) => (await gate, detect(text)), release };
}

test('cancelling while detection runs: nothing is anchored or listed, the state is cancelled, and the next ask runs afresh', async () => {
  const held = heldDetection();
  const session = open(doc, held.detectText);
  const run = session.annotate();
  await vi.waitFor(() => expect(session.status().progress?.stage).toBe('detect'));
  expect(session.cancel().state).toBe('working');
  held.release();
  expect(await run).toMatchObject({ state: 'cancelled', quotes: 0, claims: 0, anchored: 0 });
  expect(session.annotation()).toBeNull();
  expect(statuses.at(-1)?.state).toBe('cancelled');
  expect(statuses.some((s) => s.progress?.stage === 'anchor')).toBe(false);
  expect(await session.annotate()).toMatchObject({ claims: 12, anchored: 12 });
});

test('cancel without a run in progress changes nothing', async () => {
  const session = open();
  expect(session.cancel().state).toBe('idle');
  const done = await session.annotate();
  expect(session.cancel()).toBe(done);
  expect(await session.annotate()).toBe(done);
});

test('a detection that fails becomes an error state with its reason', async () => {
  const session = open(doc, async () => {
    throw new Error('detection failed: the background did not answer');
  });
  expect(await session.annotate()).toMatchObject({ state: 'error', message: expect.stringContaining('the background did not answer') });
});

test('the reader’s corrections are applied to every run: a rejected figure is listed as corrected; a new list replaces the last', async () => {
  const first = open();
  await first.annotate();
  const claim = first.annotation()!.claims[1]!;
  const text = first.corrected()!.painted.annotation.text;
  const correction = {
    id: 'c1',
    pageKey: 'https://news.example/flank',
    url: 'https://news.example/flank',
    kind: 'not-figure' as const,
    item: 'claim' as const,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    before: text.slice(claim.start - 40, claim.start),
    detected: { value: claim.value, unit: claim.unit, source: null },
    speaker: null,
    created: 1,
  };
  const session = createPageSession(doc, { detect: async (t) => detect(t), loadCorrections: async () => [correction] });
  await session.annotate();
  expect(session.annotation()!.claims.map((c) => c.correction?.kind ?? null)).toEqual([null, 'not-figure', ...Array(10).fill(null)]);
  expect(session.corrected()!.matched.claims.get(1)).toBe(correction);
  session.setCorrections([]);
  expect(session.annotation()!.claims.every((c) => c.correction === undefined)).toBe(true);
});

test('a store that cannot answer leaves the page annotated, uncorrected', async () => {
  const session = createPageSession(doc, { detect: async (t) => detect(t), loadCorrections: () => Promise.reject(new Error('no database')) });
  expect((await session.annotate()).claims).toBe(12);
  expect(session.annotation()!.claims.every((c) => c.correction === undefined)).toBe(true);
});
