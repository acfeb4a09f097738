import type { PassageSelectors, ArticleRecord, CorrectionRecord, ItemRecord, NoteRecord, Target } from '../store/schema';
import { inForce } from '../store/corrections';
import { correctedItems, type LibraryItem } from './corrected';

// The collection as the library page and the exports read it: the store's records, without those
// deleted and waiting for undo, kept items as the reader corrected them.

export interface Library {
  articles: ArticleRecord[];
  items: LibraryItem[];
  notes: NoteRecord[];
}

export function liveLibrary(records: Library & { corrections?: readonly CorrectionRecord[] }): Library {
  const items = records.items.filter((item) => item.deletedAt === undefined);
  return {
    articles: records.articles,
    items: correctedItems(records.articles, items, inForce(records.corrections ?? [])),
    notes: records.notes.filter((note) => note.deletedAt === undefined),
  };
}

/** The selectors of a passage target, or null for the whole page. */
export const passageOf = (target: Target): PassageSelectors | null => (target.kind === 'passage' ? target.selectors : null);

/** The words around a kept passage (its quote selector's context), so a bare figure reads in place. */
export function contextOf(target: Target): string {
  const selectors = passageOf(target);
  if (!selectors) return '';
  const [{ prefix, exact, suffix }] = selectors;
  // The context is cut at a character count: the possibly partial words at its edges go.
  const before = prefix.replace(/^\S+/, '');
  const after = suffix.replace(/\S+$/, '');
  return `${before}${exact}${after}`.replace(/\s+/g, ' ').trim();
}

/** The kept item a note was written on: the narrowest of its article's items whose passage holds the note's. */
export function itemOfNote(note: NoteRecord, items: readonly ItemRecord[]): ItemRecord | undefined {
  const passage = passageOf(note.target);
  if (!passage) return undefined;
  const [, { start, end }] = passage;
  let best: ItemRecord | undefined;
  let bestLength = Infinity;
  for (const item of items) {
    const held = passageOf(item.target)?.[1];
    if (item.articleId !== note.articleId || !held || held.start > start || end > held.end) continue;
    if (held.end - held.start < bestLength) [best, bestLength] = [item, held.end - held.start];
  }
  return best;
}

/** An ISO 8601 date-time for the store's millisecond times. */
export const isoTime = (ms: number): string => new Date(ms).toISOString();
