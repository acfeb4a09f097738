import { detect } from '../detect/detect';
import type { DetectResponse } from '../messages';
import type { TextRange } from '../model';

/** The background's side of 'sourcelight/detect': detection, and how long it took here. */
export function detectText(text: string, blockQuotes: readonly TextRange[] = []): DetectResponse {
  const started = performance.now();
  const { quotes, claims } = detect(text, blockQuotes);
  return { quotes, claims, ms: performance.now() - started };
}
