import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { sendToRuntime, sendToTab, type ItemRef } from '../lib/messages';
import { refKey } from '../lib/page/keep';
import { KeepButton, type KeepActions } from './KeepButton';
import './keep.css';

// "Keep" on a listed quote or figure (the popup's lists, the side panel's): the page that lists
// them provides how an item is kept and undone.

export const KeepContext = createContext<((ref: ItemRef) => KeepActions) | null>(null);

/**
 * Keeping the items of tab `tabId` from an extension page: the tab describes the item and sends it
 * to the background (the hover card's path too); undo deletes the kept record.
 */
export const keepingIn =
  (tabId: number) =>
  (ref: ItemRef): KeepActions => ({
    keep: () => sendToTab(tabId, 'sourcelight/notes/keep-detected', ref),
    undo: (id) => sendToRuntime('sourcelight/notes/delete', { kind: 'items', id }),
  });

export function KeepItem({ refTo, kept }: { refTo: ItemRef; kept: string | undefined }) {
  const actionsOf = useContext(KeepContext);
  return actionsOf ? <KeepButton key={refKey(refTo)} kept={kept} actions={actionsOf(refTo)} /> : null;
}
