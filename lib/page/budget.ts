import { t } from '../i18n';

// What Sourcelight reads and paints of one page, at most. Beyond these a page is not read more
// slowly, it is not read at all: detection time grows with the words, and every painted
// highlight slows each later change of the page (the hover card took 100–160 ms a frame at
// 6,600 highlights, 33 ms without). The reader is told what was left out.

/** Words of the article text detection reads: about eight hours of reading. */
export const WORD_BUDGET = 100_000;
/** Quotes and figures found in the page and painted, in text order. */
export const PAINT_BUDGET = 2_000;

/**
 * Elements in a page read without asking. Readability's parse of the whole page is one task that
 * no budget after it shortens (6.5 s on a 10 MB page); the largest of the 170 saved real pages
 * has about 10,000 elements.
 */
export const ELEMENT_BUDGET = 30_000;

/**
 * A whole number with commas between thousands ('12,223'). Not toLocaleString: its first call in
 * a fresh content-script world sets up the browser's number formatting, ~14 ms in the paint task
 * of a page long enough to meet a budget.
 */
export const count = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const tooLarge = (elements: number): string => t('noticeTooLarge', count(elements));

const WORD = /\S+/g;

/** The text up to the end of its `budget`-th word, and whether anything was cut. Linear, no copies of the rest. */
export function firstWords(text: string, budget = WORD_BUDGET): { text: string; cut: boolean } {
  WORD.lastIndex = 0;
  let words = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    if (++words === budget) {
      const end = match.index + match[0].length;
      return { text: text.slice(0, end), cut: /\S/.test(text.slice(end)) };
    }
  }
  return { text, cut: false };
}

/** The offset before which the first `budget` of these spans start (all of them: Infinity). */
export function paintCutoff(starts: Iterable<number>, budget = PAINT_BUDGET): number {
  const sorted = Float64Array.from(starts).sort();
  return sorted.length > budget ? sorted[budget]! : Number.POSITIVE_INFINITY;
}

/** What the reader is told when a budget was reached, or undefined. */
export function budgetNotice(textCut: boolean, items: number, painted: number): string | undefined {
  const parts: string[] = [];
  if (textCut) parts.push(t('noticeWordBudget', count(WORD_BUDGET)));
  if (painted < items) parts.push(t('noticePaintBudget', [count(painted), count(items)]));
  return parts.length > 0 ? parts.join(' ') : undefined;
}
