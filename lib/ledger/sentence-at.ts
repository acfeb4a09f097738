import { splitSentences, type Span } from '../detect/text/sentences';
import type { Mention } from './types';

/** The sentence around each offset of one text, split once. */
export function sentenceFinder(text: string): (start: number, end: number) => Mention {
  let sentences: Span[] | null = null;
  return (start, end) => {
    sentences ??= splitSentences(text);
    const span = sentences.find((s) => s.start <= start && start < s.end) ?? { start, end };
    return { sentence: text.slice(span.start, Math.max(span.end, end)).replace(/\s+/g, ' ').trim(), start, end };
  };
}
