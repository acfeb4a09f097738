import type { Library } from './library';
import type { LibraryRow } from './rows';

/** The part of the library a set of rows shows: those items and notes, and their articles. */
export function selectionOf(library: Library, rows: readonly LibraryRow[]): Library {
  const ids = new Set(rows.map((row) => row.id));
  const articleIds = new Set(rows.map((row) => row.article.id));
  return {
    articles: library.articles.filter((article) => articleIds.has(article.id)),
    items: library.items.filter((item) => ids.has(item.id)),
    notes: library.notes.filter((note) => ids.has(note.id)),
  };
}
