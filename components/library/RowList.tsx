import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { LibraryRow } from '../../lib/library/rows';
import { virtualWindow } from '../../lib/library/virtual-window';
import { textFragmentUrl } from '../../lib/export/text-fragment';
import { valueLabel } from '../../lib/view/format';
import { correctionLabel } from '../correction-label';

export const ROW_HEIGHT = 72;

const KIND_LABEL = { quote: 'libraryKindQuote', claim: 'libraryKindFigure', note: 'libraryKindNote' } as const;

const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The article, scrolled to the passage: a quote's words, a figure's context, a note's passage. */
function rowLink(row: LibraryRow): string {
  const url = row.article.canonicalUrl ?? row.article.url;
  const passage = row.kind === 'quote' ? row.text : row.passage;
  return passage ? textFragmentUrl(url, { exact: passage, prefix: '', suffix: '' }) : url;
}

function Row({ row }: { row: LibraryRow }) {
  const corrected = correctionLabel(row.correction);
  const figure = row.kind === 'claim' ? [valueLabel(row.value), row.unit, row.qualifier && `(${row.qualifier})`].filter(Boolean).join(' ') : null;
  return (
    <li class={`row row-${row.kind}`} style={{ height: `${ROW_HEIGHT}px` }} data-id={row.id}>
      <span class="row-kind">{t(KIND_LABEL[row.kind])}</span>
      <div class="row-body">
        <p class="row-text">
          {figure ? <strong class="row-figure">{figure}</strong> : null}
          {figure ? ' — ' : null}
          {row.kind === 'claim' ? (row.passage ?? row.text) : row.text}
        </p>
        <p class="row-meta">
          {row.speaker ? <span class="row-speaker">{row.speaker}</span> : row.kind === 'claim' ? <span>{t('libraryArticleItself')}</span> : null}
          {corrected && <span class="row-correction">{corrected}</span>}
          <span class="row-outlet">{row.outlet}</span>
          <span>
            <a class="row-article" href={rowLink(row)} target="_blank" rel="noreferrer">
              {row.article.title ?? row.article.url}
            </a>
          </span>
          <span>{t('libraryRead', date(row.article.firstSeen))}</span>
          {row.tags.length > 0 && <span class="row-tags">{row.tags.map((tag) => `#${tag.replace(/^#+/, '')}`).join(' ')}</span>}
        </p>
      </div>
    </li>
  );
}

/** A virtualised list: only the rows in view (and a few either side) are in the DOM. */
export function RowList({ rows, order }: { rows: readonly LibraryRow[]; order: readonly number[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = (): void => setView({ top: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, []);
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [order]);
  const slice = virtualWindow(order.length, ROW_HEIGHT, view.top, view.height);
  return (
    <div class="rows" ref={scroller} data-testid="rows">
      <div class="rows-inner" style={{ height: `${slice.height}px` }}>
        <ul style={{ transform: `translateY(${slice.offset}px)` }}>
          {order.slice(slice.first, slice.last).map((index) => (
            <Row key={rows[index]!.id} row={rows[index]!} />
          ))}
        </ul>
      </div>
    </div>
  );
}
