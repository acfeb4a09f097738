import type { DBSchema } from 'idb';
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/selectors';
import type { ClaimValue, QuoteKind } from '../model';
import type { WikidataEntity } from '../outlets/wikidata/entity';

// The reader's own layer: the articles they kept something from, the quotes and claims they kept,
// and their notes. Keys are UUIDs, so a record keeps its identity across export and re-import.

export const DB_NAME = 'sourcelight';

/** A passage, found again by its quote (and context) and by where it stood in the page's text. */
export type PassageSelectors = [TextQuoteSelector, TextPositionSelector];

/** What a note or kept item is about: the whole page, or one passage of it. */
export type Target = { kind: 'page' } | { kind: 'passage'; selectors: PassageSelectors };

export interface ArticleRecord {
  id: string;
  /** The normalised URL the article is known by: its canonical URL when it names a usable one (urls.ts). */
  key: string;
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  firstSeen: number;
  lastSeen: number;
}

export interface KeptQuote {
  kind: 'quote';
  quoteKind: QuoteKind;
  cue: string | null;
}

export interface KeptClaim {
  kind: 'claim';
  value: ClaimValue;
  unit: string | null;
  qualifier: string | null;
}

/** A detected quote or claim the reader kept. */
export type ItemRecord = (KeptQuote | KeptClaim) & {
  id: string;
  articleId: string;
  text: string;
  /** A quote's speaker, a claim's source; null when the article names none. */
  speaker: string | null;
  target: Target;
  created: number;
  updated: number;
  /** Set while the item is deleted but can still be restored (undo). */
  deletedAt?: number;
};

export interface NoteRecord {
  id: string;
  articleId: string;
  /** Markdown. */
  body: string;
  tags: string[];
  target: Target;
  created: number;
  updated: number;
  /** Set while the note is deleted but can still be restored (undo). */
  deletedAt?: number;
}

/** The reader's own profile of an outlet, for one the open tables know nothing (or too little) about. */
export interface OutletProfileRecord {
  /** The domain the outlet card files the outlet under (its registrable domain, or the table key that matched). */
  domain: string;
  labels: string[];
  notes: string;
  updated: number;
}

/** One row of an imported source list: its domain and the file's other columns. */
export interface SourceListEntry {
  domain: string;
  fields: Record<string, string>;
}

/** A researcher's own source list, imported from a CSV with a domain column. */
export interface SourceListRecord {
  id: string;
  /** The file's name, shown on the card above what the list says. */
  name: string;
  /** The file's columns other than the domain, in order. */
  columns: string[];
  entries: SourceListEntry[];
  imported: number;
  updated: number;
}

/**
 * What Wikidata said about an outlet when the reader last asked: a cache, refreshed only on their
 * request. Not the reader's own data, so backups leave it out.
 */
export interface WikidataLookupRecord {
  /** The domain the outlet card files the outlet under (as OutletProfileRecord's). */
  domain: string;
  entity: WikidataEntity;
  /** How the item was chosen: the bundled tables' id, or the reader's pick from a search. */
  chosenBy: 'tables' | 'reader';
  /** When it was fetched (ms since the epoch). */
  fetched: number;
}

export type CorrectionKind = 'not-quote' | 'wrong-speaker' | 'not-figure';

/**
 * The reader's correction of a detected quote or figure, applied whenever the page is annotated
 * again and exported as labelled data. It names its item by words and place in the article's
 * text, as a gold file does (`text`, `before`), so it is found again in a fresh detection.
 */
export interface CorrectionRecord {
  id: string;
  /** The page's article key (urls.ts articleKey): its canonical URL when it names one. */
  pageKey: string;
  url: string;
  kind: CorrectionKind;
  item: 'quote' | 'claim';
  text: string;
  /** Offsets of `text` in the article's text (UTF-16, end exclusive) when the correction was made. */
  start: number;
  end: number;
  /** Up to 40 characters of the text just before it. */
  before: string;
  /** What the detector said: a quote's kind, cue and speaker; a claim's value, unit and source. */
  detected: { quoteKind?: QuoteKind; cue?: string | null; speaker?: string | null; value?: ClaimValue; unit?: string | null; source?: string | null };
  /** For 'wrong-speaker': who said it, as the reader names them. */
  speaker: string | null;
  created: number;
  /**
   * Set when the reader undid it. The record stays a while (purgeUndone), so importing a backup
   * made before the undo does not bring the correction back.
   */
  undoneAt?: number;
}

export interface SourcelightDB extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { byKey: string } };
  items: { key: string; value: ItemRecord; indexes: { byArticle: string; bySpeaker: string; byUpdated: number; byDeleted: number } };
  notes: { key: string; value: NoteRecord; indexes: { byArticle: string; byTag: string; byUpdated: number; byDeleted: number } };
  outletProfiles: { key: string; value: OutletProfileRecord };
  sourceLists: { key: string; value: SourceListRecord };
  wikidataLookups: { key: string; value: WikidataLookupRecord };
  corrections: { key: string; value: CorrectionRecord; indexes: { byPage: string } };
}
