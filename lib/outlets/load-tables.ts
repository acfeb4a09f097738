import newssites from '../../data/outlets/compiled/newssites-qid.json';
import perennial from '../../data/outlets/compiled/perennial-sources.json';
import stateMedia from '../../data/outlets/compiled/state-media.json';
import newspapers from '../../data/outlets/compiled/wikidata-newspapers.json';
import { indexOutletTables, type OutletIndex } from './profile';
import type { OutletTables } from './tables';

// The compiled tables, bundled. Import this only where the outlet data is wanted — the popup's
// worker and the command line — so that ~290 KB never reaches the content script.

export const OUTLET_TABLES = { newssites, perennial, stateMedia, newspapers } as unknown as OutletTables;

let index: OutletIndex | null = null;

/** The index over the bundled tables, built on first use. */
export const outletIndex = (): OutletIndex => (index ??= indexOutletTables(OUTLET_TABLES));
