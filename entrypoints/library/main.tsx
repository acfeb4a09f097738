import { render } from 'preact';
import { LibraryPage } from '../../components/library/LibraryPage';
import { outletTypeFromIndex } from '../../lib/export/outlet-type';
import { liveLibrary } from '../../lib/library/library';
import { exportAll } from '../../lib/store/backup';
import { openStore } from '../../lib/store/db';
import './style.css';

// The library reads the store straight from this page: an extension page shares the background's
// origin, so the database is the same one, and 100k records need not be cloned through a message.
// It only reads; every write stays with the background.
async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  try {
    const db = await openStore();
    const backup = await exportAll(db);
    db.close();
    const outletType = async () => outletTypeFromIndex((await import('../../lib/outlets/load-tables')).outletIndex());
    render(<LibraryPage library={liveLibrary(backup)} backup={backup} outletType={outletType} />, app);
  } catch (error) {
    app.innerHTML = '';
    const message = document.createElement('p');
    message.className = 'problem';
    message.textContent = `Sourcelight could not open your library: ${error instanceof Error ? error.message : String(error)}`;
    app.append(message);
  }
}

void main();
