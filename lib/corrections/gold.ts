import type { Annotation, ClaimValue } from '../model';
import type { CorrectionRecord } from '../store/schema';
import type { MatchedCorrections } from './corrections';

// A page's annotation with the reader's corrections, as a gold file (docs/annotation-guide.md section
// 4): the items the reader left standing, speakers as corrected, and the items they rejected
// under `excluded` with the reason (decision 10: gold files may carry fields the scorer ignores).

export interface GoldQuote {
  text: string;
  before: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  cue: string | null;
  start: number;
  end: number;
  /** The reader corrected this item (its speaker). */
  corrected?: true;
}

export interface GoldClaim {
  text: string;
  before: string;
  value: ClaimValue;
  source: string | null;
  start: number;
  end: number;
}

export interface GoldExcluded {
  item: 'quote' | 'claim';
  text: string;
  before: string;
  start: number;
  end: number;
  reason: string;
}

export interface GoldFile {
  id: string;
  url: string;
  /** Who labelled it and how: the detector's output, reviewed where the reader corrected it. */
  labelledBy: string;
  corrections: number;
  quotes: GoldQuote[];
  claims: GoldClaim[];
  excluded: GoldExcluded[];
}

const BEFORE_CHARS = 40;
const REASON: Record<CorrectionRecord['kind'], string> = {
  'not-quote': 'not a quote (the reader’s correction)',
  'not-figure': 'not a numeric claim (the reader’s correction)',
  'wrong-speaker': '',
};

/** A file id from the page's address: host and path, safe in a file name. */
export function goldId(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return (
      `${hostname}${pathname}`
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-+|-+$/g, '')
        .toLowerCase()
        .slice(0, 120) || 'page'
    );
  } catch {
    return 'page';
  }
}

export function goldFile(url: string, annotation: Pick<Annotation, 'text' | 'quotes' | 'claims'>, matched: MatchedCorrections): GoldFile {
  const { text } = annotation;
  const before = (start: number): string => text.slice(Math.max(0, start - BEFORE_CHARS), start);
  const excluded: GoldExcluded[] = [];
  const quotes: GoldQuote[] = [];
  const speakerOf = new Map<number, string | null>();
  annotation.quotes.forEach((q, index) => {
    const correction = matched.quotes.get(index);
    const words = { text: text.slice(q.start, q.end), before: before(q.start), start: q.start, end: q.end };
    if (correction?.kind === 'not-quote') return void excluded.push({ item: 'quote', ...words, reason: REASON['not-quote'] });
    const speaker = correction?.kind === 'wrong-speaker' ? correction.speaker : (q.speaker?.name ?? null);
    speakerOf.set(index, speaker);
    quotes.push({ ...words, kind: q.kind, speaker, cue: q.cue, ...(correction ? { corrected: true as const } : {}) });
  });
  const claims: GoldClaim[] = [];
  annotation.claims.forEach((c, index) => {
    const words = { text: text.slice(c.start, c.end), before: before(c.start), start: c.start, end: c.end };
    if (matched.claims.get(index)?.kind === 'not-figure') return void excluded.push({ item: 'claim', ...words, reason: REASON['not-figure'] });
    // A figure inside a quote whose speaker was corrected is that speaker's figure; inside words
    // that were no quote at all, it is the article's own.
    const inQuote = c.quote === null ? undefined : matched.quotes.get(c.quote);
    const source = inQuote?.kind === 'not-quote' ? null : c.quote !== null && inQuote ? (speakerOf.get(c.quote) ?? null) : c.source;
    claims.push({ ...words, value: c.value, source });
  });
  return {
    id: goldId(url),
    url,
    labelledBy: 'Sourcelight’s detection, corrected by the reader',
    corrections: matched.quotes.size + matched.claims.size,
    quotes,
    claims,
    excluded,
  };
}
