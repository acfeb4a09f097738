import type { Browser } from '#imports';
import { fail, type Handlers, type Result } from '../messages';
import { addCorrection, listCorrections, removeCorrection, type NewCorrection } from '../store/corrections';
import type { Store } from '../store/db';
import { NOT_ALLOWED } from './senders';

// The reader's corrections, kept with their notes. Like notes, they are read and written for a
// page by an extension page or by the content script of that page's own tab, never another's.

type Sender = Browser.runtime.MessageSender;
type WithStore = <T>(work: (db: Store) => Promise<T>) => Promise<Result<T>>;

const KINDS = { 'not-quote': 'quote', 'wrong-speaker': 'quote', 'not-figure': 'claim' } as const;
const MAX_TEXT = 100_000;

const isOffset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Why `correction` cannot be kept, or null. */
export function correctionProblem(correction: NewCorrection | undefined): string | null {
  if (typeof correction !== 'object' || correction === null) return 'No correction given.';
  const { kind, item, text, start, end, before, speaker, detected } = correction;
  if (!(kind in KINDS) || KINDS[kind] !== item) return 'Not a correction Sourcelight knows.';
  if (typeof text !== 'string' || !text || text.length > MAX_TEXT || typeof before !== 'string' || before.length > 200) return 'The corrected item has no words.';
  if (!isOffset(start) || !isOffset(end) || end <= start) return 'The corrected item has no place in the text.';
  if (typeof detected !== 'object' || detected === null) return 'The correction does not say what was detected.';
  if (kind === 'wrong-speaker' ? typeof speaker !== 'string' || !speaker.trim() || speaker.length > 200 : speaker !== null) return 'Name who said it.';
  return null;
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
      return withStore((db) => addCorrection(db, page.url, page.canonicalUrl ?? null, correction));
    },
    'sourcelight/corrections/remove': async ({ page, id }, sender) => {
      if (typeof page?.url !== 'string' || typeof id !== 'string') return fail('No correction given.');
      if (!mayActFor(sender, page.url)) return fail(NOT_ALLOWED);
      const removed = await withStore((db) => removeCorrection(db, page.url, page.canonicalUrl ?? null, id));
      return removed.ok ? { ok: true, value: null } : removed;
    },
  };
}
