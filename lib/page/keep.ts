import type { ItemRef, PageAnnotation } from '../messages';
import type { NewItem } from '../store/collection';
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
  return claim
    ? { kind: 'claim', value: claim.value, unit: claim.unit, qualifier: claim.qualifier, text: claim.text, speaker: claim.source, target: picked.target }
    : null;
}
