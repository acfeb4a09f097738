import type { Backup } from '../store/backup';
import type { ExportJob, Piece } from './job';

// The JSON backup (lib/store/backup.ts: format, version and schema version inside), written one
// record at a time so a 100k-record backup does not hold the page in one JSON.stringify.

export function backupJob(backup: Backup, fileName = `sourcelight-backup-${backup.exportedAt.slice(0, 10)}.json`): ExportJob {
  const { articles, items, notes, corrections = [], ...head } = backup;
  const lists = { articles, items, notes, corrections };
  return {
    fileName,
    mimeType: 'application/json',
    total: articles.length + items.length + notes.length + corrections.length,
    *pieces(): Iterable<Piece> {
      yield JSON.stringify(head).slice(0, -1);
      for (const [name, records] of Object.entries(lists)) {
        yield `,\n${JSON.stringify(name)}:[`;
        for (const [index, record] of records.entries()) yield `${index === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`;
        yield ']';
      }
      yield '}\n';
    },
  };
}
