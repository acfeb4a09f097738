import type { Facet, LibraryFilter, SortOrder } from '../../lib/library/filter';
import type { RowKind } from '../../lib/library/rows';

export interface FilterFacets {
  outlets: Facet[];
  speakers: Facet[];
  tags: Facet[];
}

const KINDS: [RowKind, string][] = [
  ['quote', 'Quotes'],
  ['claim', 'Figures'],
  ['note', 'Notes'],
];

const SORTS: [SortOrder, string][] = [
  ['read', 'Date read (newest)'],
  ['published', 'Date published (newest)'],
  ['updated', 'Last edited'],
  ['outlet', 'Outlet (A–Z)'],
  ['speaker', 'Speaker or source (A–Z)'],
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
        <option value="">Any</option>
        {facets.slice(0, 500).map((facet) => (
          <option key={facet.value} value={facet.value}>
            {facet.value} ({facet.count})
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
      <input type="date" aria-label={`${label} from`} value={from ?? ''} onChange={(event) => onChange(value(event), to)} />
      <input type="date" aria-label={`${label} to`} value={to ?? ''} onChange={(event) => onChange(from, value(event))} />
    </fieldset>
  );
}

export function Filters({ filter, facets, onChange }: Props) {
  const set = (change: Partial<LibraryFilter>): void => onChange({ ...filter, ...change });
  const toggleKind = (kind: RowKind): void =>
    set({ kinds: filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind] });
  return (
    <aside class="filters" aria-label="Filters">
      <fieldset class="field kinds">
        <legend>Show</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind} class="check">
            <input type="checkbox" checked={filter.kinds.includes(kind)} onChange={() => toggleKind(kind)} /> {label}
          </label>
        ))}
      </fieldset>
      <FacetSelect label="Outlet" value={filter.outlet} facets={facets.outlets} onChange={(outlet) => set({ outlet })} />
      <FacetSelect label="Speaker or source" value={filter.speaker} facets={facets.speakers} onChange={(speaker) => set({ speaker })} />
      <FacetSelect label="Tag" value={filter.tag} facets={facets.tags} onChange={(tag) => set({ tag })} />
      <DateRange label="Read" from={filter.readFrom} to={filter.readTo} onChange={(readFrom, readTo) => set({ readFrom, readTo })} />
      <DateRange label="Published" from={filter.publishedFrom} to={filter.publishedTo} onChange={(publishedFrom, publishedTo) => set({ publishedFrom, publishedTo })} />
      <label class="field">
        <span>Sort by</span>
        <select value={filter.sort} onChange={(event) => set({ sort: (event.currentTarget as HTMLSelectElement).value as SortOrder })}>
          {SORTS.map(([sort, label]) => (
            <option key={sort} value={sort}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </aside>
  );
}
