import { adoptedSheets } from './adopted-sheets';

// The reader's own layer, painted apart from detection: notes with a wavy underline, kept items
// with a double one. Lines, not fills, so they read over a detection mark's colour and do not
// rely on colour alone.

export const NOTE_HIGHLIGHT = {
  note: 'sourcelight-note',
  kept: 'sourcelight-kept',
  focus: 'sourcelight-note-focus',
} as const;

const STYLE = `
::highlight(${NOTE_HIGHLIGHT.note}) { text-decoration: underline wavy 2px rgb(150 60 220); text-underline-offset: 3px; }
::highlight(${NOTE_HIGHLIGHT.kept}) { text-decoration: underline double 3px rgb(200 40 90); text-underline-offset: 3px; }
::highlight(${NOTE_HIGHLIGHT.focus}) { background-color: rgb(150 60 220 / 0.28); }
`;

const FLASH_MS = 1600;

export interface NotePaint {
  note: Range[];
  kept: Range[];
}

export interface NotePainter {
  paint(ranges: NotePaint): void;
  flash(range: Range): void;
  clear(): void;
}

type HighlightWindow = Window & typeof globalThis;

/** A painter for the notes layer of `doc`, or null where the CSS Custom Highlight API is missing. */
export function createNotePainter(doc: Document): NotePainter | null {
  const win = doc.defaultView as HighlightWindow | null;
  if (!win || typeof win.Highlight !== 'function' || !win.CSS || !('highlights' in win.CSS) || !('adoptedStyleSheets' in doc)) return null;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(STYLE);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const register = (name: string, ranges: Range[], priority: number): void => {
    // A page without notes keeps no empty highlight of ours.
    if (ranges.length === 0) {
      win.CSS.highlights.delete(name);
      return;
    }
    // Added one by one: spread into the constructor, 100,000 ranges overflowed the stack.
    const highlight = new win.Highlight();
    for (const range of ranges) highlight.add(range);
    // Above detection's highlights (0–3), so a note's line shows over a quote's fill.
    highlight.priority = priority;
    win.CSS.highlights.set(name, highlight);
  };
  const adoptSheet = (): void => {
    const adopted = adoptedSheets(doc);
    if (!adopted.includes(sheet)) adopted.push(sheet);
  };

  return {
    paint(ranges) {
      adoptSheet();
      register(NOTE_HIGHLIGHT.kept, ranges.kept, 10);
      register(NOTE_HIGHLIGHT.note, ranges.note, 11);
    },
    flash(range) {
      adoptSheet();
      clearTimeout(flashTimer);
      register(NOTE_HIGHLIGHT.focus, [range], 12);
      flashTimer = setTimeout(() => win.CSS.highlights.delete(NOTE_HIGHLIGHT.focus), FLASH_MS);
    },
    clear() {
      clearTimeout(flashTimer);
      for (const name of Object.values(NOTE_HIGHLIGHT)) win.CSS.highlights.delete(name);
      const adopted = adoptedSheets(doc);
      const at = adopted.indexOf(sheet);
      if (at >= 0) adopted.splice(at, 1);
    },
  };
}
