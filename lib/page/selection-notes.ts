import type { SelectionNoteView } from '../../components/SelectionNote';
import type { PageRef } from '../store/collection';
import { pickRange } from './notes-layer';
import { trackSelection } from './selection-tracker';

/**
 * Follows the reader's selection in `win` and offers a note on it, for the page `page` names:
 * `show` renders the note's button (the page's UI, loaded when first needed), null takes it away.
 */
export function startSelectionNotes(win: Window, show: (view: SelectionNoteView | null) => void, page: () => PageRef): () => void {
  let shown = false;
  let editing = false;
  const close = (): void => {
    editing = false;
    if (shown) show(null);
    shown = false;
  };
  const stop = trackSelection(win, (spot) => {
    // Typing in the open note moves the selection into our overlay: the note stays.
    if (editing) return;
    const picked = spot && pickRange(win.document, spot.range);
    if (!spot || !picked) return close();
    shown = true;
    show({ state: { picked, x: spot.x, y: spot.y }, page, onClose: close, onOpen: () => (editing = true) });
  });
  return () => {
    stop();
    close();
  };
}
