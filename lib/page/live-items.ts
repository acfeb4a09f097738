// The painted items of a page that keeps changing its own text (hydration, lazy loading, swapped
// paragraphs, a ticking clock): each item's live Range, the words it was painted on and its
// selectors. A Range is checked against its words before it is trusted; one that no longer shows
// them is taken off the page at once, then found again from its selectors, or reported.
import type { SpanSelectors } from '../anchor/anchor';
import { refindAll, stillShows, wordsOf } from '../anchor/refind';
import type { ItemPresence, ItemRef } from '../messages';
import type { AnchoredRanges } from '../paint/hit-test';

interface Entry {
  range: Range | null;
  words: string;
  selectors: SpanSelectors | null;
  presence: ItemPresence;
}

/** Past this many records × ranges, checking every range is cheaper than working out which were touched. */
const MAX_PAIRS = 20_000;

type Lists = { quotes: Entry[]; claims: Entry[]; speakers: Entry[] };

/** Whether a mutation may have changed the text under `range` (a removal collapses ranges inside it onto its parent). */
export function touches(range: Range, record: MutationRecord): boolean {
  if (record.type === 'characterData') return range.intersectsNode(record.target);
  if (record.type !== 'childList') return false;
  if (record.removedNodes.length > 0 && range.intersectsNode(record.target)) return true;
  return [...record.addedNodes].some((node) => range.intersectsNode(node));
}

export interface LiveItems {
  /** Checks the ranges `records` may have touched (all of them for 'all'); true when some no longer show their words. */
  check(records: ReadonlyArray<MutationRecord> | 'all'): boolean;
  /** Checks one item's range now; false when the item is not painted (any more). */
  checkOne(ref: ItemRef): boolean;
  /** Whether some items wait to be found again. */
  pending(): boolean;
  /** Finds the waiting items again under `root`; those not found are reported 'changed' or 'gone'. */
  refind(root: Node): void;
  /** The ranges to paint and hit-test: painted items only. */
  ranges(): AnchoredRanges;
  presence(ref: ItemRef): ItemPresence;
  /** Items painted now, and items once painted that the page no longer shows. */
  counts(): { anchored: number; lost: number };
  /** Follows more items (the page added paragraphs): after the others, index for index. */
  add(ranges: AnchoredRanges, selectors: ItemSelectors): void;
}

type ItemSelectors = { quotes: Array<SpanSelectors | null>; claims: Array<SpanSelectors | null>; speakers: Array<SpanSelectors | null> };

function entries(ranges: Array<Range | null>, selectors: Array<SpanSelectors | null>): Entry[] {
  return ranges.map((range, i) => ({
    range,
    words: range ? wordsOf(range.toString()) : '',
    selectors: selectors[i] ?? null,
    presence: range ? 'painted' : 'not-found',
  }));
}

const isLost = (e: Entry): boolean => e.presence === 'changed' || e.presence === 'gone';

/** `ranges` as anchoring found them, with the selectors it recorded for each (index for index). */
export function createLiveItems(ranges: AnchoredRanges, selectors: ItemSelectors): LiveItems {
  const lists: Lists = {
    quotes: entries(ranges.quotes, selectors.quotes),
    claims: entries(ranges.claims, selectors.claims),
    speakers: entries(ranges.speakers, selectors.speakers),
  };
  const all = (): Entry[] => [...lists.quotes, ...lists.claims, ...lists.speakers];

  /**
   * From the first mark's start to the last one's end: a record that does not touch it (a clock
   * in the byline, a paragraph appended after the article) is dismissed with one test, not one per mark.
   */
  const extentOf = (): Range | null => {
    let extent: Range | null = null;
    for (const { range } of all()) {
      if (!range) continue;
      if (!extent) {
        extent = range.cloneRange();
        continue;
      }
      if (range.compareBoundaryPoints(Range.START_TO_START, extent) < 0) extent.setStart(range.startContainer, range.startOffset);
      if (range.compareBoundaryPoints(Range.END_TO_END, extent) > 0) extent.setEnd(range.endContainer, range.endOffset);
    }
    return extent;
  };
  let extent = extentOf();
  const entryOf = (ref: ItemRef): Entry | undefined => (ref.kind === 'quote' ? lists.quotes : lists.claims)[ref.index];

  /** Takes a stale entry off the page until refind() looks for it. */
  const verify = (entry: Entry): boolean => {
    if (!entry.range || stillShows(entry.range, entry.words)) return true;
    entry.range = null;
    entry.presence = 'checking';
    return false;
  };

  // A quote's speaker mention is shown as that quote: it goes when the quote goes.
  const dropOrphanedSpeakers = (): void => {
    lists.quotes.forEach((quote, i) => {
      const speaker = lists.speakers[i];
      if (speaker?.range && !quote.range) {
        speaker.range = null;
        speaker.presence = quote.presence === 'checking' ? 'checking' : 'gone';
      }
    });
  };

  return {
    check(change) {
      const records = change === 'all' || !extent ? change : change.filter((r) => touches(extent!, r));
      if (records !== 'all' && records.length === 0) return false;
      const painted = all().filter((e) => e.range);
      const everything = records === 'all' || records.length * painted.length > MAX_PAIRS;
      let stale = false;
      for (const entry of painted) {
        const touched = everything || (records as ReadonlyArray<MutationRecord>).some((r) => touches(entry.range!, r));
        if (touched && !verify(entry)) stale = true;
      }
      if (stale) dropOrphanedSpeakers();
      return stale;
    },
    checkOne(ref) {
      const entry = entryOf(ref);
      if (!entry?.range) return false;
      if (verify(entry)) return true;
      dropOrphanedSpeakers();
      return false;
    },
    pending: () => all().some((e) => e.presence === 'checking'),
    refind(root) {
      const waiting = all().filter((e) => e.presence === 'checking');
      const found = refindAll(
        root,
        waiting.flatMap((e) => (e.selectors ? [e.selectors] : [])),
      );
      let next = 0;
      for (const entry of waiting) {
        const outcome = entry.selectors ? found[next++] : undefined;
        entry.range = outcome?.state === 'found' ? outcome.range : null;
        entry.presence = outcome?.state === 'found' ? 'painted' : (outcome?.state ?? 'gone');
      }
      dropOrphanedSpeakers();
      extent = extentOf();
    },
    ranges: () => ({
      quotes: lists.quotes.map((e) => e.range),
      claims: lists.claims.map((e) => e.range),
      speakers: lists.speakers.map((e) => e.range),
    }),
    presence: (ref) => entryOf(ref)?.presence ?? 'not-found',
    counts() {
      const items = [...lists.quotes, ...lists.claims];
      return { anchored: items.filter((e) => e.range).length, lost: items.filter(isLost).length };
    },
    add(more, moreSelectors) {
      lists.quotes.push(...entries(more.quotes, moreSelectors.quotes));
      lists.claims.push(...entries(more.claims, moreSelectors.claims));
      lists.speakers.push(...entries(more.speakers, moreSelectors.speakers));
      extent = extentOf();
    },
  };
}
