import type { LibraryRow } from './rows';
import { fold } from './search';

// The claims ledger: kept figures grouped by what they count — the unit, else the first word after
// the number — so one quantity reads across outlets side by side (31,000 vs 300,000 vs 400,000
// soldiers), each with its qualifier, whose figure it is and where it was published.

export interface LedgerEntry {
  row: LibraryRow;
  /** The figure's value for comparing (the low end of a range), or null. */
  value: number | null;
}

export interface LedgerGroup {
  /** What the figures count, folded to compare (`soldier`, `%`, `usd`). */
  measure: string;
  /** The measure as the articles most often write it (`soldiers`). */
  label: string;
  /** Words most of the group's contexts share (`Ukrainian`, `killed`), to say what is counted. */
  words: string[];
  /** Largest first. */
  entries: LedgerEntry[];
  /** How many outlets the group's figures come from. */
  outlets: number;
}

const STOP = new Set(
  'a an the of in on at to for by with from and or but not no as is are was were be been has have had it its this that these those than then there their they he she we you i his her our your who which what when where over under about around more less least most nearly almost some said says say according per'.split(
    ' ',
  ),
);

const contentWords = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 2 && !STOP.has(word));

/** `soldiers` and `soldier` count the same thing. */
const singular = (word: string): string => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

/** What a figure counts: its unit, else the first content word after the number in its context. */
export function measureOf(row: LibraryRow): string {
  if (row.unit?.trim()) return singular(fold(row.unit.trim()));
  const context = row.passage ?? '';
  const at = context.indexOf(row.text);
  const [next] = contentWords(at >= 0 ? context.slice(at + row.text.length) : context);
  return next ? singular(next) : 'unspecified';
}

const lowValue = (value: LibraryRow['value']): number | null => (Array.isArray(value) ? value[0] : value);

/** Words in at least half the group's contexts (and in two at least), the measure aside. */
function sharedWords(rows: readonly LibraryRow[], measure: string): string[] {
  if (rows.length < 2) return [];
  const counts = new Map<string, number>();
  for (const row of rows) for (const word of new Set(contentWords(row.passage ?? ''))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .filter(([word, count]) => count >= Math.max(2, rows.length / 2) && singular(word) !== measure)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([word]) => word);
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Kept figures by measure; groups with figures from more outlets first, then larger groups. */
export function ledger(rows: readonly LibraryRow[]): LedgerGroup[] {
  const byMeasure = new Map<string, LibraryRow[]>();
  for (const row of rows) {
    // A kept figure the reader says is none is not set beside the others.
    if (row.kind !== 'claim' || row.correction?.kind === 'not-figure') continue;
    const measure = measureOf(row);
    const list = byMeasure.get(measure);
    if (list) list.push(row);
    else byMeasure.set(measure, [row]);
  }
  return [...byMeasure]
    .map(([measure, group]) => ({
      measure,
      label: mostCommon(group.map((row) => row.unit?.trim() || measure)),
      words: sharedWords(group, measure),
      entries: group.map((row) => ({ row, value: lowValue(row.value) })).sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity)),
      outlets: new Set(group.map((row) => row.outlet)).size,
    }))
    .sort((a, b) => b.outlets - a.outlets || b.entries.length - a.entries.length || a.measure.localeCompare(b.measure));
}
