import type { Detection } from '../detect/detect';
import { sendToRuntime } from '../messages';
import type { TextRange } from '../model';

/**
 * Detection by the background, where its code stays warm across pages (a fresh content-script
 * world runs it cold, an order of magnitude slower) and the page does not wait for it. Only a
 * type is imported from lib/detect, so none of detection is bundled into the content script.
 */
export async function detectInBackground(text: string, blockQuotes: readonly TextRange[] = []): Promise<Detection> {
  const result = await sendToRuntime('sourcelight/detect', { text, blockQuotes: [...blockQuotes] });
  if (!result.ok) throw new Error(`detection failed: ${result.error}`);
  return { quotes: result.value.quotes, claims: result.value.claims };
}
