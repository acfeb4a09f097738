import { useMemo, useState } from 'preact/hooks';
import type { ExportInput } from '../../lib/export/formats';
import type { OutletTypeOf } from '../../lib/export/outlet-type';
import { facets, filterRows, NO_FILTER, type LibraryFilter } from '../../lib/library/filter';
import type { Library } from '../../lib/library/library';
import { libraryRows } from '../../lib/library/rows';
import { searchIndex } from '../../lib/library/search';
import { t, type MessageKey } from '../../lib/i18n';
import type { Backup } from '../../lib/store/backup';
import { ExportPanel } from './ExportPanel';
import { FiguresView } from './FiguresView';
import { ImportButton } from './ImportButton';
import { Filters } from './Filters';
import { RowList } from './RowList';
import { SpeakerView } from './SpeakerView';
import { withParts } from '../with-parts';

type View = 'list' | 'speakers' | 'figures';

const VIEWS: [View, MessageKey][] = [
  ['list', 'libraryViewEverything'],
  ['speakers', 'libraryViewSpeakers'],
  ['figures', 'libraryViewFigures'],
];

export interface LibraryPageProps {
  library: Library;
  backup: Backup;
  /** Loads what kind each outlet is (the outlet tables are large: only an export asks for them). */
  outletType?: () => Promise<OutletTypeOf>;
  initialView?: View;
  /** Merges a backup file into the store and shows the library again; rejects with why not. */
  onImport?: (text: string, onProgress: (fraction: number) => void) => Promise<void>;
  /** What the last action did ("Imported 3 notes …"). */
  notice?: string | null;
}

export function LibraryPage({ library, backup, outletType, initialView = 'list', onImport, notice = null }: LibraryPageProps) {
  const rows = useMemo(() => libraryRows(library), [library]);
  const index = useMemo(() => searchIndex(rows), [rows]);
  const filterFacets = useMemo(
    () => ({
      outlets: facets(rows, (row) => [row.outlet]),
      speakers: facets(rows, (row) => [row.speaker]),
      tags: facets(rows, (row) => row.tags),
    }),
    [rows],
  );
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [view, setView] = useState<View>(initialView);
  const found = useMemo(() => index.search(query), [index, query]);
  const order = useMemo(() => filterRows(rows, found, filter), [rows, found, filter]);
  const shown = useMemo(() => order.map((i) => rows[i]!), [rows, order]);
  const exportInput = async (scope: 'shown' | 'all'): Promise<ExportInput> => ({
    library,
    rows: scope === 'all' ? rows : shown,
    backup,
    outletType: await outletType?.(),
    newId: () => crypto.randomUUID(),
  });
  return (
    <div class="library">
      <header class="top">
        <div class="title-row">
          <h1>{withParts('libraryHeading', [<span class="brand">{t('extName')}</span>])}</h1>
          <p class="muted totals">{t('libraryTotals', [library.articles.length.toLocaleString('en'), rows.length.toLocaleString('en')])}</p>
        </div>
        <input
          class="search"
          type="search"
          placeholder={t('librarySearchPlaceholder')}
          aria-label={t('librarySearch')}
          value={query}
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <ExportPanel input={exportInput} shown={shown.length} total={rows.length} />
        <div class="import-row">
          {onImport && <ImportButton onImport={onImport} />}
          {notice && (
            <span class="notice" role="status">
              {notice}
            </span>
          )}
        </div>
      </header>
      <Filters filter={filter} facets={filterFacets} onChange={setFilter} />
      <main class="results">
        <nav class="tabs" role="tablist" aria-label={t('libraryViews')}>
          {VIEWS.map(([id, label]) => (
            <button key={id} type="button" role="tab" aria-selected={view === id} class={view === id ? 'tab current' : 'tab'} onClick={() => setView(id)}>
              {t(label)}
            </button>
          ))}
          <span class="muted match-count" data-testid="match-count">
            {t('libraryShown', shown.length.toLocaleString('en'))}
          </span>
        </nav>
        {rows.length === 0 ? (
          <p class="empty">{t('libraryEmpty')}</p>
        ) : shown.length === 0 ? (
          <p class="empty">{t('libraryNoMatch')}</p>
        ) : view === 'list' ? (
          <RowList rows={rows} order={order} />
        ) : view === 'speakers' ? (
          <SpeakerView rows={shown} />
        ) : (
          <FiguresView rows={shown} />
        )}
      </main>
    </div>
  );
}
