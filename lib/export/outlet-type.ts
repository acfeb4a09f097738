import type { ArticleRecord } from '../store/schema';

// What kind of publication an article appeared in, as citation formats distinguish them.

export type OutletType = 'newspaper' | 'magazine' | 'web';

/** Says what kind an article's outlet is; exports ask it, the default knows nothing and says 'web'. */
export type OutletTypeOf = (article: ArticleRecord) => OutletType;

export const unknownOutletType: OutletTypeOf = () => 'web';
