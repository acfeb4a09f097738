import { defineContentScript } from '#imports';
import type { HoverCardProps } from '../components/HoverCard';
import { pointOnCard } from '../components/card-placement';
import { HOVER_CARD_STYLE } from '../components/HoverCard.style';
import { CARD_CORRECTION_STYLE } from '../components/CorrectionChoices.style';
import { PAGE_LEGEND_STYLE } from '../components/PageLegend.style';
import { SELECTION_NOTE_STYLE } from '../components/SelectionNote.style';
import { firstMarkedPage } from '../lib/page/first-run';
import { startSelectionNotes } from '../lib/page/selection-notes';
import { createPageUiLoader, lazyView } from '../lib/page/page-ui';
import { fail, handleMessages, ok, sendToRuntime } from '../lib/messages';
import { trackHover } from '../lib/page/hover-tracker';
import { lineUnder } from '../lib/page/mark-geometry';
import { listenForMarkKeys } from '../lib/page/mark-keys';
import { anyShown, createMarkNavigator, refOf } from '../lib/page/mark-navigator';
import { createPageKeeping, createPageNotes, notesPageHandlers } from '../lib/page/notes-handlers';
import { refKey } from '../lib/page/keep';
import { detectInBackground } from '../lib/page/detect-in-background';
import { watchNavigation, whenQuiet } from '../lib/page/navigation-watch';
import { pageRefOf } from '../lib/page/page-ref';
import { createOverlay } from '../lib/page/overlay';
import { correctionsLoader, correctionsPageHandlers, correctItem } from '../lib/page/corrections-handlers';
import { listenForCorrectKey } from '../lib/page/correct-key';
import { speakerNames } from '../lib/view/speakers';
import { replacePreviousRun } from '../lib/page/page-run';
import { createPageSession, type HoveredItem } from '../lib/page/session';
import { listWindow } from '../lib/view/list-window';
import type { CorrectionKind } from '../lib/store/schema';
import { probeCard } from '../lib/test-build/overlay-probe';
import { notShownReason } from '../lib/view/presence';

/** A new article after pushState is read once its rendering has settled. */
const NEW_ARTICLE_TIMING = { quietMs: 400, maxWaitMs: 3000 };

