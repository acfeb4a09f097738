import type { ArticleRecord, Library } from '../export/records';
import { outletName } from './outlet';

// The collection flattened to one row per kept quote, kept figure or note, each with its article:
// what the library page lists and the CSV export writes.

export type RowKind = 'quote' | 'claim' | 'note';

export interface LibraryRow {
  kind: RowKind;
  id: string;
  article: ArticleRecord;
  outlet: string;
  /** The quote or figure as kept, or the note's body. */
  text: string;
  /** A quote's speaker, a figure's source; for a note, that of the item it is on. */
  speaker: string | null;
  value: number | [number, number] | null;
  unit: string | null;
  qualifier: string | null;
  /** A note's passage (the text it was written on). */
  passage: string | null;
  tags: string[];
  created: string;
  updated: string;
}

export function libraryRows(library: Library): LibraryRow[] {
  const articles = new Map(library.articles.map((article) => [article.id, { article, outlet: outletName(article) }]));
  const items = new Map(library.items.map((item) => [item.id, item]));
  const rows: LibraryRow[] = [];
  for (const item of library.items) {
    const home = articles.get(item.articleId);
    if (!home) continue;
    const quote = item.kind === 'quote';
    rows.push({
      kind: item.kind,
      id: item.id,
      ...home,
      text: item.text,
      speaker: quote ? item.speaker : item.source,
      value: quote ? null : item.value,
      unit: quote ? null : item.unit,
      qualifier: quote ? null : item.qualifier,
      passage: null,
      tags: [],
      created: item.created,
      updated: item.created,
    });
  }
  for (const note of library.notes) {
    const home = articles.get(note.articleId);
    if (!home) continue;
    const item = note.itemId ? items.get(note.itemId) : undefined;
    rows.push({
      kind: 'note',
      id: note.id,
      ...home,
      text: note.body,
      speaker: item ? (item.kind === 'quote' ? item.speaker : item.source) : null,
      value: null,
      unit: null,
      qualifier: null,
      passage: item?.text ?? note.target?.quote.exact ?? null,
      tags: note.tags,
      created: note.created,
      updated: note.updated,
    });
  }
  return rows;
}
