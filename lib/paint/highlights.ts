import { adoptedSheets } from './adopted-sheets';

// Painting with the CSS Custom Highlight API: ranges are registered in CSS.highlights and styled
// by ::highlight() rules in an adopted style sheet, so the page's DOM is never rewritten.

export const HIGHLIGHT = {
  quote: 'sourcelight-quote',
  direct: 'sourcelight-quote-direct',
  indirect: 'sourcelight-quote-indirect',
  speaker: 'sourcelight-speaker',
  claim: 'sourcelight-claim',
  focus: 'sourcelight-focus',
} as const;

export interface PaintRanges {
  /** Every quote (the fill); each is in direct or indirect too (the line over it). */
  quote: Range[];
  direct: Range[];
  indirect: Range[];
  speaker: Range[];
  claim: Range[];
}

export const NO_HIGHLIGHT_API = "This browser can't paint highlights (the CSS Custom Highlight API is missing).";

// Translucent fills tint the text's own background, so they read on white and dark pages alike.
// The fills alone differ too little in lightness to tell apart without colour vision, so each kind
// has its line too (3:1 or more on white): a solid line over a direct quote, a dashed one over a
// reported one, a solid underline under a speaker, a dotted one under a figure (notes and kept
// items, painted apart, use wavy and double underlines).
/** The rules of each kind of mark the reader can show or hide. */
const MARK_STYLE: Record<MarkKind, string> = {
  quote: `
::highlight(${HIGHLIGHT.quote}) { background-color: rgb(255 190 0 / 0.30); }
::highlight(${HIGHLIGHT.direct}) { text-decoration: overline 2px solid rgb(150 100 0); }
::highlight(${HIGHLIGHT.indirect}) { text-decoration: overline 2px dashed rgb(150 100 0); }`,
  speaker: `::highlight(${HIGHLIGHT.speaker}) { background-color: rgb(70 150 255 / 0.32); text-decoration: underline 2px rgb(40 120 240); }`,
  claim: `::highlight(${HIGHLIGHT.claim}) { background-color: rgb(20 200 130 / 0.34); text-decoration: underline 2px dotted rgb(0 150 90); }`,
};
const FOCUS_STYLE = `::highlight(${HIGHLIGHT.focus}) { background-color: rgb(255 110 0 / 0.55); }`;

export type MarkKind = 'quote' | 'speaker' | 'claim';

/** The painter's style sheet with only the kinds of mark the reader shows: a hidden kind keeps its ranges, unstyled. */
export const styleFor = (visible: Readonly<Record<MarkKind, boolean>>): string =>
  [...(Object.keys(MARK_STYLE) as MarkKind[]).filter((kind) => visible[kind]).map((kind) => MARK_STYLE[kind]), FOCUS_STYLE].join('\n');

export const ALL_MARKS = { quote: true, speaker: true, claim: true } as const;

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
  /** Shows only the kinds of mark `visible` asks for (all by default). */
  show(visible: Readonly<Record<MarkKind, boolean>>): void;
  flash(range: Range): void;
  clear(): void;
}

/** A painter for `doc`; throws NO_HIGHLIGHT_API where the API is missing (callers report it). */
export function createPainter(doc: Document): Painter {
  const win = doc.defaultView as HighlightWindow | null;
  const problem = highlightSupportProblem(win);
  if (problem || !win) throw new Error(problem ?? NO_HIGHLIGHT_API);
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(styleFor(ALL_MARKS));
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const register = (name: string, ranges: Range[], priority: number): void => {
    // Added one by one: spread into the constructor, 100,000 ranges overflowed the stack.
    const highlight = new win.Highlight();
    for (const range of ranges) highlight.add(range);
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
      register(HIGHLIGHT.direct, ranges.direct, 0);
      register(HIGHLIGHT.indirect, ranges.indirect, 0);
      register(HIGHLIGHT.speaker, ranges.speaker, 1);
      register(HIGHLIGHT.claim, ranges.claim, 2);
    },
    show(visible) {
      sheet.replaceSync(styleFor(visible));
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
