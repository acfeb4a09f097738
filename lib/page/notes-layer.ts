import { anchorSelector, describeRange } from '../anchor/anchor';
import type { PaintedRecords, PickedPassage } from '../messages';
import type { PageCollection } from '../store/collection';
import type { ItemRecord, NoteRecord, Target } from '../store/schema';
import type { NotePainter } from '../paint/note-highlights';
import type { KeptPlace } from './keep';

// The content script's half of the notes: find this page's notes and kept items in the live
// page again by their selectors, paint them, and say which were not found (orphaned — the panel
// lists those with their quoted text; nothing is dropped).

export interface NotesLayer {
  /** Asks for the page's records again, re-anchors and repaints them. */
  refresh(): Promise<{ collection: PageCollection; painted: PaintedRecords }>;
  painted(): PaintedRecords;
  /** The kept items found in the page, with their ranges. */
  kept(): KeptPlace[];
  /** Brings a painted note or item into view; false when it is not in the page. */
  scrollTo(id: string): boolean;
  clear(): void;
}

/** The passage `range` covers, described so it can be found again; null for an empty selection. */
export function pickRange(doc: Document, range: Range): PickedPassage | null {
  const text = range.toString();
  if (range.collapsed || !text.trim() || !doc.body) return null;
  return { target: { kind: 'passage', selectors: describeRange(doc.body, range) }, text: text.trim() };
}

function rangeOf(doc: Document, target: Target): Range | null {
  if (target.kind !== 'passage' || !doc.body) return null;
  const range = anchorSelector(doc.body, target.selectors);
  return range && !range.collapsed ? range : null;
}

export function createNotesLayer(doc: Document, painter: NotePainter | null, load: () => Promise<PageCollection>): NotesLayer {
  let ranges = new Map<string, Range>();
  let keptPlaces: KeptPlace[] = [];
  let articleId: string | null = null;
  let generation = 0;

  const paint = (notes: NoteRecord[], items: ItemRecord[]): void => {
    const found = new Map<string, Range>();
    const paintNote: Range[] = [];
    const paintKept: Range[] = [];
    for (const [records, into] of [
      [notes, paintNote],
      [items, paintKept],
    ] as const) {
      for (const record of records) {
        const range = rangeOf(doc, record.target);
        if (!range) continue;
        found.set(record.id, range);
        into.push(range);
      }
    }
    ranges = found;
    keptPlaces = items.flatMap((record) => {
      const range = found.get(record.id);
      return range ? [{ record, range }] : [];
    });
    painter?.paint({ note: paintNote, kept: paintKept });
  };

  const painted = (): PaintedRecords => ({ articleId, painted: [...ranges.keys()] });

  return {
    async refresh() {
      const mine = ++generation;
      const collection = await load();
      // A newer refresh (another change arrived meanwhile) paints; this one only reports.
      if (mine === generation) {
        articleId = collection.article?.id ?? null;
        paint(collection.notes, collection.items);
      }
      return { collection, painted: painted() };
    },
    painted,
    kept: () => keptPlaces,
    scrollTo(id) {
      const range = ranges.get(id);
      if (!range || range.collapsed) return false;
      const node = range.startContainer;
      (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      painter?.flash(range);
      return true;
    },
    clear() {
      generation++;
      ranges = new Map();
      keptPlaces = [];
      painter?.clear();
    },
  };
}
