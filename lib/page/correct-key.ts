import { isTyping } from './mark-keys';

// Alt+Shift+C while a mark's card is shown opens its corrections in the card — Alt+Shift like the
// other mark keys (lib/page/mark-keys.ts), never a bare key, never while the reader types.

export function isCorrectKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
  return event.code === 'KeyC' && !isTyping(event.composedPath()[0] ?? event.target);
}

/** Calls `open` on Alt+Shift+C; the key is kept from the page only when `open` acted on it. */
export function listenForCorrectKey(win: Window, open: () => boolean): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (isCorrectKey(event) && open()) event.preventDefault();
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}
