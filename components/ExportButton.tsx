import { useState } from 'preact/hooks';
import { backupJob } from '../lib/export/backup-json';
import { runExport } from '../lib/export/run';
import { t } from '../lib/i18n';
import { exportAll } from '../lib/store/backup';
import { openStore } from '../lib/store/db';
import { saveFile } from './library/download';

/**
 * Saves every note, kept item and correction as one JSON file (lib/store/backup.ts), the reader's
 * backup. Read from the store here, as the library does (an extension page, the background's
 * origin): a large collection's backup is more than one message may carry (64 MiB in Chrome).
 */
export function ExportButton() {
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    try {
      const db = await openStore();
      const backup = await exportAll(db).finally(() => db.close());
      const job = backupJob(backup, `sourcelight-notes-${backup.exportedAt.slice(0, 10)}.json`);
      saveFile(await runExport(job), job.fileName);
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <p class="export">
      <button type="button" class="link" onClick={() => void save()}>
        {t('panelExport')}
      </button>
      {problem && <span class="problem"> {problem}</span>}
    </p>
  );
}
