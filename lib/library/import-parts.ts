import type { Result } from '../messages';
import type { Backup, ImportCounts } from '../store/backup';

// A backup goes to the background in parts: Chrome refuses a message over 64 MiB ("Message
// exceeded maximum allowed size"), and a backup of a large collection is more than that. The
// background holds the parts until the last has come, then checks and imports the whole backup in
// one transaction, so a refused or interrupted import still changes nothing.

export const RECORD_LISTS = ['articles', 'items', 'notes', 'corrections'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

/** The backup without its record lists: its format, version and the small lists kept whole. */
export type BackupHead = Omit<Backup, RecordList>;

export interface BackupPart {
  list: RecordList;
  records: unknown[];
}

/** Well under Chrome's 64 MiB a message, counted in JSON characters (UTF-16 units, so bytes ≤ 3×). */
export const PART_CHARS = 8_000_000;

export interface SplitBackup {
  head: BackupHead;
  /** The record lists the backup has (one without them is incomplete, and refused). */
  lists: RecordList[];
  parts: BackupPart[];
}

/** The backup's records in parts of at most about `maxChars` of JSON each (a larger record goes alone). */
export function backupParts(backup: Backup, maxChars = PART_CHARS): SplitBackup {
  const { articles, items, notes, corrections, ...head } = backup;
  const all: Record<RecordList, unknown> = { articles, items, notes, corrections };
  const lists = RECORD_LISTS.filter((list) => Array.isArray(all[list]));
  const parts: BackupPart[] = [];
  for (const list of lists) {
    let records: unknown[] = [];
    let chars = 0;
    for (const record of all[list] as unknown[]) {
      const size = JSON.stringify(record)?.length ?? 4;
      if (records.length > 0 && chars + size > maxChars) {
        parts.push({ list, records });
        [records, chars] = [[], 0];
      }
      records.push(record);
      chars += size;
    }
    if (records.length > 0) parts.push({ list, records });
  }
  return { head, lists, parts };
}

/** The three messages of an import, as the page sends them. */
export interface ImportSender {
  start(head: BackupHead, lists: RecordList[]): Promise<Result<string>>;
  part(importId: string, part: BackupPart): Promise<Result<null>>;
  finish(importId: string): Promise<Result<ImportCounts>>;
}

/** Sends `backup` in parts, reporting the share sent (0…1); the background's answer to the last. */
export async function importInParts(backup: Backup, send: ImportSender, onProgress?: (fraction: number) => void, maxChars = PART_CHARS): Promise<Result<ImportCounts>> {
  const { head, lists, parts } = backupParts(backup, maxChars);
  const started = await send.start(head, lists);
  if (!started.ok) return started;
  for (const [index, part] of parts.entries()) {
    onProgress?.(index / (parts.length + 1));
    const sent = await send.part(started.value, part);
    if (!sent.ok) return sent;
  }
  onProgress?.(parts.length / (parts.length + 1));
  return send.finish(started.value);
}
