import type { LibraryRow } from './rows';
import { fold } from './search';

// The speaker view: one person across articles. A bare surname (`Zelensky`) joins the one full
// name that ends with it (`Volodymyr Zelensky`); names are compared without case or accents.

export interface Speaker {
  name: string;
  /** Their kept quotes, newest article first. */
  quotes: LibraryRow[];
  outlets: string[];
}

export function speakers(rows: readonly LibraryRow[]): Speaker[] {
  const byName = new Map<string, { name: string; quotes: LibraryRow[] }>();
  for (const row of rows) {
    // A kept "quote" the reader says is none is nobody's quote.
    if (row.kind !== 'quote' || !row.speaker?.trim() || row.correction?.kind === 'not-quote') continue;
    const key = fold(row.speaker.trim());
    const entry = byName.get(key) ?? { name: row.speaker.trim(), quotes: [] };
    entry.quotes.push(row);
    byName.set(key, entry);
  }
  for (const [key, entry] of byName) {
    if (key.includes(' ')) continue;
    const fuller = [...byName.keys()].filter((other) => other !== key && other.endsWith(` ${key}`));
    if (fuller.length !== 1) continue;
    byName.get(fuller[0]!)!.quotes.push(...entry.quotes);
    byName.delete(key);
  }
  return [...byName.values()]
    .map(({ name, quotes }) => ({
      name,
      quotes: quotes.sort((a, b) => b.article.firstSeen - a.article.firstSeen),
      outlets: [...new Set(quotes.map((row) => row.outlet))],
    }))
    .sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
}
