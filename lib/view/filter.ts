// The popup's filter box: an item shows when every word typed appears in its words, its speaker
// or source, or its cue — ignoring case and accents, so "zelensky" finds "Zelenskyy's".

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A test for the words typed; null when nothing is typed (everything shows). */
export function itemFilter(query: string): ((...fields: Array<string | null | undefined>) => boolean) | null {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return (...fields) => {
    const haystack = fold(fields.filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  };
}
