import type { ItemPresence } from '../messages';
import { t } from '../i18n';

// What the reader is told about an item the page does not show (any more).

/** Why clicking an item did not bring it into view. */
export function notShownReason(presence: ItemPresence): string {
  if (presence === 'changed') return t('itemChanged');
  if (presence === 'gone') return t('itemGone');
  return t('itemNotFound');
}
