import type { TextPositionSelector, TextQuoteSelector } from '../anchor/selectors';
import type { ClaimValue, QuoteKind } from '../model';

// The collection as the exports read it, until the notes store (lib/store) lands its schema and
// these give way to its record types.

export interface ArticleRecord {
  id: string;
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** ISO dates: when the reader first and last had the article open. */
  firstSeen: string;
  lastSeen: string;
}

export interface Target {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

interface ItemBase {
  id: string;
  articleId: string;
  text: string;
  target: Target;
  created: string;
}

export interface QuoteItemRecord extends ItemBase {
  kind: 'quote';
  speaker: string | null;
  cue: string | null;
  quoteKind: QuoteKind;
}

export interface ClaimItemRecord extends ItemBase {
  kind: 'claim';
  value: ClaimValue;
  unit: string | null;
  qualifier: string | null;
  source: string | null;
  /** The words around the figure in its paragraph. */
  context: string;
}

export type ItemRecord = QuoteItemRecord | ClaimItemRecord;

export interface NoteRecord {
  id: string;
  articleId: string;
  body: string;
  tags: string[];
  created: string;
  updated: string;
  /** The passage the note is on, or null for a note on the whole page. */
  target: Target | null;
  /** The kept item the note is on, if any. */
  itemId: string | null;
}

export interface Library {
  articles: ArticleRecord[];
  items: ItemRecord[];
  notes: NoteRecord[];
}
