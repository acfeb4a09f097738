import type { HoverCardProps } from '../../components/HoverCard';
import type { SelectionNoteView } from '../../components/SelectionNote';

// The page's UI (the hover card and its corrections, the first-run legend, the selection's note:
// Preact and all it renders) is a script of its own, entrypoints/page-ui.ts, loaded the first time
// the reader needs it: most pages are read without a card ever opening, and the content script's
// start-up is paid on every page. The background injects it into the content script's world on
// request ('sourcelight/page-ui'); it leaves its renderers in that world's global, which every
// script of this extension in the frame shares and the page cannot see.

export interface PageUi {
  hoverCard(container: HTMLElement, state: HoverCardProps | null): void;
  legend(container: HTMLElement, shown: boolean): void;
  selectionNote(container: HTMLElement, view: SelectionNoteView | null): void;
}

const PAGE_UI = Symbol.for('sourcelight/page-ui');

type World = { [PAGE_UI]?: PageUi };

/** What the page-UI script runs: leaves `ui` where the content script looks for it. */
export function registerPageUi(world: object, ui: PageUi): void {
  (world as World)[PAGE_UI] = ui;
}

export interface PageUiLoader {
  /** The UI, loading it the first time; null when it could not be loaded (the next call tries again). */
  load(): Promise<PageUi | null>;
  /** The UI if it is loaded, without loading it. */
  loaded(): PageUi | null;
  /** This copy of the content script is done: a load pending, and any after, gives null. */
  stop(): void;
}

/**
 * Loads the page's UI into `world` through `inject` (which resolves once the script has run, with
 * the reason it failed or null). One load at a time; a copy of the UI already in the world (left
 * by an earlier copy of the content script) is used as it is.
 */
export function createPageUiLoader(world: object, inject: () => Promise<string | null>): PageUiLoader {
  const shared = world as World;
  let loading: Promise<PageUi | null> | null = null;
  let stopped = false;
  const load = (): Promise<PageUi | null> => {
    const ui = shared[PAGE_UI];
    if (ui) return Promise.resolve(ui);
    loading ??= inject().then((problem) => {
      loading = null;
      const injected = shared[PAGE_UI] ?? null;
      if (!injected) console.warn('Sourcelight: could not load the page’s card and notes', problem ?? 'the script left nothing');
      return injected;
    });
    return loading;
  };
  return {
    // Whether it stopped is asked when the load ends: a view waiting for it then renders nothing.
    load: () => (stopped ? Promise.resolve(null) : load().then((ui) => (stopped ? null : ui))),
    loaded: () => (stopped ? null : (shared[PAGE_UI] ?? null)),
    stop: () => void (stopped = true),
  };
}

/**
 * A view of the lazily loaded UI that takes states before it is there: the latest state is
 * rendered once the UI has loaded. A null state (nothing to show) never loads it. `attach` puts
 * the view's host on the page before a state is rendered; a null state only takes down what was
 * shown, so the host is never put back by a view closing (after teardown removed it). Once the
 * loader has stopped, nothing is rendered.
 */
export function lazyView<S>(loader: PageUiLoader, attach: () => void, render: (ui: PageUi, state: S | null) => void): (state: S | null) => void {
  let latest: S | null = null;
  let waiting = false;
  const show = (ui: PageUi, state: S | null): void => {
    if (state !== null) attach();
    render(ui, state);
  };
  return (state) => {
    latest = state;
    const ui = loader.loaded();
    if (ui) return show(ui, state);
    if (state === null || waiting) return;
    waiting = true;
    void loader.load().then((loaded) => {
      waiting = false;
      if (loaded) show(loaded, latest);
    });
  };
}
