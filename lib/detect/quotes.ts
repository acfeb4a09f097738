import type { Quote } from '../model';

/** Attributed quotes in `text`, in text order (see ANNOTATION-GUIDE.md section 1). */
export function detectQuotes(text: string): Quote[] {
  void text;
  return [];
}
