import { storage } from '#imports';
import type { PickedPassage } from '../messages';

// What the reader typed and has not saved yet, kept in storage.local as they type: closing the
// panel, the browser, or losing the tab loses no words. One storage key per draft, so two
// drafts written at once never overwrite each other.

export interface Draft {
  body: string;
  tags: string;
  /** The passage the note will be on; none means the whole page. */
  picked: PickedPassage | null;
}

const draftKey = (key: string) => `local:notes.draft.${key}` as const;
const pickKey = (tabId: number) => `session:notes.pick.${tabId}` as const;

export async function loadDraft(key: string): Promise<Draft | null> {
  return storage.getItem<Draft>(draftKey(key));
}

/** Keeps `draft`; an empty one removes what was kept. */
export async function saveDraft(key: string, draft: Draft): Promise<void> {
  if (!draft.body.trim() && !draft.tags.trim() && !draft.picked) await storage.removeItem(draftKey(key));
  else await storage.setItem(draftKey(key), draft);
}

export async function clearDraft(key: string): Promise<void> {
  await storage.removeItem(draftKey(key));
}

/**
 * A passage picked for a note outside the panel (context menu, shortcut), handed to the panel of
 * that tab: kept for the browser session only, and taken once.
 */
export async function offerPick(tabId: number, picked: PickedPassage): Promise<void> {
  await storage.setItem(pickKey(tabId), picked);
}

/** The passage offered to `tabId`'s panel, removed as it is taken; null when there is none. */
export async function takePick(tabId: number): Promise<PickedPassage | null> {
  const picked = await storage.getItem<PickedPassage>(pickKey(tabId));
  if (picked) await storage.removeItem(pickKey(tabId));
  return picked;
}

/** Calls `onPick` whenever a passage is offered to `tabId`'s panel; returns the function that stops watching. */
export function watchPicks(tabId: number, onPick: () => void): () => void {
  return storage.watch<PickedPassage>(pickKey(tabId), (picked) => {
    if (picked) onPick();
  });
}
