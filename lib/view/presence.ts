import type { ItemPresence } from '../messages';

// What the reader is told about an item the page does not show (any more).

/** Why clicking an item did not bring it into view. */
export function notShownReason(presence: ItemPresence): string {
  if (presence === 'changed') return 'The page has changed these words since they were marked.';
  if (presence === 'gone') return 'This item is no longer on the page.';
  return 'This item could not be found on the page.';
}
