// Calendar and clock vocabulary of English (Gregorian month and weekday names with the AP-style
// abbreviations `Jan.` … `Dec.`, `Sept.`), the units of duration, and the clock markers of news
// datelines (`a.m.`, `p.m.`, time-zone abbreviations). Numbers next to them place events in time
// and are not claims (docs/annotation-guide.md, "Not marked").

/** Month names and abbreviations, lower-cased. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** The weekdays' names, lower-cased: one list for every set of time words that holds them. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Weekday names and abbreviations, lower-cased. */
export const WEEKDAYS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Units of duration: a count of them measures time, not an amount. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'millennium',
  'millennia',
  'term',
  'terms',
  'yr',
  'yrs',
  'hr',
  'hrs',
  'min',
  'mins',
  'sec',
  'secs',
]);

/** Words that may stand between a number and its unit of duration (`two more years`, `six long years`). */
export const DURATION_FILLERS: ReadonlySet<string> = new Set([
  'more',
  'additional',
  'extra',
  'further',
  'long',
  'full',
  'straight',
  'consecutive',
  'successive',
  'whole',
  'entire',
  'short',
  'previous',
  'past',
  'next',
  'last',
  'calendar',
  'fiscal',
  'financial',
]);

/** Clock markers written after a time (`3 p.m.`, `10am`, `9.30 GMT`), lower-cased, dots removed. */
export const CLOCK_MARKERS: ReadonlySet<string> = new Set([
  'am',
  'pm',
  'gmt',
  'bst',
  'utc',
  'cet',
  'cest',
  'est',
  'edt',
  'et',
  'pst',
  'pdt',
  'pt',
  'cst',
  'cdt',
  'ct',
  'mst',
  'mdt',
  'ist',
  'jst',
  'hrs',
  'h',
  'oclock',
]);

/** Words naming a person's age when they stand before a number (`aged 45`, `age 10`). */
export const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);

/** Nouns that, before `of`, make a length of time a measured figure (`an average of 47 minutes`). */
/**
 * Heads a hyphened length of time modifies without measuring a thing (`the one-year period since
 * March`, `a three-month low`, `a six-month review`): spans, extremes and events placed in time,
 * waiting-time thresholds (`the 18-week target`), and the tenors of loans and bonds (`10-year
 * bond`), which name the instrument.
 */
export const TIME_PLACING_HEADS: ReadonlySet<string> = new Set([
  'period',
  'periods',
  'span',
  'stretch',
  'window',
  'low',
  'lows',
  'high',
  'highs',
  'delay',
  'delays',
  'review',
  'reviews',
  'target',
  'targets',
  'limit',
  'limits',
  'threshold',
  'thresholds',
  'standard',
  'anniversary',
  'hiatus',
  'absence',
  'break',
  'gap',
  'history',
  'mark',
  'deadline',
  'ago',
  'old',
  'olds',
  'bond',
  'bonds',
  'note',
  'notes',
  'yield',
  'yields',
  'treasury',
  'treasuries',
  'bill',
  'bills',
  'gilt',
  'gilts',
  'loan',
  'loans',
  'mortgage',
  'mortgages',
  'rate',
  'rates',
  'swap',
  'swaps',
  'maturity',
  'maturities',
]);

export const STATISTIC_NOUNS: ReadonlySet<string> = new Set(['average', 'median', 'mean', 'target', 'total', 'record', 'maximum', 'minimum']);

/** People an age limit applies to (`children under 5`, `anyone over 18`). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'children',
  'kids',
  'babies',
  'infants',
  'adults',
  'people',
  'anyone',
  'everyone',
  'those',
  'men',
  'women',
  'boys',
  'girls',
  'patients',
  'pupils',
  'students',
  'teenagers',
  'youngsters',
  'voters',
  'workers',
  'drivers',
]);

/** Verbs that give a person's age before a bare number (`who is 81`, `she turned 100`), and the subjects they take. */
export const AGE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'turned', 'turns', 'turning']);
export const AGE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'he', 'she', 'i', 'you', 'now']);

/** Holidays that name a time after `by` (`365 by Christmas Eve`, `by New Year's Day`). */
export const HOLIDAYS: ReadonlySet<string> = new Set(['christmas', 'easter', 'thanksgiving', 'halloween', 'new', 'ramadan', 'eid', 'diwali', 'hanukkah', 'passover', 'lent']);

/**
 * Verbs that keep records for a period (`store metadata for two years`): that period is a measured
 * requirement, not a place in time. `keep` is left out: `kept quiet for two years` places in time.
 */
export const KEEPING_VERBS: ReadonlySet<string> = new Set([
  'store',
  'stores',
  'stored',
  'storing',
  'retain',
  'retains',
  'retained',
  'retaining',
  'archive',
  'archives',
  'archived',
  'archiving',
  'preserve',
  'preserves',
  'preserved',
  'preserving',
]);
