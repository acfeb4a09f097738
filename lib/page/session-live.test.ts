// @vitest-environment jsdom
import { beforeEach, expect, test, vi } from 'vitest';
import type { Detection } from '../detect/detect';
import type { PageStatus } from '../messages';
import { createPageSession, type PageSession } from './session';

// A page that changes its own article after it was annotated. Detection is stubbed: one claim
// per number. jsdom cannot paint (no Highlight API), but the session follows its items the same.

/** How long detection takes to answer (the background's round trip), 0 unless a test says. */
let detectMs = 0;
const detect = async (text: string): Promise<Detection> => {
  if (detectMs > 0) await new Promise((resolve) => setTimeout(resolve, detectMs));
  return detectNow(text);
};
const detectNow = (text: string): Detection => ({
  quotes: [],
  claims: [...text.matchAll(/\d[\d,]*/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: Number(m[0].replace(/,/g, '')),
    unit: null,
    qualifier: null,
    quote: null,
    source: null,
  })),
});

const PARAGRAPHS = [
  'The alliance has stationed 40,000 troops along its eastern flank since the start of the war, officials said this week.',
  'Another 12 battalions are on standby in the north, where the border runs through forest and marshland for many miles.',
  'The ministry said that 300 tanks had been delivered so far, a figure the opposition disputed in parliament on Tuesday.',
  'Analysts expect the spending to reach 2 percent of output next year, after a decade in which it rarely passed one.',
];
const articleHtml = (paragraphs: string[]): string => `<h1>Flank</h1>${paragraphs.map((p) => `<p>${p} ${p}</p>`).join('')}`;

let session: PageSession;
let statuses: PageStatus[];
let clock: HTMLElement;

beforeEach(async () => {
  detectMs = 0;
  document.body.innerHTML = `<header>Updated <time id="clock">12:00:00</time></header><article id="story">${articleHtml(PARAGRAPHS)}</article>`;
  clock = document.getElementById('clock')!;
  Element.prototype.scrollIntoView = vi.fn();
  statuses = [];
  session = createPageSession(document, { detect });
  session.subscribe((s) => statuses.push(s));
  const status = await session.annotate();
  expect(status).toMatchObject({ claims: 8, anchored: 8 });
});

