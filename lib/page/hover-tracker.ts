import type { HoveredItem } from './session';

export interface HoverState {
  hovered: HoveredItem;
  x: number;
  y: number;
}

export interface HoverTracking {
  /** Hides the card now (the highlights under it were removed); the next move shows what is there. */
  hide(): void;
  stop(): void;
}

/**
 * Calls `show` with the item under the pointer (at most once per animation frame) or null.
 * Escape hides the card until the pointer reaches another item; scrolling hides it, since the
 * text moves away from under a still pointer.
 */
export function trackHover(win: Window, find: (x: number, y: number) => HoveredItem | null, show: (state: HoverState | null) => void): HoverTracking {
  let frame = 0;
  let x = 0;
  let y = 0;
  let shown: HoveredItem['item'] | null = null;
  let dismissed: HoveredItem['item'] | null = null;

  const hide = (): void => {
    if (shown) show(null);
    shown = null;
  };

  const update = (): void => {
    frame = 0;
    const hovered = find(x, y);
    if (!hovered) {
      dismissed = null;
      return hide();
    }
    if (hovered.item === dismissed) return;
    dismissed = null;
    shown = hovered.item;
    show({ hovered, x, y });
  };

  const onMove = (event: MouseEvent): void => {
    x = event.clientX;
    y = event.clientY;
    if (!frame) frame = win.requestAnimationFrame(update);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !shown) return;
    dismissed = shown;
    hide();
  };

  win.addEventListener('mousemove', onMove, { passive: true });
  win.addEventListener('scroll', hide, { passive: true, capture: true });
  win.addEventListener('keydown', onKey);
  return {
    hide,
    stop() {
      if (frame) win.cancelAnimationFrame(frame);
      win.removeEventListener('mousemove', onMove);
      win.removeEventListener('scroll', hide, { capture: true });
      win.removeEventListener('keydown', onKey);
      hide();
    },
  };
}
