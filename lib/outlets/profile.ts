import { NEWSSITES, perennialSources, STATE_MEDIA, WIKIDATA_NEWSPAPERS, type Provenance } from './provenance';
import type { NewspaperRow, NewssiteRow, OutletTables, PerennialEntryRow, StateMediaRow } from './tables';

// What the open tables say about one domain. Each fact keeps its own source, never merged with
// another table's: the reader sees who says what, with its date and licence.

export type Sourced<T> = T & { source: Provenance };

export interface ReliabilityEntry {
  /** The RSP entry (`Fox News (talk shows)`). */
  entry: string;
  /** RSP code: gr, nc, gu, d, b, m. */
  status: string;
  statusLabel: string;
  /** Topic or time scope of the entry, or an abbreviation. */
  qualifier: string | null;
  summary: string;
  /** Year of the latest discussion; null for the 2021 snapshot. */
  lastDiscussed: string | null;
  /** The entry on the RSP page (or the outlet's article, for 2021 entries). */
  url: string;
}

export interface StateMediaFacts {
  name: string;
  owner: string | null;
  country: string | null;
  /** State Media Monitor code(s): SC, CaPu, CaPr, ISFM, ISF, ISM, IP. */
  typology: string;
  /** The typology's own words, e.g. `Independent public media (…)`: never shortened to "state media". */
  label: string;
}

export interface NewspaperFacts {
  wikidataId: string;
  name: string;
  owner: string | null;
  country: string | null;
  language: string | null;
  founded: string | null;
}

export interface OutletProfile {
  /** The table key that matched: the page's host or its registrable domain. */
  domain: string;
  /** The best name the tables give: the curated list's, else RSP's, else the state-media table's, else Wikidata's. */
  name: string;
  wikidata: Sourced<{ id: string; name: string }> | null;
  reliability: Sourced<{ entries: ReliabilityEntry[] }> | null;
  stateMedia: Sourced<StateMediaFacts> | null;
  newspaper: Sourced<NewspaperFacts> | null;
}

export interface OutletIndex {
  profile(domain: string): OutletProfile | null;
  /** The domain of the outlet the tables call `name` (`the New York Times` → nytimes.com), or null. */
  domainNamed(name: string): string | null;
}

/** A name as the tables and articles both write it: no leading article, no case, no punctuation. */
export const nameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[’'.,]/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const orNull = (s: string): string | null => s.trim() || null;

const byDomain = <Row extends [string, ...unknown[]]>(rows: readonly Row[]): Map<string, Row> => new Map(rows.map((r) => [r[0], r]));

function reliability(entries: PerennialEntryRow[]): Sourced<{ entries: ReliabilityEntry[] }> | null {
  const [first] = entries;
  if (!first) return null;
  return {
    // Entries on one domain come from one snapshot (the 2021 file only filled gaps).
    source: perennialSources(first[7]),
    entries: entries.map(([entry, status, statusLabel, qualifier, summary, last, url]) => ({
      entry,
      status,
      statusLabel,
      qualifier: orNull(qualifier),
      summary,
      lastDiscussed: orNull(last),
      url,
    })),
  };
}

const stateMedia = ([, name, owner, country, typology, label]: StateMediaRow): Sourced<StateMediaFacts> => ({
  source: STATE_MEDIA,
  name,
  owner: orNull(owner),
  country: orNull(country),
  typology,
  label,
});

const newspaper = ([, wikidataId, name, owner, country, language, founded, modified]: NewspaperRow): Sourced<NewspaperFacts> => ({
  source: { ...WIKIDATA_NEWSPAPERS, date: modified || WIKIDATA_NEWSPAPERS.date },
  wikidataId,
  name,
  owner: orNull(owner),
  country: orNull(country),
  language: orNull(language),
  founded: orNull(founded),
});

const wikidata = ([, id, name]: NewssiteRow): Sourced<{ id: string; name: string }> => ({ source: NEWSSITES, id, name });

/** Maps from domain to row, built once per set of tables. */
export function indexOutletTables(tables: OutletTables): OutletIndex {
  const newssites = byDomain(tables.newssites);
  const perennial = new Map(tables.perennial.domains.map(([domain, ...entries]) => [domain, entries]));
  const states = byDomain(tables.stateMedia);
  const papers = byDomain(tables.newspapers);
  // Only names the ledger found in a citing context are looked up, so one-word names (Reuters) are safe.
  const names = new Map<string, string>();
  const addName = (name: string, domain: string): void => {
    const key = nameKey(name);
    if (key.length < 2) return;
    // Several domains for one name (reut.rs, reuters.com): keep the one that spells the name.
    const spells = (d: string): boolean => d.replace(/[^a-z0-9]/g, '').includes(key.replace(/[^a-z0-9]/g, ''));
    const held = names.get(key);
    if (held === undefined || (!spells(held) && spells(domain))) names.set(key, domain);
  };
  for (const [domain, , name] of tables.newssites) addName(name, domain);
  for (const [domain, ...entries] of tables.perennial.domains) entries.forEach((i) => addName(tables.perennial.entries[i]?.[0] ?? '', domain));
  return {
    domainNamed: (name) => names.get(nameKey(name)) ?? null,
    profile(domain) {
      const site = newssites.get(domain);
      const rsp = reliability((perennial.get(domain) ?? []).map((i) => tables.perennial.entries[i]).filter((e): e is PerennialEntryRow => e !== undefined));
      const state = states.get(domain);
      const paper = papers.get(domain);
      if (!site && !rsp && !state && !paper) return null;
      const name = site?.[2] || rsp?.entries[0]?.entry || state?.[1] || paper?.[2] || domain;
      return {
        domain,
        name,
        wikidata: site ? wikidata(site) : null,
        reliability: rsp,
        stateMedia: state ? stateMedia(state) : null,
        newspaper: paper ? newspaper(paper) : null,
      };
    },
  };
}
