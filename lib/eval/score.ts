import type { ClaimValue } from '../model';
import { sameSpeaker, sameValue } from './agreement';
import { norm, normalize, type NormalizedText } from './normalize';

// docs/annotation-guide.md section 5 as a pure function, giving the official scorer's figures
// (/work/shared/eval/score.mjs) exactly: same normalisation, same locating, same matching.

export interface GoldQuote {
  text: string;
  before?: string;
  kind: string;
  speaker?: string | null;
  aliases?: string[];
  cue?: string;
}

export interface GoldClaim {
  text: string;
  before?: string;
  value?: ClaimValue;
  source?: string | null;
  sourceAliases?: string[];
}

export interface GoldFile {
  id?: string;
  url?: string;
  /** The page, when it is not `<id>.html` beside the gold file. */
  html?: string;
  quotes: GoldQuote[];
  claims: GoldClaim[];
}

export interface PredictedQuote {
  start: number;
  end: number;
  speaker?: { name?: string | null } | null;
}

export interface PredictedClaim {
  start: number;
  end: number;
  value?: ClaimValue;
  quote?: number | null;
  source?: string | null;
}

/** What the annotator printed for a page; an Annotation is one. */
export interface Prediction {
  text?: string;
  quotes?: readonly PredictedQuote[];
  claims?: readonly PredictedClaim[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** [right, scored] */
export type Tally = [number, number];

export interface DocumentScore {
  id: string;
  /** Why there was no prediction, when there was none (scored as empty). */
  failure: string | null;
  quotes: Counts;
  claims: Counts;
  goldQuotes: number;
  goldClaims: number;
  /** Recall by quote kind, in the order the kinds first appear. */
  quoteKinds: Record<string, Tally>;
  speaker: Tally;
  value: Tally;
  source: Tally;
  /** Gold items whose text is not in the predicted text. */
  lost: number;
  /** Misses, false alarms and wrong attributes, in the official scorer's order and wording. */
  notes: string[];
}

export interface Span {
  start: number;
  end: number;
}

/** Where a gold item stands in the predicted text: the occurrence preceded by `before`, else the first. */
export function locate(item: { text: string; before?: string }, doc: NormalizedText): Span | null {
  const needle = norm(item.text);
  if (!needle) return null;
  const hits: number[] = [];
  for (let i = doc.out.indexOf(needle); i >= 0; i = doc.out.indexOf(needle, i + 1)) hits.push(i);
  if (!hits.length) return null;
  const before = norm(item.before);
  let best = hits[0] ?? 0;
  let bestScore = -1;
  for (const h of hits) {
    const ctx = doc.out.slice(Math.max(0, h - before.length - 2), h);
    let k = 0; // length of the common suffix of ctx and before
    while (k < before.length && k < ctx.length && ctx[ctx.length - 1 - k] === before[before.length - 1 - k]) k++;
    // the trailing space may be folded differently
    const score = Math.max(k, before && ctx.trimEnd().endsWith(before.trimEnd()) ? before.length : 0);
    if (score > bestScore) {
      bestScore = score;
      best = h;
    }
  }
  return { start: doc.map[best] ?? 0, end: (doc.map[best + needle.length - 1] ?? 0) + 1 };
}

export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one matching, best overlaps first: gold index → predicted index. */
function matchOneToOne(gold: readonly (Span | null)[], pred: readonly Span[], accept: (overlap: number, gold: Span, pred: Span) => boolean): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    if (!g) return;
    pred.forEach((p, pi) => {
      const o = overlap(g, p);
      if (accept(o, g, p)) pairs.push([o, gi, pi]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (!gUsed.has(gi) && !pUsed.has(pi)) {
      gUsed.set(gi, pi);
      pUsed.add(pi);
    }
  }
  return gUsed;
}

/** A predicted quote matches a gold one when each covers at least half of the other. */
export const quoteMatches = (o: number, g: Span, p: Span): boolean => o >= 0.5 * (g.end - g.start) && o >= 0.5 * (p.end - p.start);
const claimMatches = (o: number): boolean => o > 0;
const hasOffsets = (item: Span): boolean => Number.isInteger(item.start) && Number.isInteger(item.end);

/** Where the gold items stand in `text` (null: not in it), and which predicted quote and claim each matched: gold index → predicted index. */
export interface GoldMatch {
  quoteSpans: (Span | null)[];
  claimSpans: (Span | null)[];
  quotes: Map<number, number>;
  claims: Map<number, number>;
}

export function matchGold(gold: GoldFile, text: string, quotes: readonly Span[], claims: readonly Span[]): GoldMatch {
  const doc = normalize(text);
  const quoteSpans = gold.quotes.map((g) => locate(g, doc));
  const claimSpans = gold.claims.map((g) => locate(g, doc));
  return { quoteSpans, claimSpans, quotes: matchOneToOne(quoteSpans, quotes, quoteMatches), claims: matchOneToOne(claimSpans, claims, claimMatches) };
}

/** Scores one page. `failure` says why there is no prediction; the page is then scored as empty. */
export function scoreDocument(id: string, gold: GoldFile, prediction: Prediction | null, failure: string | null = null): DocumentScore {
  const pred = prediction ?? { text: '', quotes: [], claims: [] };
  const text = pred.text || '';
  const allQuotes = pred.quotes || [];
  const pq = allQuotes.filter(hasOffsets);
  const pc = (pred.claims || []).filter(hasOffsets);
  const { quoteSpans, claimSpans, quotes: qm, claims: cm } = matchGold(gold, text, pq, pc);
  const notes: string[] = [];
  let lost = 0;
  [...gold.quotes, ...gold.claims].forEach((g, i) => {
    if ((i < gold.quotes.length ? quoteSpans[i] : claimSpans[i - gold.quotes.length]) === null) {
      lost++;
      notes.push(`gold text not in output text: ${g.text.slice(0, 70)}`);
    }
  });

  const quoteKinds: Record<string, Tally> = {};
  const speaker: Tally = [0, 0];
  gold.quotes.forEach((g, gi) => {
    const kind = (quoteKinds[g.kind] ||= [0, 0]);
    kind[1]++;
    const pi = qm.get(gi);
    if (pi === undefined) {
      notes.push(`missed ${g.kind} quote: ${g.text.slice(0, 80)}`);
      return;
    }
    kind[0]++;
    const p = pq[pi];
    if (!g.speaker) return;
    speaker[1]++;
    const name = p?.speaker && p.speaker.name;
    if (sameSpeaker(name, { speaker: g.speaker, aliases: g.aliases })) speaker[0]++;
    else notes.push(`speaker ${JSON.stringify(name)} should be ${g.speaker}: ${g.text.slice(0, 50)}`);
  });
  const matchedQuotes = new Set(qm.values());
  pq.forEach((p, pi) => {
    if (!matchedQuotes.has(pi)) notes.push(`false quote: ${text.slice(p.start, Math.min(p.end, p.start + 80))}`);
  });

  const value: Tally = [0, 0];
  const source: Tally = [0, 0];
  gold.claims.forEach((g, gi) => {
    const pi = cm.get(gi);
    const p = pi === undefined ? undefined : pc[pi];
    if (!p) {
      notes.push(`missed claim: ${g.text} (…${(g.before || '').slice(-30)})`);
      return;
    }
    const valueRight = sameValue(p.value, g.value);
    if (valueRight !== null) {
      value[1]++;
      if (valueRight) value[0]++;
      else notes.push(`value ${JSON.stringify(p.value)} should be ${JSON.stringify(g.value)} for ${g.text}`);
    }
    if (g.source !== undefined) {
      source[1]++;
      const q = Number.isInteger(p.quote) ? allQuotes[p.quote as number] : null;
      const name = q && q.speaker ? q.speaker.name : (p.source ?? null);
      const right = g.source === null ? !name : !!name && sameSpeaker(name, { speaker: g.source, aliases: g.sourceAliases || [] });
      if (right) source[0]++;
      else notes.push(`source ${JSON.stringify(name)} should be ${JSON.stringify(g.source)} for ${g.text} (…${(g.before || '').slice(-30)})`);
    }
  });
  const matchedClaims = new Set(cm.values());
  pc.forEach((p, pi) => {
    if (!matchedClaims.has(pi)) notes.push(`false claim: ${text.slice(p.start, p.end)}`);
  });

  return {
    id,
    failure,
    quotes: { tp: qm.size, fp: pq.length - qm.size, fn: gold.quotes.length - qm.size },
    claims: { tp: cm.size, fp: pc.length - cm.size, fn: gold.claims.length - cm.size },
    goldQuotes: gold.quotes.length,
    goldClaims: gold.claims.length,
    quoteKinds,
    speaker,
    value,
    source,
    lost,
    notes,
  };
}

export interface PrecisionRecall {
  p: number;
  r: number;
  f1: number;
}

/** The official scorer's JSON summary. */
export interface ScoreSummary {
  quotes: PrecisionRecall;
  claims: PrecisionRecall;
  quoteRecallByKind: Record<string, number | null>;
  speakerAccuracy: number | null;
  valueAccuracy: number | null;
  claimSourceAccuracy: number | null;
  goldNotInText: number;
}

const prf = (x: Counts): PrecisionRecall => {
  const p = x.tp / Math.max(1, x.tp + x.fp);
  const r = x.tp / Math.max(1, x.tp + x.fn);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

const ratio = ([a, b]: Tally): number | null => (b ? a / b : null);

const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const addTally = (a: Tally, b: Tally): Tally => [a[0] + b[0], a[1] + b[1]];

/** Pools the pages' counts (micro-averaging, as the official scorer does) into its summary. */
export function summarize(scores: readonly DocumentScore[]): ScoreSummary {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const kinds: Record<string, Tally> = {};
  for (const s of scores) for (const [kind, tally] of Object.entries(s.quoteKinds)) kinds[kind] = addTally(kinds[kind] ?? [0, 0], tally);
  const pool = (pick: (s: DocumentScore) => Tally): Tally => scores.map(pick).reduce(addTally, [0, 0]);
  return {
    quotes: prf(scores.map((s) => s.quotes).reduce(addCounts, zero)),
    claims: prf(scores.map((s) => s.claims).reduce(addCounts, zero)),
    quoteRecallByKind: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, ratio(v)])),
    speakerAccuracy: ratio(pool((s) => s.speaker)),
    valueAccuracy: ratio(pool((s) => s.value)),
    claimSourceAccuracy: ratio(pool((s) => s.source)),
    goldNotInText: scores.reduce((n, s) => n + s.lost, 0),
  };
}
