import { defineUnlistedScript } from '#imports';
import { renderHoverCard } from '../components/HoverCard';
import { renderPageLegend } from '../components/PageLegend';
import { renderSelectionNote } from '../components/SelectionNote';
import { registerPageUi } from '../lib/page/page-ui';

// The page's UI (Preact, the hover card, the legend, the selection's note), injected by the
// background into the content script's world the first time the page needs it (lib/page/page-ui.ts).
export default defineUnlistedScript(() => {
  registerPageUi(globalThis, { hoverCard: renderHoverCard, legend: renderPageLegend, selectionNote: renderSelectionNote });
});
