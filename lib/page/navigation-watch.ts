// A page that moves to another article without loading (history.pushState, the back button
// within a single-page site). Chrome reports every same-document navigation (the Navigation API's
// currententrychange, pushState included); popstate covers the back button everywhere; where the
// Navigation API is missing (Firefox 140) a pushState is seen by check(), which the session calls
// whenever the article changes, as a site moving to another article re-renders it.
import { isAnotherArticle } from './page-address';
import { createSettleTimer, type SettleTiming } from './settle-timer';

type NavigationWindow = Window & { navigation?: EventTarget };

export interface NavigationWatch {
  /** Compares the address with the last one seen; calls onMove when the article is another. */
  check(): void;
  stop(): void;
}

export function watchNavigation(win: Window, onMove: (url: string) => void): NavigationWatch {
  let address = win.location.href;
  const check = (): void => {
    const now = win.location.href;
    if (!isAnotherArticle(address, now)) return;
    address = now;
    onMove(now);
  };
  const navigation = (win as NavigationWindow).navigation;
  win.addEventListener('popstate', check);
  navigation?.addEventListener('currententrychange', check);
  return {
    check,
    stop() {
      win.removeEventListener('popstate', check);
      navigation?.removeEventListener('currententrychange', check);
    },
  };
}

/** Resolves once `root`'s subtree has stopped changing (a new article rendering after pushState). */
export function whenQuiet(root: Node, timing: SettleTiming): Promise<void> {
  const Observer = root.ownerDocument?.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  return new Promise((resolve) => {
    const observer = new Observer(() => settle.poke());
    const settle = createSettleTimer(() => {
      observer.disconnect();
      resolve();
    }, timing);
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    settle.poke();
  });
}
