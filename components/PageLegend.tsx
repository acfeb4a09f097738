import { render } from 'preact';
import { t } from '../lib/i18n';

// The first time Sourcelight marks a page, one line at the page's foot says what the marks mean.

export function PageLegend({ onClose }: { onClose: () => void }) {
  return (
    <div class="page-legend" role="note" aria-label={t('legendLabel')}>
      <span>
        <span class="mark quote">{t('legendQuote')}</span> <span class="mark reported">{t('legendReported')}</span> <span class="mark speaker">{t('legendSpeaker')}</span>{' '}
        <span class="mark claim">{t('legendFigure')}</span> <span class="hint">{t('legendHint')}</span>
      </span>
      <button type="button" onClick={onClose}>
        {t('legendGotIt')}
      </button>
    </div>
  );
}

/** Shows the legend in `container` until the reader closes it; null takes it away. */
export function renderPageLegend(container: HTMLElement, shown: boolean): void {
  render(shown ? <PageLegend onClose={() => renderPageLegend(container, false)} /> : null, container);
}
