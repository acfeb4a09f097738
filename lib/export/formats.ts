import type { Backup } from '../store/backup';
import type { Library } from '../library/library';
import type { LibraryRow } from '../library/rows';
import { selectionOf } from '../library/selection';
import { backupJob } from './backup-json';
import { bibtexJob } from './bibtex';
import { cslJsonJob } from './csl-json';
import { csvJob } from './csv';
import type { ExportJob } from './job';
import { markdownZipJob } from './markdown-zip';
import type { OutletTypeOf } from './outlet-type';
import { webAnnotationJob } from './web-annotation';

// The export formats the library offers, each made from the rows on show (a selection or all).

export interface ExportInput {
  library: Library;
  rows: readonly LibraryRow[];
  /** The whole store, deleted-but-restorable records included, for the backup. */
  backup: Backup;
  outletType?: OutletTypeOf;
  newId: () => string;
}

export interface ExportFormat {
  id: string;
  label: string;
  /** What the file is for, in a few words. */
  hint: string;
  /** True when the format always holds the whole collection. */
  everything?: boolean;
  job(input: ExportInput): ExportJob;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'markdown', label: 'Markdown (Obsidian)', hint: 'a zip, one note per article', job: ({ library, rows }) => markdownZipJob(selectionOf(library, rows)) },
  { id: 'csv', label: 'CSV', hint: 'spreadsheets, R, pandas', job: ({ rows }) => csvJob(rows) },
  { id: 'web-annotation', label: 'Web Annotation', hint: 'W3C JSON-LD', job: ({ library, rows, newId }) => webAnnotationJob(selectionOf(library, rows), `urn:uuid:${newId()}`) },
  { id: 'csl-json', label: 'CSL-JSON', hint: 'Zotero, Pandoc', job: ({ library, rows, outletType }) => cslJsonJob(selectionOf(library, rows).articles, outletType) },
  { id: 'bibtex', label: 'BibTeX', hint: 'Zotero, LaTeX', job: ({ library, rows, outletType }) => bibtexJob(selectionOf(library, rows).articles, outletType) },
  { id: 'backup', label: 'JSON backup', hint: 'everything, to import again', everything: true, job: ({ backup }) => backupJob(backup) },
];
