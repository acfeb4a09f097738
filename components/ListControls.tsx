import { t, type MessageKey } from '../lib/i18n';
import type { MarkVisibility } from '../lib/messages';

// Above the popup's lists: what each mark on the page means, the filter box, and which kinds of
// mark show (on the page too).

/** One line: the marks as the page paints them. */
export function Legend() {
  return (
    <p class="legend" aria-label={t('legendLabel')}>
      <span class="legend-mark legend-quote">{t('legendQuote')}</span> <span class="legend-mark legend-quote legend-indirect">{t('legendReported')}</span>{' '}
      <span class="legend-mark legend-speaker">{t('legendSpeaker')}</span> <span class="legend-mark legend-claim">{t('legendFigure')}</span>{' '}
      <span class="legend-hint">{t('legendHint')}</span>
    </p>
  );
}

const KINDS: Array<[keyof MarkVisibility, MessageKey]> = [
  ['quote', 'showQuotes'],
  ['speaker', 'showSpeakers'],
  ['claim', 'showFigures'],
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
      <input type="search" class="filter" placeholder={t('filterPlaceholder')} aria-label={t('filterLabel')} value={query} onInput={(e) => onQuery(e.currentTarget.value)} />
      <fieldset class="toggles">
        <legend class="toggles-label">{t('showLabel')}</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind} class={`toggle toggle-${kind}`}>
            <input type="checkbox" checked={marks[kind]} onChange={(e) => onMarks({ ...marks, [kind]: e.currentTarget.checked })} /> {t(label)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
