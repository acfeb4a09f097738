import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Props {
  /** Imports the file's text, telling how far it got (0…1); resolves once done, or rejects with why not. */
  onImport: (text: string, onProgress: (fraction: number) => void) => Promise<void>;
}

/** "Import a backup": a file picker; a refused file is named with the reason, and nothing changes. */
export function ImportButton({ onImport }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const choose = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setProgress(0);
    setProblem(null);
    try {
      await onImport(await file.text(), setProgress);
    } catch (error) {
      setProblem(t('importRefused', [file.name, error instanceof Error ? error.message : String(error)]));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="import">
      <label class="button">
        {busy ? t('importing') : t('importBackup')}
        <input type="file" accept=".json,application/json" hidden disabled={busy} aria-label={t('importBackup')} onChange={(event) => void choose(event)} />
      </label>
      {busy && <progress class="import-progress" max={1} value={progress} aria-label={t('importing')} />}
      {problem && (
        <span class="problem" role="alert">
          {' '}
          {problem}
        </span>
      )}
    </span>
  );
}
