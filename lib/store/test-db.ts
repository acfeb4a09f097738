import 'fake-indexeddb/auto';
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/selectors';
import { openStore, type Store } from './db';
import type { PageRef } from './collection';
import type { Target } from './schema';

// Shared by the store's tests: each test opens its own fake-indexeddb database.

let count = 0;

export const freshName = (): string => `sourcelight-test-${++count}-${Math.random().toString(36).slice(2)}`;

export const freshStore = (): Promise<Store> => openStore(freshName());

export const page = (url = 'https://news.example.com/2026/story', canonicalUrl: string | null = null): PageRef => ({
  url,
  meta: { title: 'A story', byline: 'By A. Writer', siteName: 'Example News', canonicalUrl, lang: 'en', publishedTime: null },
});

export const passage = (exact: string, start = 0): Target => {
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end: start + exact.length };
  return { kind: 'passage', selectors: [quote, position] };
};
