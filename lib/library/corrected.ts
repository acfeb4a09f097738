import type { ArticleRecord, CorrectionKind, CorrectionRecord, ItemRecord } from '../store/schema';

// A kept item as the reader corrected it. A correction is filed by page and names its item by its
// words in the article's text (a gold file's way); a kept item by its passage in the live page. So
// a kept item's correction is the one of its page, kind and words — and, where either knows the
// text just before, the same text before it (a page may hold the same words twice).

export interface ItemCorrection {
  kind: CorrectionKind;
  /** What the detector said the speaker (a figure's source) was, for a corrected speaker. */
  detectedSpeaker: string | null;
}

/** A kept item, its speaker as the reader corrected it, with the correction when there is one. */
export type LibraryItem = ItemRecord & { correction?: ItemCorrection };

/** How many characters of the text before the words must agree, whitespace aside. */
const BEFORE_CHARS = 12;

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
const tail = (text: string): string => text.replace(/\s+/g, '').slice(-BEFORE_CHARS);

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

/** `items` with the reader's corrections of them applied: a corrected speaker replaces the kept one, the detector's noted. */
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
    const correction = page && correctionOf(item, page);
    if (!correction) return item;
    if (correction.kind !== 'wrong-speaker') return { ...item, correction: { kind: correction.kind, detectedSpeaker: null } };
    // Kept before the correction, the item holds the detector's speaker; kept after, already the reader's.
    return { ...item, speaker: correction.speaker, correction: { kind: correction.kind, detectedSpeaker: correction.detected.speaker ?? null } };
  });
}
