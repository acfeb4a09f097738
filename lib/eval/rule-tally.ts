// How often each detection rule fires on the labelled pages and how often it is right
// (`npm run eval -- --rules`), so that dead rules (never fire) and harmful ones (mostly wrong) show.
// A quote rule is right when its quote matches a gold quote; a rule that drops a quotation or
// judges a number no claim is wrong when what it dropped is a gold quote or claim nobody found.

import type { RuledDetection } from '../detect/detect';
import { EXCLUSION_RULES } from '../detect/claims/numeric-claims';
import { QUOTE_RULES } from '../detect/quotes/rules';
import { sameSpeaker } from './agreement';
import { matchGold, overlap, quoteMatches, type GoldFile, type Span, type Tally } from './score';

export interface QuoteRuleTally {
  /** Quotes the rule gave. */
  fired: number;
  /** Of them, those matching a gold quote. */
  right: number;
  /** Speakers right / scored, on the matched quotes whose gold names one. */
  speaker: Tally;
}

export interface ExclusionTally {
  /** Quotations dropped, or numbers judged no claim. */
  fired: number;
  /** Of them, those that are a gold item no one found. */
  wrong: number;
}

export interface RuleTally {
  /** Pages tallied. */
  pages: number;
  quotes: Map<string, QuoteRuleTally>;
  dropped: Map<string, ExclusionTally>;
  excluded: Map<string, ExclusionTally>;
}

export const emptyRuleTally = (): RuleTally => ({ pages: 0, quotes: new Map(), dropped: new Map(), excluded: new Map() });

const entry = <T>(map: Map<string, T>, key: string, make: () => T): T => {
  let value = map.get(key);
  if (!value) map.set(key, (value = make()));
  return value;
};

/** Gold spans no prediction matched. */
const unmatched = (spans: readonly (Span | null)[], matched: ReadonlyMap<number, number>): Span[] => spans.flatMap((span, i) => (span && !matched.has(i) ? [span] : []));

/** Adds one page's detection, scored against its gold, to `tally`. */
export function tallyRules(gold: GoldFile, text: string, detection: RuledDetection, tally: RuleTally): void {
  tally.pages++;
  const match = matchGold(gold, text, detection.quotes, detection.claims);
  const goldOfQuote = new Map([...match.quotes].map(([gi, pi]) => [pi, gi]));
  detection.quotes.forEach((quote, pi) => {
    const t = entry(tally.quotes, quote.rule, () => ({ fired: 0, right: 0, speaker: [0, 0] as Tally }));
    t.fired++;
    const gi = goldOfQuote.get(pi);
    if (gi === undefined) return;
    t.right++;
    const g = gold.quotes[gi];
    if (!g?.speaker) return;
    t.speaker[1]++;
    if (sameSpeaker(quote.speaker?.name, { speaker: g.speaker, aliases: g.aliases })) t.speaker[0]++;
  });
  const missedQuotes = unmatched(match.quoteSpans, match.quotes);
  for (const d of detection.dropped) {
    const t = entry(tally.dropped, d.rule, () => ({ fired: 0, wrong: 0 }));
    t.fired++;
    if (missedQuotes.some((g) => quoteMatches(overlap(g, d), g, d))) t.wrong++;
  }
  const missedClaims = unmatched(match.claimSpans, match.claims);
  for (const x of detection.excluded) {
    const t = entry(tally.excluded, x.rule, () => ({ fired: 0, wrong: 0 }));
    t.fired++;
    if (missedClaims.some((g) => overlap(g, x) > 0)) t.wrong++;
  }
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const pad = (s: string | number, width: number): string => String(s).padStart(width);

/** Below this precision a rule does more harm than good. */
const HARMFUL = 0.5;

/** The tally as three tables: quote rules in the order they are tried (rules.ts), then drops and exclusions, most frequent first. */
export function formatRuleTally(tally: RuleTally): string[] {
  const width = Math.max(...QUOTE_RULES.map((r) => r.id.length), ...EXCLUSION_RULES.map((id) => id.length)) + 2;
  const lines = ['quote rules, in the order they are tried', `  ${'rule'.padEnd(width)}${pad('found', 7)}${pad('right', 7)}${pad('precision', 11)}${pad('speaker', 9)}`];
  for (const rule of QUOTE_RULES) {
    if (rule.stage === 'drop') continue;
    const t = tally.quotes.get(rule.id);
    if (!t) {
      lines.push(`  ${rule.id.padEnd(width)}${pad(0, 7)}${pad('', 7)}${pad('', 11)}${pad('', 9)}  never fired`);
      continue;
    }
    const harmful = t.right < HARMFUL * t.fired ? '  mostly wrong' : '';
    lines.push(`  ${rule.id.padEnd(width)}${pad(t.fired, 7)}${pad(t.right, 7)}${pad(pct(t.right, t.fired), 11)}${pad(pct(...t.speaker), 9)}${harmful}`);
  }
  const exclusions = (title: string, map: Map<string, ExclusionTally>, ids: readonly string[]): string[] => [
    title,
    `  ${'rule'.padEnd(width)}${pad('fired', 7)}${pad('wrong', 7)}`,
    ...ids.map((id) => {
      const t = map.get(id) ?? { fired: 0, wrong: 0 };
      return `  ${id.padEnd(width)}${pad(t.fired, 7)}${pad(t.wrong, 7)}${t.fired ? (t.wrong > HARMFUL * t.fired ? '  mostly wrong' : '') : '  never fired'}`;
    }),
  ];
  const dropIds = QUOTE_RULES.filter((r) => r.stage === 'drop').map((r) => r.id);
  const fired = (id: string): number => tally.excluded.get(id)?.fired ?? 0;
  const excludedIds = [...EXCLUSION_RULES].sort((a, b) => fired(b) - fired(a));
  return [
    ...lines,
    '',
    ...exclusions('quotations dropped as no speech (wrong: a gold quote nobody found)', tally.dropped, dropIds),
    '',
    ...exclusions('numbers judged no claim (wrong: a gold claim nobody found)', tally.excluded, excludedIds),
  ];
}
