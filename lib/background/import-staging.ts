import { RECORD_LISTS, type BackupHead, type BackupPart, type RecordList } from '../library/import-parts';
import type { Backup } from '../store/backup';

// The parts of a backup being imported (lib/library/import-parts.ts), held until the last has come.
// One import at a time: starting another drops an unfinished one, whose next part is then refused.

export const IMPORT_INTERRUPTED = 'The import was interrupted (another import began, or Sourcelight restarted): nothing was imported. Import the file again.';
export const NOT_A_BACKUP = 'This file is not a Sourcelight backup.';

export interface ImportStaging {
  /** Begins an import with the backup's head and the record lists it has; its id, or null for what is no backup. */
  start(head: BackupHead, lists: RecordList[]): string | null;
  /** Adds a part's records; why not, or null. */
  add(importId: string, part: BackupPart): string | null;
  /** The whole backup, taken out of staging; null when no such import is under way. */
  take(importId: string): Backup | null;
}

export function createImportStaging(newId: () => string = () => crypto.randomUUID()): ImportStaging {
  let staged: { id: string; backup: Backup } | null = null;
  return {
    start(head, lists) {
      if (typeof head !== 'object' || head === null || !Array.isArray(lists) || !lists.every((list) => RECORD_LISTS.includes(list))) return null;
      const id = newId();
      // A list the file lacks stays missing, so the whole is refused as incomplete.
      staged = { id, backup: { ...head, ...Object.fromEntries(lists.map((list) => [list, []])) } as Backup };
      return id;
    },
    add(importId, part) {
      if (!staged || staged.id !== importId) return IMPORT_INTERRUPTED;
      const list: unknown = staged.backup[part?.list];
      if (!RECORD_LISTS.includes(part?.list) || !Array.isArray(list) || !Array.isArray(part.records)) return NOT_A_BACKUP;
      // One at a time: spreading a long part into push() would overflow the stack.
      for (const record of part.records) list.push(record);
      return null;
    },
    take(importId) {
      if (!staged || staged.id !== importId) return null;
      const { backup } = staged;
      staged = null;
      return backup;
    },
  };
}
