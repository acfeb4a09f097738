import type { CardAnchor } from './mark-geometry';
import type { HoveredItem } from './session';

/** An item the card may open for, and the line it must stay clear of (measured when the card opens). */
export interface CardTarget {
  hovered: HoveredItem;
  anchor: () => CardAnchor | null;
}

export interface HoverState {
  hovered: HoveredItem;
  anchor: CardAnchor;
}

export interface HoverTracking {
  /** Hides the card now (the highlights under it were removed); the next move shows what is there. */
  hide(): void;
  /**
   * Opens the card of `target` (a mark reached by keyboard) after the delay, or at once with
   * `now`; null closes a card opened this way. A scroll while waiting restarts the wait: the page
   * may still be bringing the mark into view.
   */
  focus(target: CardTarget | null, options?: { now?: boolean }): void;
  /**
   * Keeps the card shown now in place (the reader is correcting its item in it): the pointer and
   * scrolling leave it alone until Escape, hide() or focus on another mark. Returns what it
   * pinned, or null when no card is shown.
   */
  pin(): HoverState | null;
  stop(): void;
}

/** How long the pointer rests on a mark, or focus stays on it, before its card opens. */
export const CARD_DELAY_MS = 300;

type Source = 'pointer' | 'focus';

/**
 * Shows the card of the item under the pointer (looked up at most once per animation frame) or
 * of the item given focus, once it has stayed there `delayMs`; `show(null)` takes it away.
 * Escape hides the card until another item is reached; scrolling hides it, since the text moves
 * away from under it. `prepare` is called as a card's delay starts: what shows it can load meanwhile.
 * While the pointer is on the card shown (`onCard`: the card and the gap to its line), the card
 * stays, so its buttons can be reached.
 */
export function trackHover(
  win: Window,
  find: (x: number, y: number) => CardTarget | null,
  show: (state: HoverState | null) => void,
  { delayMs = CARD_DELAY_MS, prepare, onCard = () => false }: { delayMs?: number; prepare?: () => void; onCard?: (x: number, y: number) => boolean } = {},
): HoverTracking {
  let frame = 0;
  let x = 0;
  let y = 0;
  let shown: { item: HoveredItem['item']; source: Source; state: HoverState } | null = null;
  let pinned = false;
  let pending: { target: CardTarget; source: Source; timer: ReturnType<typeof setTimeout> } | null = null;
  let dismissed: HoveredItem['item'] | null = null;

  const cancel = (): void => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  };
  const hide = (): void => {
    cancel();
    pinned = false;
    if (shown) show(null);
    shown = null;
  };
  const open = (target: CardTarget, source: Source): void => {
    const anchor = target.anchor();
    if (!anchor) return hide();
    const state = { hovered: target.hovered, anchor };
    shown = { item: target.hovered.item, source, state };
    show(state);
  };
  const schedule = (target: CardTarget, source: Source, delay: number): void => {
    cancel();
    prepare?.();
    const timer = setTimeout(() => {
      pending = null;
      open(target, source);
    }, delay);
    pending = { target, source, timer };
  };

  const update = (): void => {
    frame = 0;
    if (pinned || (shown && onCard(x, y))) return;
    const target = find(x, y);
    if (!target) {
      dismissed = null;
      if (pending?.source === 'pointer') cancel();
      if (shown?.source === 'pointer') hide();
      return;
    }
    const { item } = target.hovered;
    if (item === dismissed) return;
    dismissed = null;
    // Along the same item: the card follows the pointer to the line it is on, at once.
    if (shown?.item === item) return open(target, 'pointer');
    if (pending?.target.hovered.item === item) return;
    if (shown) hide();
    schedule(target, 'pointer', delayMs);
  };

  const onMove = (event: MouseEvent): void => {
    x = event.clientX;
    y = event.clientY;
    if (!frame) frame = win.requestAnimationFrame(update);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !(shown || pending)) return;
    dismissed = shown?.item ?? pending?.target.hovered.item ?? null;
    hide();
  };
  const onScroll = (): void => {
    if (pinned) return;
    const waiting = pending?.source === 'focus' ? pending.target : null;
    hide();
    if (waiting) schedule(waiting, 'focus', delayMs);
  };

  win.addEventListener('mousemove', onMove, { passive: true });
  win.addEventListener('scroll', onScroll, { passive: true, capture: true });
  win.addEventListener('keydown', onKey);
  return {
    hide,
    focus(target, { now = false } = {}) {
      if (!target) {
        if (pending?.source === 'focus') cancel();
        // A held card keeps its place: the focus left the page's mark for the card itself.
        if (shown?.source === 'focus' && !pinned) hide();
        return;
      }
      dismissed = null;
      if (shown && shown.item !== target.hovered.item) hide();
      if (!now) return schedule(target, 'focus', delayMs);
      cancel();
      open(target, 'focus');
    },
    pin() {
      if (!shown) return null;
      cancel();
      pinned = true;
      return shown.state;
    },
    stop() {
      if (frame) win.cancelAnimationFrame(frame);
      win.removeEventListener('mousemove', onMove);
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('keydown', onKey);
      hide();
    },
  };
}
