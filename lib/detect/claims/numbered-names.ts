// Numbers a text uses as a brand: where it names the brand in full once (`365 by Acme Foods
// Market`), the bare number names it in every other use too (`the chain's 365 stores`), so none of
// them counts anything.
import { HOLIDAYS, MONTHS, WEEKDAYS } from '../lexicon/time-words';

// A number, `by`, and a name of two or more capitalised words. Each match starts at a digit run and
// moves forward, so the scan stays linear.
const BRAND_NAME = /(?<![\d.,$£€])\b(\d{1,4}) by ([A-Z][\w'\u2019&-]*)((?: [A-Z][\w'\u2019&-]*)+)/g;

/** The digit strings the text uses as brand names. */
export function numberedNames(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(BRAND_NAME)) {
    const digits = match[1];
    const firstWord = (match[2] ?? '').toLowerCase();
    if (digits && !MONTHS.has(firstWord) && !WEEKDAYS.has(firstWord) && !HOLIDAYS.has(firstWord)) names.add(digits);
  }
  return names;
}