/** Lets the observer's callback and the settle timers run (added paragraphs are read after 300 ms of quiet). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 600));
const story = (): HTMLElement => document.getElementById('story')!;

test.each([
  ['the article re-rendered with the same words', () => (story().innerHTML = articleHtml(PARAGRAPHS)), 8, 0],
  ['the whole article container replaced', () => story().replaceWith(Object.assign(document.createElement('main'), { innerHTML: articleHtml(PARAGRAPHS) })), 8, 0],
  ['a paragraph appended: its figure marked too', () => story().insertAdjacentHTML('beforeend', '<p>Later: 7 more ships.</p>'), 9, 0],
  ['a paragraph removed', () => story().querySelectorAll('p')[2]!.remove(), 6, 2],
  ['a figure inside a paragraph replaced by another', () => (story().querySelectorAll('p')[0]!.textContent = PARAGRAPHS[0]!.replace('40,000', '45,000')), 6, 2],
  ['the clock ticking outside the article', () => (clock.textContent = '12:00:01'), 8, 0],
])('%s', async (_name, change, anchored, lost) => {
  change();
  await settle();
  const status = session.status();
  expect({ anchored: status.anchored, lost: status.lost ?? 0 }).toEqual({ anchored, lost });
  const listed = session.annotation()!;
  expect(listed.claims.filter((c) => c.anchored)).toHaveLength(anchored);
  expect(listed.claims.filter((c) => c.lost)).toHaveLength(lost);
  // Every item still painted shows its own words, never the page's new ones.
  listed.claims.forEach((claim, index) => {
    if (claim.anchored) expect(session.rangeOf({ kind: 'claim', index })?.toString()).toBe(claim.text);
    else expect(session.scrollTo({ kind: 'claim', index })).toBe(false);
  });
});

test('paragraphs appended after annotation: their figures are listed after the article’s, each on its own words, and counted', async () => {
  story().insertAdjacentHTML('beforeend', '<p>Later that day, 25 ships left the harbour.</p><div><p>A further 6 were held back by the storm overnight.</p></div>');
  await settle();
  const listed = session.annotation()!;
  expect(listed.claims.map((c) => c.text)).toEqual(['40,000', '40,000', '12', '12', '300', '300', '2', '2', '25', '6']);
  expect(listed.claims.slice(8).map((c) => c.context.before)).toEqual(['Later that day, ', 'A further ']);
  expect(session.rangeOf({ kind: 'claim', index: 9 })?.toString()).toBe('6');
  expect(statuses.at(-1)).toMatchObject({ claims: 10, anchored: 10 });
  // Marked like the article's: found again when the page renders them anew.
  story().lastElementChild!.innerHTML = '<p>A further 6 were held back by the storm overnight.</p>';
  await settle();
  expect(session.presence({ kind: 'claim', index: 9 })).toBe('painted');
  expect(session.annotation()!.claims).toHaveLength(10);
});

test('an article rendered again with one paragraph more: only that paragraph is read', async () => {
  story().innerHTML = articleHtml([...PARAGRAPHS, 'Officials confirmed 90 more crossings.']);
  await settle();
  expect(
    session
      .annotation()!
      .claims.map((c) => c.text)
      .slice(8),
  ).toEqual(['90', '90']);
  expect(session.status()).toMatchObject({ claims: 10, anchored: 10, lost: 0 });
});

test('an article rendered again with an aside and a caption extraction left out: neither is read', async () => {
  story().innerHTML = `${articleHtml(PARAGRAPHS)}<aside><p>Related: 5 things to know about the harbour.</p></aside><figure><figcaption>Photo: 3 cranes at dawn on the quay.</figcaption></figure>`;
  await settle();
  expect(session.status()).toMatchObject({ claims: 8, anchored: 8 });
});

test('a paragraph whose text the page changes while it is detected gets no mark on other words', async () => {
  detectMs = 800;
  story().insertAdjacentHTML('beforeend', '<p>Later that day, 25 ships left the harbour.</p>');
  // Read after 300 ms of quiet; its detection answers 800 ms later.
  await new Promise((resolve) => setTimeout(resolve, 500));
  story().lastElementChild!.textContent = 'In the morning, 40 boats and 25 ships sailed.';
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const listed = session.annotation()!;
  expect(listed.claims).toHaveLength(8);
  listed.claims.forEach((claim, index) => expect(session.rangeOf({ kind: 'claim', index })?.toString()).toBe(claim.text));
});

test('a paragraph the page moves while it is read is listed once', async () => {
  detectMs = 800;
  story().insertAdjacentHTML('beforeend', '<p>Later that day, 25 ships left the harbour.</p>');
  await new Promise((resolve) => setTimeout(resolve, 500));
  // Added again (into a new wrapper) while its first reading waits for detection.
  const moved = story().lastElementChild!;
  story().append(Object.assign(document.createElement('div'), { id: 'more' }));
  document.getElementById('more')!.append(moved);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect(
    session
      .annotation()!
      .claims.map((c) => c.text)
      .slice(8),
  ).toEqual(['25']);
  expect(session.status()).toMatchObject({ claims: 9, anchored: 9 });
});

test('paragraphs added while the marks are removed are not read', async () => {
  story().insertAdjacentHTML('beforeend', '<p>Later that day, 25 ships left the harbour.</p>');
  session.clear();
  await settle();
  expect(session.annotation()).toBeNull();
});

test('an item is checked when clicked, before the observer has settled', async () => {
  story().querySelectorAll('p')[1]!.remove();
  // No wait: scrollTo checks the range itself.
  expect(session.scrollTo({ kind: 'claim', index: 2 })).toBe(false);
  expect(session.presence({ kind: 'claim', index: 2 })).toBe('gone');
  expect(session.scrollTo({ kind: 'claim', index: 0 })).toBe(true);
});

test('a figure the page changed comes off and is reported, and the published counts follow', async () => {
  story().querySelectorAll('p')[2]!.firstChild!.textContent = PARAGRAPHS[2]!.replace('300', '301').repeat(2);
  await settle();
  expect(session.presence({ kind: 'claim', index: 4 })).toBe('gone');
  expect(session.annotation()!.claims[4]).toMatchObject({ anchored: false, lost: 'gone' });
  expect(statuses.at(-1)).toMatchObject({ anchored: 6, lost: 2 });
});

test('the clock ticking inside the article checks no mark and publishes nothing', async () => {
  story().prepend(clock);
  await settle();
  const published = statuses.length;
  for (let s = 1; s <= 5; s++) clock.textContent = `12:00:0${s}`;
  await settle();
  expect(statuses.length).toBe(published);
  expect(session.status()).toMatchObject({ anchored: 8 });
  expect(session.status().lost ?? 0).toBe(0);
});

test('leave() removes the marks and says the page moved; annotate() reads it afresh', async () => {
  session.leave();
  expect(session.status().state).toBe('page-changed');
  expect(session.annotation()).toBeNull();
  story().innerHTML = articleHtml(PARAGRAPHS.slice(0, 2));
  const status = await session.annotate();
  expect(status).toMatchObject({ claims: 4, anchored: 4 });
});
