import { useState } from 'preact/hooks';
import { sendToRuntime } from '../lib/messages';
import { t } from '../lib/i18n';

/** Saves every note and kept item as one JSON file (lib/store/backup.ts), the reader's backup. */
export function ExportButton() {
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    const backup = await sendToRuntime('sourcelight/notes/export', null);
    if (!backup.ok) return setProblem(backup.error);
    setProblem(null);
    const url = URL.createObjectURL(new Blob([JSON.stringify(backup.value, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `sourcelight-notes-${backup.value.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
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
