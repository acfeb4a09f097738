import type { ArticleRecord, ItemRecord, Library, NoteRecord } from '../export/records';

export interface ArticleGroup {
  article: ArticleRecord;
  /** In reading order (position in the article text). */
  items: ItemRecord[];
  /** Notes on passages in reading order, then notes on the whole page, oldest first. */
  notes: NoteRecord[];
}

const itemOrder = (a: ItemRecord, b: ItemRecord): number => a.target.position.start - b.target.position.start || a.created.localeCompare(b.created);

function noteOrder(a: NoteRecord, b: NoteRecord): number {
  const pa = a.target?.position.start ?? Infinity;
  const pb = b.target?.position.start ?? Infinity;
  return pa === pb ? a.created.localeCompare(b.created) : pa - pb;
}

/** Each article with its kept items and notes, in the order of `library.articles`. */
export function groupByArticle(library: Library): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>(library.articles.map((article) => [article.id, { article, items: [], notes: [] }]));
  for (const item of library.items) groups.get(item.articleId)?.items.push(item);
  for (const note of library.notes) groups.get(note.articleId)?.notes.push(note);
  for (const group of groups.values()) {
    group.items.sort(itemOrder);
    group.notes.sort(noteOrder);
  }
  return [...groups.values()];
}
