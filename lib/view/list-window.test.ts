import { expect, test } from 'vitest';
import type { ClaimItem, PageAnnotation, QuoteItem } from '../messages';
import { ITEM_TEXT_MAX, LIST_PAGE, listWindow } from './list-window';

const quote = (i: number, text = `quote ${i}`): QuoteItem => ({ start: i, end: i + 1, kind: 'direct', cue: 'said', speaker: null, text, anchored: true });
const claim = (i: number): ClaimItem => ({
  start: i,
  end: i + 1,
  value: i,
  unit: null,
  qualifier: null,
  quote: null,
  source: null,
  text: `${i}`,
  anchored: true,
  context: { before: '', after: '' },
});

const page = (quotes: number, claims: number): PageAnnotation => ({
  article: { title: 't', byline: null, siteName: null, publishedTime: null, lang: null, canonicalUrl: null, excerpt: null },
  quotes: Array.from({ length: quotes }, (_, i) => quote(i)),
  claims: Array.from({ length: claims }, (_, i) => claim(i)),
});

test('nothing annotated lists nothing', () => expect(listWindow(null, null)).toBeNull());

test.each<[number, number, number | null, number, number]>([
  [3, 2, null, 3, 2],
  [50_000, 3, null, LIST_PAGE, 3],
  [50_000, 50_000, LIST_PAGE, LIST_PAGE, LIST_PAGE],
  [50_000, 10, 49_900, 100, 0],
  [10, 10, -5, 10, 10],
])('%i quotes and %i claims, from %j: %i and %i listed, with the totals', (quotes, claims, from, listedQuotes, listedClaims) => {
  const listed = listWindow(page(quotes, claims), from === null ? null : { from })!;
  expect([listed.quotes.length, listed.claims.length]).toEqual([listedQuotes, listedClaims]);
  expect(listed.totals).toEqual({ quotes, claims });
  if (listed.quotes.length > 0) expect(listed.quotes[0]!.start).toBe(Math.max(0, from ?? 0));
});

test('a 50,000-item page’s first answer stays far below the 64 MiB a message may carry', () => {
  const bytes = JSON.stringify(listWindow(page(50_000, 50_000), null)).length;
  expect(bytes).toBeLessThan(1024 * 1024);
});

test('a huge item’s text is cut, between characters, to the bound', () => {
  const annotation = page(0, 0);
  annotation.quotes = [quote(0, '😀'.repeat(ITEM_TEXT_MAX))];
  const text = listWindow(annotation, null)!.quotes[0]!.text;
  expect(text.length).toBeLessThanOrEqual(ITEM_TEXT_MAX);
  expect(text.endsWith('😀…')).toBe(true);
});

test('the article’s text and links come with the first page only', () => {
  const annotation = { ...page(600, 600), text: 'the whole article', links: [{ href: 'https://a.example/', text: 'a' }] };
  expect(listWindow(annotation, null)).toMatchObject({ text: 'the whole article', links: annotation.links });
  const next = listWindow(annotation, { from: LIST_PAGE })!;
  expect('text' in next || 'links' in next).toBe(false);
  expect(next.quotes).toHaveLength(100);
});

test('a kept item says so by its index in the whole page, on whichever page of the listing it falls', () => {
  const kept = new Map([
    ['quote:3', 'a'],
    ['claim:501', 'b'],
  ]);
  const keptOf = (ref: { kind: string; index: number }): string | undefined => kept.get(`${ref.kind}:${ref.index}`);
  const first = listWindow(page(600, 600), null, keptOf)!;
  expect(first.quotes.flatMap((q, i) => (q.kept ? [[i, q.kept]] : []))).toEqual([[3, 'a']]);
  const second = listWindow(page(600, 600), { from: LIST_PAGE }, keptOf)!;
  expect(second.claims.flatMap((c, i) => (c.kept ? [[LIST_PAGE + i, c.kept]] : []))).toEqual([[501, 'b']]);
  expect(second.quotes.some((q) => 'kept' in q)).toBe(false);
});
