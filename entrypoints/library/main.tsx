import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { outletTypeFromIndex } from '../../lib/export/outlet-type';
import { t } from '../../lib/i18n';
import { readBackupFile } from '../../lib/library/backup-file';
import { importInParts, type ImportSender } from '../../lib/library/import-parts';
import { liveLibrary } from '../../lib/library/library';
import { handleMessages, ok, sendToRuntime } from '../../lib/messages';
import { exportAll } from '../../lib/store/backup';
import { openStore } from '../../lib/store/db';
import '../../components/palette.css';
import './style.css';

// The library reads the store straight from this page: an extension page shares the background's
// origin, so the database is the same one, and 100k records need not be cloned through a message.
// Writes (an import) go to the background, the one place the store is written.

const app = document.getElementById('app')!;
// index.html says these in English until this script runs.
document.title = t('libraryPageTitle');
app.querySelector('.loading')?.replaceChildren(t('libraryOpening'));
const outletType = async () => outletTypeFromIndex((await import('../../lib/outlets/load-tables')).outletIndex());

/** The background's import messages, from this page. */
const importSender: ImportSender = {
  start: (head, lists) => sendToRuntime('sourcelight/notes/import-start', { head, lists }),
  part: (importId, part) => sendToRuntime('sourcelight/notes/import-part', { importId, part }),
  finish: (importId) => sendToRuntime('sourcelight/notes/import-finish', { importId }),
};

async function importBackup(text: string, onProgress: (fraction: number) => void): Promise<void> {
  const read = readBackupFile(text);
  if (!read.ok) throw new Error(read.error);
  const result = await importInParts(read.backup, importSender, onProgress);
  if (!result.ok) throw new Error(result.error);
  const { articles, items, notes, corrections } = result.value;
  await show(t('libraryImported', [`${articles}`, `${items}`, `${notes}`, `${corrections}`]));
}

async function show(notice: string | null = null): Promise<void> {
  try {
    const db = await openStore();
    const backup = await exportAll(db);
    db.close();
    render(<LibraryPage library={liveLibrary(backup)} backup={backup} outletType={outletType} onImport={importBackup} notice={notice} />, app);
  } catch (error) {
    app.innerHTML = '';
    const message = document.createElement('p');
    message.className = 'problem';
    message.textContent = t('libraryCouldNotOpen', error instanceof Error ? error.message : String(error));
    app.append(message);
  }
}

void show();

// A note written, an item kept or a correction made elsewhere (the side panel, another tab) shows up here too: the
// background announces every change; a burst of them reads the store once.
let pending: ReturnType<typeof setTimeout> | undefined;
const showAgain = () => {
  clearTimeout(pending);
  pending = setTimeout(() => void show(), 300);
  return ok(null);
};
handleMessages({ 'sourcelight/notes/changed': showAgain, 'sourcelight/corrections/changed': showAgain });
