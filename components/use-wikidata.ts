import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { Result } from '../lib/messages';
import { fetchEntity, searchItems, type Fetcher } from '../lib/outlets/wikidata/client';
import { permissionPattern, WIKIDATA } from '../lib/outlets/wikidata/endpoints';
import type { WikidataEntity } from '../lib/outlets/wikidata/entity';
import type { WikidataCandidate } from '../lib/outlets/wikidata/search';
import type { WikidataLookupRecord } from '../lib/store/schema';
import { getWikidataLookup, saveWikidataLookup } from '../lib/store/wikidata-lookups';
import { clearPendingLookup, markLookupPending, takePendingLookup } from '../lib/store/wikidata-pending';
import { testWikidataBase } from '../lib/test-build/wikidata-base';
import { storeOnce } from './store-once';

// The outlet card's optional Wikidata lookup. Nothing is asked of Wikidata until the reader clicks:
// each click that asks first requests the host permission (from the click itself, as Firefox
// requires), then makes its request; the answer is kept in IndexedDB and shown on reopening.

export interface WikidataChoice {
  term: string;
  candidates: WikidataCandidate[];
}

export interface WikidataLookup {
  /** False until the kept lookup (if any) has been read. */
  ready: boolean;
  /** Whether the host permission is granted already (the browser will not ask). */
  allowed: boolean;
  record: WikidataLookupRecord | null;
  /** Items a search offered, while the reader picks one. */
  choice: WikidataChoice | null;
  busy: boolean;
  problem: string | null;
  /** The first lookup: the tables' item when they know one, else a search by the outlet's name. */
  lookUp(): void;
  /** The kept item, fetched again. */
  refresh(): void;
  search(term: string): void;
  pick(id: string): void;
  /** Leave the search without picking. */
  closeChoice(): void;
}

const base = (): string => (import.meta.env.SOURCELIGHT_TEST_BUILD ? (testWikidataBase(location.search) ?? WIKIDATA) : WIKIDATA);

const fetcher: Fetcher = (url, init) => fetch(url, init);

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function useWikidata(domain: string, tableItem: string | null, name: string): WikidataLookup {
  const [ready, setReady] = useState(false);
  const [allowed, setAllowed] = useState(false);
  const [record, setRecord] = useState<WikidataLookupRecord | null>(null);
  const [choice, setChoice] = useState<WikidataChoice | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = (work: (base: string) => Promise<void>, asked: Promise<boolean>, marked?: Promise<void>): void => {
    const at = base();
    setBusy(true);
    setProblem(null);
    void asked
      .then(async (granted) => {
        // The click's work goes on here, so it no longer waits for a reopened card.
        if (marked) await marked.then(clearPendingLookup).catch(() => undefined);
        setAllowed(granted);
        return granted ? work(at) : setProblem(`Sourcelight was not allowed to reach ${new URL(at).host}, so nothing was asked. Click again to be asked for permission once more.`);
      })
      .catch((error: unknown) => setProblem(message(error)))
      .finally(() => setBusy(false));
  };

  /** Asks for the permission (first, inside the click), then runs `work` if it was granted. */
  const withPermission = (work: (base: string) => Promise<void>, resumable = false): void => {
    const asked = browser.permissions.request({ origins: [permissionPattern(base())] }).catch(() => false);
    run(work, asked, resumable ? markLookupPending(domain) : undefined);
  };

  const firstLookup = async (at: string): Promise<void> => (tableItem ? keep(await fetchEntity(fetcher, at, tableItem), 'tables') : runSearch(at, name));

  useEffect(() => {
    let live = true;
    setReady(false);
    setRecord(null);
    setChoice(null);
    setProblem(null);
    const kept = storeOnce()
      .then((db) => getWikidataLookup(db, domain))
      // No database (a private window): the lookup still works, it is just not kept.
      .catch(() => undefined);
    const granted = Promise.resolve()
      .then(() => browser.permissions.contains({ origins: [permissionPattern(base())] }))
      .catch(() => false);
    void Promise.all([kept, granted, takePendingLookup(domain).catch(() => false)]).then(([record, granted, pending]) => {
      if (!live) return;
      setRecord(record ?? null);
      setAllowed(granted);
      setReady(true);
      // Asked for in a popup that closed for the permission dialog: the reader's click, carried out now.
      if (pending && granted) run(firstLookup, Promise.resolve(true));
    });
    return () => {
      live = false;
    };
  }, [domain]);

  const keep = async (entity: Result<WikidataEntity>, chosenBy: WikidataLookupRecord['chosenBy']): Promise<void> => {
    if (!entity.ok) return setProblem(entity.error);
    const fetched = Date.now();
    setRecord({ domain, entity: entity.value, chosenBy, fetched });
    setChoice(null);
    await storeOnce()
      .then((db) => saveWikidataLookup(db, domain, entity.value, chosenBy, fetched))
      .catch(() => setProblem('Shown, but not kept: Sourcelight could not write to its database.'));
  };

  const runSearch = async (at: string, term: string): Promise<void> => {
    const found = await searchItems(fetcher, at, term);
    if (found.ok) setChoice({ term: term.trim(), candidates: found.value });
    else setProblem(found.error);
  };

  return {
    ready,
    allowed,
    record,
    choice,
    busy,
    problem,
    lookUp: () => withPermission(firstLookup, true),
    refresh: () => {
      const kept = record;
      if (kept) withPermission(async (at) => keep(await fetchEntity(fetcher, at, kept.entity.id), kept.chosenBy));
    },
    search: (term) => {
      if (term.trim()) withPermission((at) => runSearch(at, term));
    },
    pick: (id) => withPermission(async (at) => keep(await fetchEntity(fetcher, at, id), 'reader')),
    closeChoice: () => setChoice(null),
  };
}
