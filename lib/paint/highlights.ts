import { adoptedSheets } from './adopted-sheets';

// Painting with the CSS Custom Highlight API: ranges are registered in CSS.highlights and styled
// by ::highlight() rules in an adopted style sheet, so the page's DOM is never rewritten.

export const HIGHLIGHT = {
  quote: 'sourcelight-quote',
  speaker: 'sourcelight-speaker',
  claim: 'sourcelight-claim',
  focus: 'sourcelight-focus',
} as const;

export interface PaintRanges {
  quote: Range[];
  speaker: Range[];
  claim: Range[];
}

export const NO_HIGHLIGHT_API = "This browser can't paint highlights (the CSS Custom Highlight API is missing).";

// Translucent fills tint the text's own background, so they read on white and dark pages alike;
// the underlines tell speaker and claim apart where they sit inside a quote.
const STYLE = `
::highlight(${HIGHLIGHT.quote}) { background-color: rgb(255 190 0 / 0.30); }
::highlight(${HIGHLIGHT.speaker}) { background-color: rgb(70 150 255 / 0.32); text-decoration: underline 2px rgb(40 120 240); }
::highlight(${HIGHLIGHT.claim}) { background-color: rgb(20 200 130 / 0.34); text-decoration: underline 2px dotted rgb(0 150 90); }
::highlight(${HIGHLIGHT.focus}) { background-color: rgb(255 110 0 / 0.55); }
`;

const FLASH_MS = 1600;

type HighlightWindow = Window & typeof globalThis;

/** Why this window cannot paint, or null when it can. */
function highlightSupportProblem(win: HighlightWindow | null): string | null {
  if (!win || typeof win.Highlight !== 'function' || !win.CSS || !('highlights' in win.CSS)) return NO_HIGHLIGHT_API;
  if (!('adoptedStyleSheets' in win.document)) return NO_HIGHLIGHT_API;
  return null;
}

export interface Painter {
  paint(ranges: PaintRanges): void;
  flash(range: Range): void;
  clear(): void;
}

/** A painter for `doc`; throws NO_HIGHLIGHT_API where the API is missing (callers report it). */
export function createPainter(doc: Document): Painter {
  const win = doc.defaultView as HighlightWindow | null;
  const problem = highlightSupportProblem(win);
  if (problem || !win) throw new Error(problem ?? NO_HIGHLIGHT_API);
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(STYLE);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const register = (name: string, ranges: Range[], priority: number): void => {
    const highlight = new win.Highlight(...ranges);
    highlight.priority = priority;
    win.CSS.highlights.set(name, highlight);
  };

  // Edited in place (push/splice), not reassigned: the page's own adopted sheets stay as they are,
  // and no array has to cross from a content script's world into the page's.
  const adoptSheet = (): void => {
    const adopted = adoptedSheets(doc);
    if (!adopted.includes(sheet)) adopted.push(sheet);
  };

  return {
    paint(ranges) {
      adoptSheet();
      register(HIGHLIGHT.quote, ranges.quote, 0);
      register(HIGHLIGHT.speaker, ranges.speaker, 1);
      register(HIGHLIGHT.claim, ranges.claim, 2);
    },
    flash(range) {
      adoptSheet();
      clearTimeout(flashTimer);
      register(HIGHLIGHT.focus, [range], 3);
      flashTimer = setTimeout(() => win.CSS.highlights.delete(HIGHLIGHT.focus), FLASH_MS);
    },
    clear() {
      clearTimeout(flashTimer);
      for (const name of Object.values(HIGHLIGHT)) win.CSS.highlights.delete(name);
      const adopted = adoptedSheets(doc);
      const at = adopted.indexOf(sheet);
      if (at >= 0) adopted.splice(at, 1);
    },
  };
}
