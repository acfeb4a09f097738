import type { ArticleRecord, CorrectionKind, CorrectionRecord, ItemRecord } from '../store/schema';

// A kept item as the reader corrected it. A correction is filed by page and names its item by its
// words in the article's text (a gold file's way); a kept item by its passage in the live page. So
// a kept item's correction is the one of its page, kind and words — and, where either knows the
// text just before, the same text before it (a page may hold the same words twice).

export interface ItemCorrection {
  /** The reader's correction of the item, or `in-corrected-quote`: a figure inside a quote whose speaker they corrected (or said is no quote), whose source follows it, as on the page. */
  kind: CorrectionKind | 'in-corrected-quote';
  /** What the detector said the speaker (a figure's source) was, when the correction changed it. */
  detectedSpeaker: string | null;
}

/** A kept item, its speaker as the reader corrected it, with the correction when there is one. */
export type LibraryItem = ItemRecord & { correction?: ItemCorrection };

/** How many characters of the text before the words must agree, whitespace aside. */
const BEFORE_CHARS = 12;

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
const unspaced = (text: string): string => text.replace(/\s+/g, '');
const tail = (text: string): string => unspaced(text).slice(-BEFORE_CHARS);

function sameBefore(item: ItemRecord, correction: CorrectionRecord): boolean {
  const prefix = item.target.kind === 'passage' ? tail(item.target.selectors[0].prefix) : '';
  const before = tail(correction.before);
  return !prefix || !before || prefix.endsWith(before) || before.endsWith(prefix);
}

/** The correction of `item` among its page's corrections, the latest one if several match. */
function correctionOf(item: ItemRecord, corrections: readonly CorrectionRecord[]): CorrectionRecord | undefined {
  let found: CorrectionRecord | undefined;
  for (const correction of corrections) {
    if (correction.item !== item.kind || words(correction.text) !== words(item.text) || !sameBefore(item, correction)) continue;
    if (!found || correction.created > found.created) found = correction;
  }
  return found;
}

/** Whether the kept figure's words, with the text either side of them, stand inside the quote's words. */
function insideQuote(claim: ItemRecord, quoteText: string): boolean {
  if (claim.target.kind !== 'passage') return false;
  const [{ exact, prefix, suffix }] = claim.target.selectors;
  const [quote, figure, before, after] = [unspaced(quoteText), unspaced(exact), unspaced(prefix), unspaced(suffix)];
  if (!figure) return false;
  for (let at = quote.indexOf(figure); at >= 0; at = quote.indexOf(figure, at + 1)) {
    const quoteBefore = quote.slice(Math.max(0, at - BEFORE_CHARS), at);
    const quoteAfter = quote.slice(at + figure.length, at + figure.length + BEFORE_CHARS);
    if (before.endsWith(quoteBefore) && after.startsWith(quoteAfter)) return true;
  }
  return false;
}

/** A kept figure as the reader's correction of the quote it stands in makes it: their speaker's, or the article's own. */
function followQuote(claim: ItemRecord, page: readonly CorrectionRecord[]): LibraryItem {
  const quote = page.filter((c) => c.item === 'quote' && insideQuote(claim, c.text)).sort((a, b) => b.created - a.created)[0];
  if (!quote) return claim;
  const speaker = quote.kind === 'wrong-speaker' ? quote.speaker : null;
  return { ...claim, speaker, correction: { kind: 'in-corrected-quote', detectedSpeaker: quote.detected.speaker ?? null } };
}

/**
 * `items` with the reader's corrections of them applied: a corrected speaker replaces the kept one,
 * the detector's noted; a figure in a corrected quote follows the quote.
 */
export function correctedItems(articles: readonly ArticleRecord[], items: readonly ItemRecord[], corrections: readonly CorrectionRecord[]): LibraryItem[] {
  if (corrections.length === 0) return [...items];
  const byPage = new Map<string, CorrectionRecord[]>();
  for (const correction of corrections) {
    const list = byPage.get(correction.pageKey);
    if (list) list.push(correction);
    else byPage.set(correction.pageKey, [correction]);
  }
  const pageOf = new Map(articles.map((article) => [article.id, byPage.get(article.key)]));
  return items.map((item) => {
    const page = pageOf.get(item.articleId);
    if (!page) return item;
    const correction = correctionOf(item, page);
    if (!correction) return item.kind === 'claim' ? followQuote(item, page) : item;
    if (correction.kind !== 'wrong-speaker') return { ...item, correction: { kind: correction.kind, detectedSpeaker: null } };
    // Kept before the correction, the item holds the detector's speaker; kept after, already the reader's.
    return { ...item, speaker: correction.speaker, correction: { kind: correction.kind, detectedSpeaker: correction.detected.speaker ?? null } };
  });
}
