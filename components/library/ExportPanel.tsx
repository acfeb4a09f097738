import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import { EXPORT_FORMATS, type ExportFormat, type ExportInput } from '../../lib/export/formats';
import { runExport } from '../../lib/export/run';
import { saveFile } from './download';

type Scope = 'shown' | 'all';

interface Props {
  /** The input for the rows on show and for everything. */
  input: (scope: Scope) => Promise<ExportInput>;
  shown: number;
  total: number;
}

// Each format's name and tooltip in the reader's language, by its id (lib/export names them in
// English, for a format added there before it is translated here).
const FORMAT_WORDS: Record<string, [label: MessageKey, hint: MessageKey]> = {
  markdown: ['exportMarkdown', 'exportMarkdownHint'],
  csv: ['exportCsv', 'exportCsvHint'],
  'web-annotation': ['exportWebAnnotation', 'exportWebAnnotationHint'],
  'csl-json': ['exportCslJson', 'exportCslJsonHint'],
  bibtex: ['exportBibtex', 'exportBibtexHint'],
  backup: ['exportBackup', 'exportBackupHint'],
};

function wordsOf(format: ExportFormat): { label: string; hint: string } {
  const keys = FORMAT_WORDS[format.id];
  return keys ? { label: t(keys[0]), hint: t(keys[1]) } : format;
}

type Status = { phase: 'idle' } | { phase: 'running'; label: string; fraction: number } | { phase: 'done'; message: string } | { phase: 'error'; message: string };

/** Export buttons: the rows on show or everything, written in slices with a progress bar. */
export function ExportPanel({ input, shown, total }: Props) {
  const [scope, setScope] = useState<Scope>('shown');
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const run = async (id: string): Promise<void> => {
    const format = EXPORT_FORMATS.find((f) => f.id === id)!;
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ phase: 'running', label: wordsOf(format).label, fraction: 0 });
    try {
      const job = format.job(await input(format.everything ? 'all' : scope));
      const blob = await runExport(job, { signal: controller.signal, onProgress: (fraction) => setStatus({ phase: 'running', label: wordsOf(format).label, fraction }) });
      saveFile(blob, job.fileName);
      setStatus({ phase: 'done', message: t('exportSaved', [job.fileName, formatBytes(blob.size)]) });
    } catch (error) {
      setStatus(controller.signal.aborted ? { phase: 'idle' } : { phase: 'error', message: t('exportFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      abort.current = null;
    }
  };
  const running = status.phase === 'running';
  return (
    <section class="export" aria-label={t('exportLabel')}>
      <div class="export-scope" role="radiogroup" aria-label={t('exportScope')}>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'shown'} onChange={() => setScope('shown')} /> {t('exportShown', shown.toLocaleString('en'))}
        </label>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('exportAll', total.toLocaleString('en'))}
        </label>
      </div>
      <div class="export-buttons">
        {EXPORT_FORMATS.map((format) => (
          <button key={format.id} type="button" disabled={running} title={wordsOf(format).hint} data-format={format.id} onClick={() => void run(format.id)}>
            {wordsOf(format).label}
          </button>
        ))}
      </div>
      {status.phase === 'running' && (
        <div class="export-progress">
          <progress max={1} value={status.fraction} aria-label={t('exportRunning', status.label)} />
          <span>{Math.round(status.fraction * 100)}%</span>
          <button type="button" class="link" onClick={() => abort.current?.abort()}>
            {t('exportCancel')}
          </button>
        </div>
      )}
      {status.phase === 'done' && (
        <p class="export-done" role="status">
          {status.message}
        </p>
      )}
      {status.phase === 'error' && (
        <p class="problem" role="alert">
          {status.message}
        </p>
      )}
    </section>
  );
}

const formatBytes = (bytes: number): string =>
  bytes < 1024 ? t('sizeBytes', `${bytes}`) : bytes < 1024 ** 2 ? t('sizeKilobytes', (bytes / 1024).toFixed(1)) : t('sizeMegabytes', (bytes / 1024 ** 2).toFixed(1));
