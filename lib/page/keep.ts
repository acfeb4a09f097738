import type { ItemKind, ItemRef, PageAnnotation } from '../messages';
import type { NewItem } from '../store/collection';
import type { ItemRecord } from '../store/schema';
import { pickRange } from './notes-layer';

/** The detected quote or claim `ref` as a record to keep, its passage described from its live Range; null when it is not in the page. */
export function keptItemOf(doc: Document, annotation: PageAnnotation, ref: ItemRef, range: Range | null): NewItem | null {
  const picked = range && pickRange(doc, range);
  if (!picked) return null;
  if (ref.kind === 'quote') {
    const quote = annotation.quotes[ref.index];
    return quote ? { kind: 'quote', quoteKind: quote.kind, cue: quote.cue, text: quote.text, speaker: quote.speaker?.name ?? null, target: picked.target } : null;
  }
  const claim = annotation.claims[ref.index];
  return claim ? { kind: 'claim', value: claim.value, unit: claim.unit, qualifier: claim.qualifier, text: claim.text, speaker: claim.source, target: picked.target } : null;
}

/** A kept item found again in the live page. */
export interface KeptPlace {
  record: ItemRecord;
  range: Range;
}

/** `${kind}:${index}` of a detected item: the key of keptRefs' answer. */
export const refKey = (ref: ItemRef): string => `${ref.kind}:${ref.index}`;

// Range.START_TO_END and Range.END_TO_START, spelled out: no global needed.
const START_TO_END = 1;
const END_TO_START = 3;

function overlaps(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(START_TO_END, b) > 0 && a.compareBoundaryPoints(END_TO_START, b) < 0;
  } catch {
    // A range the page took out of the document is in another tree: not the same passage.
    return false;
  }
}

/** The kept item that is the detected `kind` item with `text` at `range` (see keptRefs), if any: for one item, without indexing the page's. */
export function keptAt(kept: readonly KeptPlace[], kind: ItemKind, text: string, range: Range | null): string | undefined {
  return range ? kept.find(({ record, range: at }) => record.kind === kind && record.text === text && overlaps(at, range))?.record.id : undefined;
}

/**
 * Which detected items are kept, as refKey → the kept item's id. A kept item is the detected item
 * of its kind with the same words whose range overlaps its own: the words alone would mark every
 * "two" of a page kept, and the kept record's range (found again from its selectors) need not
 * start in the same text node as the detection's.
 */
export function keptRefs(kept: readonly KeptPlace[], annotation: PageAnnotation, rangeOf: (ref: ItemRef) => Range | null): Map<string, string> {
  const found = new Map<string, string>();
  if (kept.length === 0) return found;
  const byText = new Map<string, ItemRef[]>();
  const index = (kind: ItemKind, items: readonly { text: string }[]): void =>
    items.forEach(({ text }, i) => {
      const key = `${kind}\n${text}`;
      const refs = byText.get(key);
      if (refs) refs.push({ kind, index: i });
      else byText.set(key, [{ kind, index: i }]);
    });
  index('quote', annotation.quotes);
  index('claim', annotation.claims);
  for (const { record, range } of kept) {
    const match = byText.get(`${record.kind}\n${record.text}`)?.find((ref) => {
      const at = rangeOf(ref);
      return at !== null && overlaps(at, range);
    });
    if (match) found.set(refKey(match), record.id);
  }
  return found;
}
