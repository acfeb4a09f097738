import { browser, type Browser } from '#imports';
import { fail, type Handlers, type Result } from '../messages';
import { addCorrection, listCorrections, removeCorrection } from '../store/corrections';
import type { Store } from '../store/db';
import { correctionProblem } from '../store/validate';
import { NOT_ALLOWED } from './senders';

// The reader's corrections, kept with their notes. Like notes, they are read and written for a
// page by an extension page or by the content script of that page's own tab, never another's.

type Sender = Browser.runtime.MessageSender;
type WithStore = <T>(work: (db: Store) => Promise<T>) => Promise<Result<T>>;

/** Tells the extension pages a correction changed (the library shows kept items as corrected); nobody listening is fine. */
function announce<T>(result: Result<T>): Result<T> {
  if (result.ok) void browser.runtime.sendMessage({ type: 'sourcelight/corrections/changed', request: null }).catch(() => undefined);
  return result;
}

export function correctionsHandlers(withStore: WithStore, mayActFor: (sender: Sender, url: string) => boolean): Handlers {
  return {
    'sourcelight/corrections/page': (page, sender) => {
      if (typeof page?.url !== 'string') return fail('No page given.');
      if (!mayActFor(sender, page.url)) return fail(NOT_ALLOWED);
      return withStore((db) => listCorrections(db, page.url, page.canonicalUrl ?? null));
    },
    'sourcelight/corrections/add': ({ page, correction }, sender) => {
      if (typeof page?.url !== 'string') return fail('No page given.');
      const problem = correctionProblem(correction);
      if (problem) return fail(problem);
      if (!mayActFor(sender, page.url)) return fail(NOT_ALLOWED);
      return withStore((db) => addCorrection(db, page.url, page.canonicalUrl ?? null, correction)).then(announce);
    },
    'sourcelight/corrections/remove': async ({ page, id }, sender) => {
      if (typeof page?.url !== 'string' || typeof id !== 'string') return fail('No correction given.');
      if (!mayActFor(sender, page.url)) return fail(NOT_ALLOWED);
      const removed = await withStore((db) => removeCorrection(db, page.url, page.canonicalUrl ?? null, id));
      return announce(removed.ok ? { ok: true, value: null } : removed);
    },
  };
}
