// The compact tables `npm run outlets` compiles from data/outlets/*.csv, one per source because
// their licences differ. Rows are arrays, not objects: a third of the size, and cheap to type-check.

/** domain, Wikidata id, name (newssites-qid.csv, Apache-2.0). */
export type NewssiteRow = [domain: string, qid: string, name: string];

/** One entry of Wikipedia's perennial sources list (perennial-sources.csv, CC BY-SA 4.0). */
export type PerennialEntryRow = [name: string, status: string, statusLabel: string, qualifier: string, summary: string, lastDiscussed: string, url: string, snapshot: string];

/** domain, then the indexes of its entries in `entries`. */
export type PerennialDomainRow = [domain: string, ...entries: number[]];

export interface PerennialTable {
  entries: PerennialEntryRow[];
  domains: PerennialDomainRow[];
}

/** domain, outlet, owner, country, typology code(s), the typology's label (state-media.csv, MIT). */
export type StateMediaRow = [domain: string, name: string, owner: string, country: string, typology: string, label: string];

/** domain, Wikidata id, name, owner, country, language, founding year, last modified (wikidata-newspapers.csv, CC0). */
export type NewspaperRow = [domain: string, qid: string, name: string, owner: string, country: string, language: string, founded: string, modified: string];

export interface OutletTables {
  newssites: NewssiteRow[];
  perennial: PerennialTable;
  stateMedia: StateMediaRow[];
  newspapers: NewspaperRow[];
}

/** The CSV file each compiled table comes from, and the JSON file it compiles to. */
export const TABLE_FILES = {
  newssites: 'newssites-qid',
  perennial: 'perennial-sources',
  stateMedia: 'state-media',
  newspapers: 'wikidata-newspapers',
} as const satisfies Record<keyof OutletTables, string>;
