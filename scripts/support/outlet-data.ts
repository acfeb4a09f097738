import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileOutletTables, type OutletCsvs } from '../../lib/outlets/compile';
import { TABLE_FILES, type OutletTables } from '../../lib/outlets/tables';

// Where the outlet CSVs and their compiled tables live, and the compiled files' exact text.

export const OUTLET_DATA = resolve(import.meta.dirname, '../../data/outlets');
export const COMPILED = join(OUTLET_DATA, 'compiled');

export const compiledPath = (table: keyof OutletTables): string => join(COMPILED, `${TABLE_FILES[table]}.json`);

export function readOutletCsvs(): OutletCsvs {
  const read = (table: keyof OutletTables): string => readFileSync(join(OUTLET_DATA, `${TABLE_FILES[table]}.csv`), 'utf8');
  return { newssites: read('newssites'), perennial: read('perennial'), stateMedia: read('stateMedia'), newspapers: read('newspapers') };
}

/** One row per line, so a change to a CSV shows as a readable diff of the compiled file. */
const rowsJson = (rows: readonly unknown[]): string => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;

/** The text of each compiled file for `tables`. */
export function serializeTables(tables: OutletTables): Record<keyof OutletTables, string> {
  return {
    newssites: `${rowsJson(tables.newssites)}\n`,
    perennial: `{"entries":${rowsJson(tables.perennial.entries)},\n"domains":${rowsJson(tables.perennial.domains)}}\n`,
    stateMedia: `${rowsJson(tables.stateMedia)}\n`,
    newspapers: `${rowsJson(tables.newspapers)}\n`,
  };
}

export const compileFromCsvs = (): Record<keyof OutletTables, string> => serializeTables(compileOutletTables(readOutletCsvs()));
