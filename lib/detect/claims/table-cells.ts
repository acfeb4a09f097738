// Tables of figures as extraction gives them: each cell on a line of its own (`Name`, `63`,
// `16.6%`, the next row …). A bare number alone on its line is otherwise page furniture — a
// section number, a counter (reference-numbers.ts) — but in a table it is a figure the table states
// (docs/annotation-guide.md, "Counts and amounts"; decision 1 keeps what extraction keeps). The claim
// tokenizer only sees a few lines around each figure, and a table's rows can be far apart in
// indented markup, so this reads the whole text once, line by line.

// A figure that fills its line: digits, grouped in thousands or not, with one decimal part at
// most (so not a version, `4.2.5`), a currency sign before or a percent after.
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const LONE_FIGURE = new RegExp(String.raw`^[$\u20ac\u00a3]?${NUMBER}%?$`);
const BARE_NUMBER = new RegExp(`^${NUMBER}$`);
const ROW_NUMBER = /^\d{1,3}$/;
// How many non-empty lines away the nearest other figure of a row or a column may stand.
const CELL_NEIGHBOUR_LINES = 2;
// How many non-empty lines either way the next or previous row number is looked for: a row of a
// two-halved table holds eight cells or more, and an image line or two.
const ROW_REACH = 12;

interface Line {
  end: number;
  figure: boolean;
  bare: boolean;
  rowNumber: number | null;
}

function figureLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const content = line.trim();
    if (content) {
      const figure = content.length <= 24 && LONE_FIGURE.test(content);
      const bare = figure && BARE_NUMBER.test(content);
      lines.push({ end: start + line.trimEnd().length, figure, bare, rowNumber: bare && ROW_NUMBER.test(content) ? Number(content) : null });
    }
    start = end + 1;
  }
  return lines;
}

/** Whether the row number `value` of line `k` has its neighbour in sequence: `value + 1` down the column, or `value - 1` up it. */
function numbersRows(lines: readonly Line[], k: number, value: number): boolean {
  for (let j = k + 1; j <= k + ROW_REACH && j < lines.length; j++) if (lines[j]!.rowNumber === value + 1) return true;
  for (let j = k - 1; j >= k - ROW_REACH && j >= 0; j--) if (lines[j]!.rowNumber === value - 1) return true;
  return false;
}

/**
 * The end offsets of the bare numbers in `text` that are cells of a table of figures: alone on
 * their line, with another figure alone on a line at most two lines away (the same row's share,
 * the next row's count), and not numbering the rows (`1`, then `2` a row later).
 */
export function tableCellEnds(text: string): ReadonlySet<number> {
  const lines = figureLines(text);
  const ends = new Set<number>();
  lines.forEach((line, k) => {
    if (!line.bare) return;
    let neighbour = false;
    for (let j = Math.max(0, k - CELL_NEIGHBOUR_LINES); j <= k + CELL_NEIGHBOUR_LINES && j < lines.length && !neighbour; j++) neighbour = j !== k && lines[j]!.figure;
    if (!neighbour || (line.rowNumber !== null && numbersRows(lines, k, line.rowNumber))) return;
    ends.add(line.end);
  });
  return ends;
}
