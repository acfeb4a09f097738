import type { MarkVisibility } from '../lib/messages';

// Above the popup's lists: what each mark on the page means, the filter box, and which kinds of
// mark show (on the page too).

/** One line: the three marks as the page paints them. */
export function Legend() {
  return (
    <p class="legend" aria-label="What the marks mean">
      <span class="legend-mark legend-quote">quote</span> <span class="legend-mark legend-quote legend-indirect">reported</span>{' '}
      <span class="legend-mark legend-speaker">speaker</span> <span class="legend-mark legend-claim">figure</span>{' '}
      <span class="legend-hint">hover a mark, or press Alt+Shift+. to go through them</span>
    </p>
  );
}

const KINDS: Array<[keyof MarkVisibility, string]> = [
  ['quote', 'Quotes'],
  ['speaker', 'Speakers'],
  ['claim', 'Figures'],
];

export function ListControls({
  query,
  onQuery,
  marks,
  onMarks,
}: {
  query: string;
  onQuery: (query: string) => void;
  marks: MarkVisibility;
  onMarks: (marks: MarkVisibility) => void;
}) {
  return (
    <div class="controls">
      <input
        type="search"
        class="filter"
        placeholder="Filter: a name, a word, a figure"
        aria-label="Filter quotes and figures"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <fieldset class="toggles">
        <legend class="toggles-label">Show</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind} class={`toggle toggle-${kind}`}>
            <input type="checkbox" checked={marks[kind]} onChange={(e) => onMarks({ ...marks, [kind]: e.currentTarget.checked })} /> {label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
