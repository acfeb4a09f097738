import type { ArticleRecord } from '../store/schema';
import type { ItemCorrection, LibraryItem } from './corrected';
import { contextOf, itemOfNote, passageOf, type Library } from './library';
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
  /** A quote's speaker, a figure's source (as the reader corrected it); for a note, that of the item it is on. */
  speaker: string | null;
  /** The reader's correction of a kept quote or figure; null when none (and for notes). */
  correction: ItemCorrection | null;
  value: number | [number, number] | null;
  unit: string | null;
  qualifier: string | null;
  /** A figure's surrounding words; a note's passage (the text it was written on). */
  passage: string | null;
  tags: string[];
  /** Milliseconds since 1970, as stored. */
  created: number;
  updated: number;
}

export function libraryRows(library: Library): LibraryRow[] {
  const articles = new Map(library.articles.map((article) => [article.id, { article, outlet: outletName(article) }]));
  const rows: LibraryRow[] = [];
  for (const item of library.items) {
    const home = articles.get(item.articleId);
    if (!home) continue;
    const claim = item.kind === 'claim' ? item : null;
    rows.push({
      kind: item.kind,
      id: item.id,
      ...home,
      text: item.text,
      speaker: item.speaker,
      correction: item.correction ?? null,
      value: claim?.value ?? null,
      unit: claim?.unit ?? null,
      qualifier: claim?.qualifier ?? null,
      passage: claim ? contextOf(item.target) || null : null,
      tags: [],
      created: item.created,
      updated: item.updated,
    });
  }
  const itemsByArticle = new Map<string, LibraryItem[]>();
  for (const item of library.items) {
    const list = itemsByArticle.get(item.articleId);
    if (list) list.push(item);
    else itemsByArticle.set(item.articleId, [item]);
  }
  for (const note of library.notes) {
    const home = articles.get(note.articleId);
    if (!home) continue;
    const item = itemOfNote(note, itemsByArticle.get(note.articleId) ?? []);
    rows.push({
      kind: 'note',
      id: note.id,
      ...home,
      text: note.body,
      speaker: item?.speaker ?? null,
      correction: null,
      value: null,
      unit: null,
      qualifier: null,
      passage: passageOf(note.target)?.[0].exact ?? null,
      tags: note.tags,
      created: note.created,
      updated: note.updated,
    });
  }
  return rows;
}
