import { t } from '../../lib/i18n';

/** "1 outlet", "3 outlets": how many outlets a speaker or a group of figures spans. */
export const outletCount = (n: number): string => t(n === 1 ? 'libraryOutletsOne' : 'libraryOutlets', `${n}`);