// Injected on demand (the background's browser.scripting.executeScript, or a per-site
// registration the user asked for), so the extension needs no host permission up front.
// Double injection: the newer copy stops the older one (lib/page/page-run.ts). WXT's context is
// not used for that: the page can forge the event that invalidates it.
export default defineContentScript({
  registration: 'runtime',
  // WXT's start-up window.postMessage would tell every page that Sourcelight runs, with its id.
  noScriptStartedPostMessage: true,
  main() {
    const navigation = watchNavigation(window, () => void readNewArticle());
    const session = createPageSession(document, {
      detect: detectInBackground,
      loadCorrections: correctionsLoader(document),
      onArticleChange: () => navigation.check(),
    });
    // Every change, so the badge shows "…" while the page is read, then the count.
    session.subscribe((status) => void sendToRuntime('sourcelight/page-status', status));
    // A page restored from the back-forward cache has its marks, but the browser reset its badge.
    const onPageShow = (event: PageTransitionEvent): void => {
      if (event.persisted && event.isTrusted) void sendToRuntime('sourcelight/page-status', session.status());
    };
    window.addEventListener('pageshow', onPageShow);
    // The card, the legend and the selection's note are loaded when first needed (lib/page/page-ui.ts).
    const ui = createPageUiLoader(globalThis, async () => {
      const injected = await sendToRuntime('sourcelight/page-ui', null);
      return injected.ok ? null : injected.error;
    });
    const overlay = createOverlay(document, HOVER_CARD_STYLE + CARD_CORRECTION_STYLE);
    // A screen reader says each card as it opens (a mark reached by keyboard has no other voice).
    overlay.mountPoint.setAttribute('aria-live', 'polite');
    const notes = createPageNotes(document);
    const selectionLayer = overlay.addLayer(SELECTION_NOTE_STYLE);
    // The first page ever marked gets a one-line legend of the marks at its foot.
    const legendLayer = overlay.addLayer(PAGE_LEGEND_STYLE);
    const showLegend = lazyView<true>(
      ui,
      () => overlay.attach(),
      (loaded, shown) => loaded.legend(legendLayer, shown !== null),
    );
    const stopLegend = session.subscribe((status) => {
      if (status.state !== 'annotated') return;
      stopLegend();
      void firstMarkedPage().then((first) => first && showLegend(true));
    });
    const stopSelectionNotes = startSelectionNotes(
      window,
      lazyView(
        ui,
        () => overlay.attach(),
        (loaded, view) => loaded.selectionNote(selectionLayer, view),
      ),
      () => pageRefOf(document, session.annotation()?.article ?? null),
    );
    const showCard = lazyView<HoverCardProps>(
      ui,
      () => overlay.attach(),
      (loaded, state) => loaded.hoverCard(overlay.mountPoint, state),
    );

    const keeping = createPageKeeping(document, session, notes);
    // The card's "Keep": the same path as the side panel's and the popup's.
    const cardKeep = (hovered: HoveredItem): HoverCardProps['keeping'] => {
      const ref = refOf(session.annotation(), hovered);
      return { item: refKey(ref), kept: keeping.keptOf(ref), actions: { keep: () => keeping.keep(ref), undo: keeping.undo } };
    };
    const hover = trackHover(
      window,
      (x, y) => {
        const hovered = session.hoveredAt(x, y);
        const range = hovered && session.rangeOf(refOf(session.annotation(), hovered));
        return hovered && range ? { hovered, anchor: () => lineUnder(range, x, y) } : null;
      },
      (state) => showCard(state && { ...state, keeping: cardKeep(state.hovered) }),
      // The pointer or focus reached a mark: the card's code loads during its delay.
      { prepare: () => void ui.load(), onCard: (x, y) => pointOnCard(overlay.mountPoint, x, y) },
    );
    // Alt+Shift+C on a shown card: the card stays and offers the item's corrections.
    const stopCorrectKey = listenForCorrectKey(window, () => {
      const state = hover.pin();
      if (!state) return false;
      const ref = refOf(session.annotation(), state.hovered);
      const correct = async (kind: CorrectionKind, speaker?: string): Promise<string | null> => {
        const result = await correctItem(document, session, ref, kind, speaker ?? null);
        if (result.ok) hover.hide();
        return result.ok ? null : result.error;
      };
      showCard({ ...state, keeping: cardKeep(state.hovered), correcting: { speakers: speakerNames(session.annotation()?.quotes ?? []), correct } });
      return true;
    });
    const marks = createMarkNavigator(session, hover);
    const stopMarkKeys = listenForMarkKeys(window, (command) => marks.run(command));
    const onFocusIn = (event: FocusEvent): void => marks.focusElement(event.target instanceof Element ? event.target : null);
    const onFocusOut = (): void => marks.focusElement(null);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    // Marks came off or were found again: a card shown may describe one that is gone.
    session.subscribe(() => hover.hide());

    // The page moved to another article by itself: its old marks go; the new one is read if the
    // reader asked for this site to be always annotated, else the badge says the marks went.
    const readNewArticle = async (): Promise<void> => {
      session.leave();
      marks.reset();
      void notes.refresh().catch((error: unknown) => console.warn('Sourcelight: could not show this page’s notes', error));
      const site = await sendToRuntime('sourcelight/page-moved', null);
      if (!site.ok || !site.value.alwaysAnnotate || !document.body) return;
      await whenQuiet(document.body, NEW_ARTICLE_TIMING);
      if (session.status().state === 'page-changed') void session.annotate();
    };

    const stopMessages = handleMessages({
      'sourcelight/annotate': async ({ force, again }) => {
        const outcome = await session.annotate({ force, again });
        // The run's outcome, with the counts as the page shows them now.
        const now = session.status();
        return ok(now.state === outcome.state ? now : outcome);
      },
      'sourcelight/status': () => ok(session.status()),
      'sourcelight/cancel': () => ok(session.cancel()),
      'sourcelight/annotation': (window) => ok(listWindow(session.annotation(), window, keeping.keptLookup())),
      'sourcelight/marks': (visible) => ok(visible ? session.setMarks(visible) : session.marks()),
      'sourcelight/scroll-to': (ref) => (session.scrollTo(ref) ? ok(true) : fail(notShownReason(session.presence(ref)))),
      'sourcelight/mark-command': ({ command }) => ok({ acted: marks.run(command), current: marks.current(), shown: anyShown(session.marks()) }),
      'sourcelight/clear': () => {
        session.clear();
        marks.reset();
        hover.hide();
        void sendToRuntime('sourcelight/page-status', session.status());
        return ok(null);
      },
      ...notesPageHandlers(document, session, notes, keeping),
      ...correctionsPageHandlers(document, session),
      ...(import.meta.env.SOURCELIGHT_TEST_BUILD
        ? { 'sourcelight/test/card': () => ok(probeCard(overlay.mountPoint)), 'sourcelight/test/legend': () => ok(legendLayer.textContent || null) }
        : {}),
    });

    replacePreviousRun(globalThis, () => {
      stopMessages();
      stopMarkKeys();
      stopCorrectKey();
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      navigation.stop();
      window.removeEventListener('pageshow', onPageShow);
      hover.stop();
      // The views close before the overlay goes, and a load still pending renders nothing after.
      showCard(null);
      showLegend(null);
      stopLegend();
      stopSelectionNotes();
      ui.stop();
      overlay.remove();
      session.clear();
      notes.clear();
    });

    void session.annotate();
    void notes.refresh().catch((error: unknown) => console.warn('Sourcelight: could not show this page’s notes', error));
  },
});
