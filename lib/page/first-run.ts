import { browser } from '#imports';

// Whether this is the first page Sourcelight marks for this reader: the page legend shows once.

const SHOWN_KEY = 'pageLegendShown';

/** True the first time it is asked (and then never again); false when storage cannot say. */
export async function firstMarkedPage(): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(SHOWN_KEY);
    if (stored[SHOWN_KEY]) return false;
    await browser.storage.local.set({ [SHOWN_KEY]: true });
    return true;
  } catch {
    return false;
  }
}
