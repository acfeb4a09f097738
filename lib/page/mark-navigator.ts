import type { ItemRef, MarkVisibility, PageAnnotation } from '../messages';
import { ALL_MARKS } from '../paint/highlights';
import type { CardTarget, HoverTracking } from './hover-tracker';
import { markExtent } from './mark-geometry';
import type { MarkCommand } from './mark-keys';
import type { HoveredItem, PageSession } from './session';

// The keyboard's way through the marks: next and previous in reading order, the current mark's
// card, all marks hidden or shown. Marks are read from the session each time, so a re-annotated
// or cleared page is never walked with stale ranges.

export interface Mark {
  ref: ItemRef;
  hovered: HoveredItem;
  range: Range;
}

/** Every painted mark still on the page, in reading order (a quote before the figures inside it). */
export function marksInOrder(annotation: PageAnnotation | null, rangeOf: (ref: ItemRef) => Range | null): Mark[] {
  if (!annotation) return [];
  const marks: Mark[] = [];
  const add = (ref: ItemRef, hovered: HoveredItem): void => {
    const range = rangeOf(ref);
    // A live Range whose text the page removed collapses: nothing left to go to.
    if (range && !range.collapsed) marks.push({ ref, hovered, range });
  };
  annotation.quotes.forEach((item, index) => add({ kind: 'quote', index }, { kind: 'quote', item }));
  annotation.claims.forEach((item, index) => add({ kind: 'claim', index }, { kind: 'claim', item }));
  return marks.sort((a, b) => a.range.compareBoundaryPoints(a.range.START_TO_START, b.range) || (a.ref.kind === 'quote' ? -1 : 1));
}

/** Where `hovered` is in the annotation's lists (index -1 when it is not there). */
export function refOf(annotation: PageAnnotation | null, hovered: HoveredItem): ItemRef {
  const index = hovered.kind === 'quote' ? (annotation?.quotes.indexOf(hovered.item) ?? -1) : (annotation?.claims.indexOf(hovered.item) ?? -1);
  return { kind: hovered.kind, index };
}

const sameRef = (a: ItemRef | null, b: ItemRef): boolean => a !== null && a.kind === b.kind && a.index === b.index;

/**
 * The index to go to from `current` (an index in `count` marks, or -1 for none yet), wrapping at
 * either end. With none yet, it starts from the view: `firstInView` for next, the mark before
 * it for previous.
 */
export function stepIndex(count: number, current: number, direction: 1 | -1, firstInView: () => number): number {
  if (count === 0) return -1;
  if (current >= 0) return (current + direction + count) % count;
  const start = firstInView();
  return direction === 1 ? start : (start - 1 + count) % count;
}

export interface MarkNavigator {
  /** Does what `command` asks; false when there is nothing to do it on (the key then stays the page's). */
  run(command: MarkCommand): boolean;
  /** The page moved focus to `element`: the card of the mark it is in opens, as on hover. */
  focusElement(element: Element | null): void;
  current(): ItemRef | null;
  /** Forgets the current mark (the marks were cleared). */
  reset(): void;
}

type NavigatedSession = Pick<PageSession, 'annotation' | 'rangeOf' | 'scrollTo' | 'marks' | 'setMarks'>;

const NO_MARKS: MarkVisibility = { quote: false, speaker: false, claim: false };
export const anyShown = (visible: MarkVisibility): boolean => visible.quote || visible.speaker || visible.claim;

export function createMarkNavigator(session: NavigatedSession, card: Pick<HoverTracking, 'focus' | 'hide'>): MarkNavigator {
  let current: ItemRef | null = null;
  // Only the kinds the reader shows (the popup can hide quotes or figures).
  const marks = (): Mark[] => marksInOrder(session.annotation(), (ref) => session.rangeOf(ref)).filter((m) => session.marks()[m.ref.kind]);
  const targetOf = (mark: Mark): CardTarget => ({ hovered: mark.hovered, anchor: () => markExtent(mark.range) });
  const firstInView = (all: Mark[]) => (): number => {
    const at = all.findIndex((mark) => mark.range.getBoundingClientRect().bottom >= 0);
    return at >= 0 ? at : 0;
  };

  const go = (direction: 1 | -1): boolean => {
    // With every mark hidden, going to one shows them all again.
    if (!anyShown(session.marks())) session.setMarks({ ...ALL_MARKS });
    const all = marks();
    const next =
      all[
        stepIndex(
          all.length,
          all.findIndex((mark) => sameRef(current, mark.ref)),
          direction,
          firstInView(all),
        )
      ];
    if (!next) return false;
    current = next.ref;
    session.scrollTo(next.ref);
    card.focus(targetOf(next));
    return true;
  };

  return {
    run(command) {
      if (!session.annotation()) return false;
      if (command === 'next-mark') return go(1);
      if (command === 'previous-mark') return go(-1);
      if (command === 'toggle-marks') {
        const hide = anyShown(session.marks());
        session.setMarks(hide ? NO_MARKS : { ...ALL_MARKS });
        if (hide) card.hide();
        return true;
      }
      const mark = marks().find((m) => sameRef(current, m.ref));
      if (!mark) return go(1);
      card.focus(targetOf(mark), { now: true });
      return true;
    },
    focusElement(element) {
      // The innermost mark the element is part of (a figure inside a quote comes after the quote);
      // not one the element merely contains, as a focused article contains them all.
      const within = (m: Mark): boolean => !!element && m.range.commonAncestorContainer.contains(element) && m.range.intersectsNode(element);
      const mark = element ? marks().findLast(within) : undefined;
      if (!mark || !element) return card.focus(null);
      current = mark.ref;
      card.focus({
        hovered: mark.hovered,
        anchor: () => {
          const box = element.getBoundingClientRect();
          return { x: box.left, top: box.top, bottom: box.bottom };
        },
      });
    },
    current: () => current,
    reset() {
      current = null;
    },
  };
}
