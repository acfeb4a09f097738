import { buildLedger } from '../ledger/ledger';
import type { SourceLedger } from '../ledger/types';
import type { Annotation } from '../model';
import { outletIndex } from '../outlets/load-tables';
import { lookupOutlet, type OutletLookup } from '../outlets/lookup';

/** The command line's annotation: the guide's shape plus `outlet` (the popup's card) and `sources` (the ledger). */
export type SourcedAnnotation = Omit<Annotation, 'links'> & { outlet: OutletLookup; sources: SourceLedger };

export function withSources(annotation: Annotation, pageUrl: string | null): SourcedAnnotation {
  const { links = [], ...rest } = annotation;
  const index = outletIndex();
  return {
    ...rest,
    outlet: lookupOutlet({ canonicalUrl: annotation.article.canonicalUrl, pageUrl }, index),
    sources: buildLedger({ text: annotation.text, quotes: annotation.quotes, links }, index),
  };
}
