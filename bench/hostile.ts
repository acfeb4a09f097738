import { detectClaims } from '../lib/detect/claims/claims';
import { detectQuotes } from '../lib/detect/quotes/quotes';
import { timeMedian } from './stats';

// Inputs built to defeat the detectors' assumptions (no full stops, unbalanced marks, nothing but
// capitals, scripts and invisible marks, thousands of figures in one paragraph). The property
// tests check that each finishes with sane output; the bench measures how time grows with size.

export interface HostileInput {
  name: string;
  /** Repeated to the wanted length. */
  unit: string;
  /** Quotes a megabyte of it must still give: the detector read it, not gave up on it. */
  minQuotesPerMb: number;
}

export const HOSTILE_QUOTE_INPUTS: readonly HostileInput[] = [
  { name: 'a paragraph with no full stop', unit: 'officials said that the minister warned that "it is said" he told them ', minQuotesPerMb: 10_000 },
  { name: 'unbalanced quotation marks', unit: '"He said \u201cno said \u2018she ', minQuotesPerMb: 0 },
  { name: 'capitalised words with no punctuation', unit: 'President Anna Smith Told The United States Officials ', minQuotesPerMb: 0 },
  { name: 'emoji, RTL and zero-width marks', unit: '\ud83d\ude00 \u0645\u0631\u062d\u0628\u0627 \u200b said \u05e9\u05dc\u05d5\u05dd \u00ad "x" ', minQuotesPerMb: 0 },
  { name: 'ordinary attributed sentences', unit: 'Officials said the plan, which critics called "a disaster," would pass, Mr. Smith told reporters. ', minQuotesPerMb: 20_000 },
];

/** `input.unit` repeated to `chars` characters (a whole number of units). */
export const hostileText = (input: HostileInput, chars: number): string => input.unit.repeat(Math.ceil(chars / input.unit.length));

const GROUPED = new Intl.NumberFormat('en-US');

/** One paragraph of `count` figure pairs: `7,000 troops and 1 percent, 14,000 troops and 2 percent, …`. */
export const manyFiguresParagraph = (count: number): string =>
  Array.from({ length: count }, (_, i) => `${GROUPED.format((i + 1) * 7_000)} troops and ${(i % 13) + 1} percent`).join(', ');

export interface HostileRow {
  name: string;
  detector: 'quotes' | 'claims';
  /** Milliseconds per 100,000 characters at 100 KB and at 1 MB: equal figures mean linear time. */
  msPer100kAtSmall: number;
  msPer100kAtLarge: number;
}

const SMALL = 100_000;
const LARGE = 1_000_000;

export function measureHostile(runs: number): HostileRow[] {
  const perHundredK = (ms: number, text: string): number => (ms * 100_000) / Math.max(1, text.length);
  const row = (name: string, detector: HostileRow['detector'], small: string, large: string, detect: (text: string) => unknown): HostileRow => ({
    name,
    detector,
    msPer100kAtSmall: perHundredK(
      timeMedian(
        runs,
        () => null,
        () => detect(small),
      ),
      small,
    ),
    msPer100kAtLarge: perHundredK(
      timeMedian(
        runs,
        () => null,
        () => detect(large),
      ),
      large,
    ),
  });
  return [
    ...HOSTILE_QUOTE_INPUTS.map((input) => row(input.name, 'quotes', hostileText(input, SMALL), hostileText(input, LARGE), detectQuotes)),
    row('figures in one paragraph (2,500 vs 10,000)', 'claims', manyFiguresParagraph(2_500), manyFiguresParagraph(10_000), (text) => detectClaims(text, [])),
  ];
}
