import { browser, type Browser } from '#imports';
import { fail, ok, sendToTab, type Handlers, type Result } from '../messages';
import { backupFileProblem } from '../library/backup-file';
import { importBackup } from '../store/backup';
import { addNote, deleteRecord, editNote, keepItem, listPage, listTags, purgeDeleted, restoreRecord, type Kind } from '../store/collection';
import { openStore, type Store } from '../store/db';
import { toStoreError } from '../store/errors';
import { t } from '../i18n';
import { changeProblem, itemProblem, noteProblem, pageProblem } from '../store/validate';
import { correctedItems } from '../library/corrected';
import { listCorrections, purgeUndone } from '../store/corrections';
import { correctionsHandlers } from './corrections';
import { createImportStaging, IMPORT_INTERRUPTED, NOT_A_BACKUP } from './import-staging';
import { isContentScriptOf, isExtensionPage, isOwnContentScript, NOT_ALLOWED } from './senders';

// The one place notes are written: every context asks the background, which holds the only
// connection to the database (in the extension's origin, never a web site's).

/** How long a deleted note or item can still be restored before it is removed for good. */
export const KEEP_DELETED_MS = 30 * 24 * 60 * 60 * 1000;

type Sender = Browser.runtime.MessageSender;

const KINDS: readonly Kind[] = ['notes', 'items'];

/** Tells every extension page and tab that an article's records changed; nobody listening is fine. */
async function announceChange(articleId: string): Promise<void> {
  const request = { articleId };
  void browser.runtime.sendMessage({ type: 'sourcelight/notes/changed', request }).catch(() => undefined);
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'sourcelight/notes/changed', request))));
}

/** The notes handlers over the database `open` gives (the real one by default; tests pass their own). */
export function notesHandlers(open: () => Promise<Store> = () => openStore()): Handlers {
  let connection: Promise<Store> | null = null;

  // Opened on first use and reused; a failed or closed connection is opened afresh next time
  // (the service worker may have been stopped, or another version asked us to close).
  const store = (): Promise<Store> => {
    connection ??= open().then(
      async (db) => {
        db.addEventListener('close', () => (connection = null));
        await purgeDeleted(db, Date.now() - KEEP_DELETED_MS).catch(() => 0);
        await purgeUndone(db, Date.now() - KEEP_DELETED_MS).catch(() => 0);
        return db;
      },
      (error: unknown) => {
        connection = null;
        throw error;
      },
    );
    return connection;
  };

  /** Runs `work` on the store; a failure becomes the message the reader sees. */
  const withStore = async <T>(work: (db: Store) => Promise<T>): Promise<Result<T>> => {
    try {
      return ok(await work(await store()));
    } catch (error) {
      const problem = toStoreError(error);
      return fail(problem.key ? t(problem.key, problem.substitutions) : problem.message);
    }
  };

  const imports = createImportStaging();

  const mayActFor = (sender: Sender, url: string): boolean => isExtensionPage(sender) || isContentScriptOf(sender, url);

  const changed = <T extends { articleId: string }>(result: Result<T>): Result<T> => {
    if (result.ok) void announceChange(result.value.articleId);
    return result;
  };

  return {
    ...correctionsHandlers(withStore, mayActFor),
    'sourcelight/notes/page': (location, sender) => {
      if (typeof location?.url !== 'string') return fail('No page given.');
      if (!mayActFor(sender, location.url)) return fail(NOT_ALLOWED);
      return withStore(async (db) => {
        const page = await listPage(db, location.url, location.canonicalUrl ?? null);
        if (!page.article) return page;
        // Kept items as the reader corrected them (the side panel lists them so; the page matches them by their words).
        const corrections = await listCorrections(db, location.url, location.canonicalUrl ?? null);
        return { ...page, items: correctedItems([page.article], page.items, corrections) };
      });
    },
    'sourcelight/notes/add': async ({ page, note }, sender) => {
      const problem = pageProblem(page) ?? noteProblem(note);
      if (problem) return fail(problem);
      if (!mayActFor(sender, page.url)) return fail(NOT_ALLOWED);
      return changed(await withStore((db) => addNote(db, page, note)));
    },
    'sourcelight/notes/keep': async ({ page, item }, sender) => {
      const problem = pageProblem(page) ?? itemProblem(item);
      if (problem) return fail(problem);
      if (!mayActFor(sender, page.url)) return fail(NOT_ALLOWED);
      return changed(await withStore((db) => keepItem(db, page, item)));
    },
    'sourcelight/notes/edit': async ({ id, change }, sender) => {
      if (!isExtensionPage(sender)) return fail(NOT_ALLOWED);
      const problem = typeof id === 'string' ? changeProblem(change) : 'No note given.';
      if (problem) return fail(problem);
      return changed(await withStore((db) => editNote(db, id, change)));
    },
    'sourcelight/notes/delete': async ({ kind, id, page }, sender) => {
      // A page's content script (Undo of a Keep in the hover card) names its page and may delete a kept item of that page only.
      const ownPage = kind === 'items' && typeof page?.url === 'string' && isContentScriptOf(sender, page.url);
      if (!isExtensionPage(sender) && !ownPage) return fail(NOT_ALLOWED);
      if (!KINDS.includes(kind) || typeof id !== 'string') return fail('Nothing to delete.');
      const within = ownPage && !isExtensionPage(sender) ? { url: page.url, canonicalUrl: typeof page.canonicalUrl === 'string' ? page.canonicalUrl : null } : undefined;
      const result = changed(await withStore((db) => deleteRecord(db, kind, id, Date.now(), within)));
      return result.ok ? ok(null) : result;
    },
    'sourcelight/notes/restore': async ({ kind, id }, sender) => {
      if (!isExtensionPage(sender)) return fail(NOT_ALLOWED);
      if (!KINDS.includes(kind) || typeof id !== 'string') return fail('Nothing to restore.');
      return changed(await withStore((db) => restoreRecord(db, kind, id)));
    },
    // The tags complete a note written in the page, in our closed shadow root: the page never sees them.
    'sourcelight/notes/tags': (_request, sender) => (isExtensionPage(sender) || isOwnContentScript(sender) ? withStore(listTags) : fail(NOT_ALLOWED)),
    'sourcelight/notes/import-start': ({ head, lists }, sender) => {
      if (!isExtensionPage(sender)) return fail(NOT_ALLOWED);
      const importId = imports.start(head, lists);
      return importId ? ok(importId) : fail(NOT_A_BACKUP);
    },
    'sourcelight/notes/import-part': ({ importId, part }, sender) => {
      if (!isExtensionPage(sender)) return fail(NOT_ALLOWED);
      const problem = imports.add(importId, part);
      return problem ? fail(problem) : ok(null);
    },
    'sourcelight/notes/import-finish': ({ importId }, sender) => {
      if (!isExtensionPage(sender)) return fail(NOT_ALLOWED);
      const backup = imports.take(importId);
      if (!backup) return fail(IMPORT_INTERRUPTED);
      const problem = backupFileProblem(backup);
      return problem ? fail(problem) : withStore((db) => importBackup(db, backup));
    },
  };
}
