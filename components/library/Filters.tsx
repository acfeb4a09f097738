import { t, type MessageKey } from '../../lib/i18n';
import type { Facet, LibraryFilter, SortOrder } from '../../lib/library/filter';
import type { RowKind } from '../../lib/library/rows';

export interface FilterFacets {
  outlets: Facet[];
  speakers: Facet[];
  tags: Facet[];
}

const KINDS: [RowKind, MessageKey][] = [
  ['quote', 'filtersQuotes'],
  ['claim', 'filtersFigures'],
  ['note', 'filtersNotes'],
];

const SORTS: [SortOrder, MessageKey][] = [
  ['read', 'sortRead'],
  ['published', 'sortPublished'],
  ['updated', 'sortUpdated'],
  ['outlet', 'sortOutlet'],
  ['speaker', 'sortSpeaker'],
];

interface Props {
  filter: LibraryFilter;
  facets: FilterFacets;
  onChange: (filter: LibraryFilter) => void;
}

/** A select over a facet's values, "any" first; the counts say how much each holds. */
function FacetSelect({ label, value, facets, onChange }: { label: string; value: string | null; facets: Facet[]; onChange: (value: string | null) => void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value || null)}>
        <option value="">{t('filtersAny')}</option>
        {facets.slice(0, 500).map((facet) => (
          <option key={facet.value} value={facet.value}>
            {t('filtersFacet', [facet.value, `${facet.count}`])}
          </option>
        ))}
      </select>
    </label>
  );
}

function DateRange({ label, from, to, onChange }: { label: string; from: string | null; to: string | null; onChange: (from: string | null, to: string | null) => void }) {
  const value = (event: Event): string | null => (event.currentTarget as HTMLInputElement).value || null;
  return (
    <fieldset class="field dates">
      <legend>{label}</legend>
      <input type="date" aria-label={t('filtersFrom', label)} value={from ?? ''} onChange={(event) => onChange(value(event), to)} />
      <input type="date" aria-label={t('filtersTo', label)} value={to ?? ''} onChange={(event) => onChange(from, value(event))} />
    </fieldset>
  );
}

export function Filters({ filter, facets, onChange }: Props) {
  const set = (change: Partial<LibraryFilter>): void => onChange({ ...filter, ...change });
  const toggleKind = (kind: RowKind): void => set({ kinds: filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind] });
  return (
    <aside class="filters" aria-label={t('filtersLabel')}>
      <fieldset class="field kinds">
        <legend>{t('filtersShow')}</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind} class="check">
            <input type="checkbox" checked={filter.kinds.includes(kind)} onChange={() => toggleKind(kind)} /> {t(label)}
          </label>
        ))}
      </fieldset>
      <FacetSelect label={t('filtersOutlet')} value={filter.outlet} facets={facets.outlets} onChange={(outlet) => set({ outlet })} />
      <FacetSelect label={t('filtersSpeaker')} value={filter.speaker} facets={facets.speakers} onChange={(speaker) => set({ speaker })} />
      <FacetSelect label={t('filtersTag')} value={filter.tag} facets={facets.tags} onChange={(tag) => set({ tag })} />
      <DateRange label={t('filtersRead')} from={filter.readFrom} to={filter.readTo} onChange={(readFrom, readTo) => set({ readFrom, readTo })} />
      <DateRange label={t('filtersPublished')} from={filter.publishedFrom} to={filter.publishedTo} onChange={(publishedFrom, publishedTo) => set({ publishedFrom, publishedTo })} />
      <label class="field">
        <span>{t('filtersSortBy')}</span>
        <select value={filter.sort} onChange={(event) => set({ sort: (event.currentTarget as HTMLSelectElement).value as SortOrder })}>
          {SORTS.map(([sort, label]) => (
            <option key={sort} value={sort}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
    </aside>
  );
}
