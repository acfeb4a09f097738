// What a quotation's own words look like: speech, or a title.

import type { TextIndex } from './document';
import type { QuotedSpan } from './quote-marks';
import { tokenAt } from '../text/tokens';

/** Speech ends with sentence punctuation; quoted headings (`‘We need to listen’`) do not. */
export const endsLikeSpeech = (text: string, q: QuotedSpan): boolean => /[.?!\u2026]["\u201d\u2019'»]?$/.test(text.slice(q.end - 1, q.close >= 0 ? q.close + 1 : q.end).trim());

/** Most longer words capitalised and no sentence punctuation at the end: a title (`A Paradise Built in Hell`). */
export function looksLikeTitle(ix: TextIndex, q: QuotedSpan): boolean {
  if (/[.?!\u2026]$/.test(ix.text.slice(q.start, q.end))) return false;
  const first = tokenAt(ix.tokens, q.start);
  const end = tokenAt(ix.tokens, q.end);
  if (end - first > 12) return false;
  let long = 0;
  let capitalised = 0;
  for (let k = first; k < end; k++) {
    const t = ix.tok(k);
    if (t.text.length <= 3 && k > first) continue;
    long++;
    if (t.cap) capitalised++;
  }
  return long > 0 && capitalised >= 0.75 * long;
}
