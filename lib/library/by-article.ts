import type { ArticleRecord, ItemRecord, NoteRecord } from '../store/schema';
import type { LibraryItem } from './corrected';
import { passageOf, type Library } from './library';

export interface ArticleGroup {
  article: ArticleRecord;
  /** In reading order (position in the article text). */
  items: LibraryItem[];
  /** Notes on passages in reading order, then notes on the whole page, oldest first. */
  notes: NoteRecord[];
}

const startOf = (record: ItemRecord | NoteRecord): number => passageOf(record.target)?.[1].start ?? Infinity;

function readingOrder(a: ItemRecord | NoteRecord, b: ItemRecord | NoteRecord): number {
  const [pa, pb] = [startOf(a), startOf(b)];
  return pa === pb ? a.created - b.created : pa - pb;
}

/** Each article with its kept items and notes, in the order of `library.articles`. */
export function groupByArticle(library: Library): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>(library.articles.map((article) => [article.id, { article, items: [], notes: [] }]));
  for (const item of library.items) groups.get(item.articleId)?.items.push(item);
  for (const note of library.notes) groups.get(note.articleId)?.notes.push(note);
  for (const group of groups.values()) {
    group.items.sort(readingOrder);
    group.notes.sort(readingOrder);
  }
  return [...groups.values()];
}
