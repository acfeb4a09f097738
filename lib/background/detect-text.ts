import { detect } from '../detect/detect';
import type { DetectResponse } from '../messages';

/** The background's side of 'sourcelight/detect': detection, and how long it took here. */
export function detectText(text: string): DetectResponse {
  const started = performance.now();
  const { quotes, claims } = detect(text);
  return { quotes, claims, ms: performance.now() - started };
}
