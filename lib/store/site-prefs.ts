import { storage } from '#imports';

// The sites where the user asked Sourcelight to annotate every page. Stored as origins
// (`https://example.com`) in browser.storage.local; the matching content-script registrations
// are derived from this list (lib/background/site-scripts.ts).

const alwaysAnnotateOrigins = storage.defineItem<string[]>('local:sitePrefs.alwaysAnnotate', { fallback: [] });

export async function listAlwaysAnnotateOrigins(): Promise<string[]> {
  return alwaysAnnotateOrigins.getValue();
}

export async function isAlwaysAnnotated(origin: string): Promise<boolean> {
  return (await alwaysAnnotateOrigins.getValue()).includes(origin);
}

export async function setAlwaysAnnotate(origin: string, enabled: boolean): Promise<void> {
  const origins = (await alwaysAnnotateOrigins.getValue()).filter((o) => o !== origin);
  await alwaysAnnotateOrigins.setValue(enabled ? [...origins, origin] : origins);
}
