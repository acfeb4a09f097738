import { lookupOutlet } from '../outlets/lookup';
import type { OutletIndex } from '../outlets/profile';
import type { ArticleRecord } from '../store/schema';

// What kind of publication an article appeared in, as citation formats distinguish them.

export type OutletType = 'newspaper' | 'magazine' | 'web';

/** Says what kind an article's outlet is; exports ask it, the default knows nothing and says 'web'. */
export type OutletTypeOf = (article: ArticleRecord) => OutletType;

export const unknownOutletType: OutletTypeOf = () => 'web';

/** A newspaper when the Wikidata newspaper table knows the outlet, else a web page. */
export const outletTypeFromIndex =
  (index: OutletIndex): OutletTypeOf =>
  (article) =>
    lookupOutlet({ canonicalUrl: article.canonicalUrl, pageUrl: article.url }, index).profile?.newspaper ? 'newspaper' : 'web';
