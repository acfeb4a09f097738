import { storage } from '#imports';

// A Wikidata lookup the reader asked for that could not run yet: Chrome closes the toolbar popup
// when its permission dialog takes the focus, ending the click's work. The click leaves this mark
// (in storage.session, gone with the browser session); the card opened again for that outlet, with
// the permission now granted, runs the lookup the reader asked for.

interface PendingLookup {
  domain: string;
  asked: number;
}

/** How long a click still counts as asking: past this, reopening the card asks nothing. */
export const PENDING_FOR_MS = 10 * 60_000;

const pending = storage.defineItem<PendingLookup | null>('session:wikidata.pendingLookup', { fallback: null });

export const markLookupPending = (domain: string, now = Date.now()): Promise<void> => pending.setValue({ domain, asked: now });

export const clearPendingLookup = (): Promise<void> => pending.removeValue();

/** Whether the reader asked for `domain`'s lookup lately and it did not run; the mark is used up. */
export async function takePendingLookup(domain: string, now = Date.now()): Promise<boolean> {
  const mark = await pending.getValue();
  if (!mark || mark.domain !== domain) return false;
  await pending.removeValue();
  return now - mark.asked >= 0 && now - mark.asked < PENDING_FOR_MS;
}
