import type { Counts, DocumentScore, ScoreSummary } from './score';

// The official scorer's printed lines, word for word, so figures can be compared at a glance.

const f1 = (x: Counts): number => (2 * x.tp) / Math.max(1, 2 * x.tp + x.fp + x.fn);

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : `${(100 * x).toFixed(1)}%`);

/** `id: no output (…)` when there was none, the notes when verbose, then the page's line. */
export function formatDocument(score: DocumentScore, verbose: boolean): string[] {
  const { id, quotes, claims } = score;
  return [
    ...(score.failure === null ? [] : [`${id}: no output (${score.failure})`]),
    ...(verbose ? score.notes.map((note) => `  ${id}: ${note}`) : []),
    `${id}: quotes ${quotes.tp}/${score.goldQuotes} found, ${quotes.fp} false (F1 ${f1(quotes).toFixed(2)}); claims ${claims.tp}/${score.goldClaims} found, ${claims.fp} false (F1 ${f1(claims).toFixed(2)})`,
  ];
}

export function formatSummary(summary: ScoreSummary): string[] {
  const kinds = Object.entries(summary.quoteRecallByKind)
    .map(([k, v]) => `${k} ${pct(v)}`)
    .join(', ');
  const lost = summary.goldNotInText;
  return [
    `quotes: P ${pct(summary.quotes.p)} R ${pct(summary.quotes.r)} F1 ${pct(summary.quotes.f1)} | recall ${kinds} | speaker ${pct(summary.speakerAccuracy)}`,
    `claims: P ${pct(summary.claims.p)} R ${pct(summary.claims.r)} F1 ${pct(summary.claims.f1)} | value ${pct(summary.valueAccuracy)} | source ${pct(summary.claimSourceAccuracy)}${lost ? ` | ${lost} gold items not found in the output text` : ''}`,
  ];
}
