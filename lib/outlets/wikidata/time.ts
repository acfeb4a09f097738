// A Wikidata time value as a reader writes it, to the precision the statement gives:
// "+1998-02-14T00:00:00Z" at precision 11 is 1998-02-14, at 9 it is 1998, at 8 the 1990s.

export interface WikidataTime {
  time: string;
  precision: number;
}

const PRECISION = { day: 11, month: 10, year: 9, decade: 8, century: 7 } as const;

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function formatWikidataTime({ time, precision }: WikidataTime): string | null {
  const match = /^([+-])(\d+)-(\d\d)-(\d\d)T/.exec(time);
  if (!match) return null;
  const [, sign, digits, month, day] = match as unknown as [string, string, string, string, string];
  const year = Number(digits);
  if (sign === '-') return `${year} BCE`;
  if (precision >= PRECISION.day && day !== '00') return `${year}-${month}-${day}`;
  if (precision >= PRECISION.month && month !== '00') return `${year}-${month}`;
  if (precision >= PRECISION.year) return String(year);
  if (precision === PRECISION.decade) return `${year - (year % 10)}s`;
  if (precision === PRECISION.century) return `${ordinal(Math.floor((year - 1) / 100) + 1)} century`;
  return String(year);
}
