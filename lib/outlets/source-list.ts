import Papa from 'papaparse';
import { outletKeys } from './domain';
import type { SourceListEntry } from '../store/schema';
import { t } from '../i18n';

// A researcher's own source list: a CSV with a domain column (a bare domain or a URL) and any
// other columns. A file with any bad line is refused whole, with the line named, so an import
// never leaves half a list behind.

export interface ParsedSourceList {
  columns: string[];
  entries: SourceListEntry[];
}

export type SourceListResult = { ok: true; list: ParsedSourceList } | { ok: false; error: string };

const DOMAIN_COLUMN = /^(domain|site|website|url|host|hostname)$/i;

/** The domain a cell names, the way the outlet card files outlets: registrable domain, else host. */
export function domainOf(cell: string): string | null {
  const value = cell.trim();
  if (!value) return null;
  const keys = outletKeys(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  return keys ? (keys.registrable ?? keys.host) : null;
}

export function parseSourceList(text: string, fileName: string): SourceListResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const [error] = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  const lineOf = (row: number): number => row + 2;
  if (error) {
    const line = typeof error.index === 'number' ? text.slice(0, error.index).split('\n').length : lineOf(error.row ?? 0);
    return { ok: false, error: t('sourceListBadLine', [fileName, `${line}`, error.message]) };
  }
  const header = parsed.meta.fields ?? [];
  const domainColumn = header.find((h) => DOMAIN_COLUMN.test(h));
  if (!domainColumn) return { ok: false, error: t('sourceListNoDomainColumn', fileName) };
  const columns = header.filter((h) => h !== domainColumn && h !== '');
  const entries: SourceListEntry[] = [];
  for (const [i, row] of parsed.data.entries()) {
    const domain = domainOf(row[domainColumn] ?? '');
    if (!domain) return { ok: false, error: t('sourceListNotDomain', [fileName, `${lineOf(i)}`, row[domainColumn] ?? '']) };
    entries.push({ domain, fields: Object.fromEntries(columns.map((c) => [c, (row[c] ?? '').trim()])) });
  }
  if (!entries.length) return { ok: false, error: t('sourceListEmpty', fileName) };
  return { ok: true, list: { columns, entries } };
}
