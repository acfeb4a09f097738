import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseSourceList } from '../lib/outlets/source-list';
import type { Store } from '../lib/store/db';
import {
  addSourceList,
  deleteOwnProfile,
  deleteSourceList,
  editSourceListEntry,
  getOwnProfile,
  listSourceLists,
  saveOwnProfile,
  sourceListMatches,
  type OwnProfile,
} from '../lib/store/outlet-profiles';
import type { OutletProfileRecord, SourceListEntry, SourceListRecord } from '../lib/store/schema';
import { storeOnce } from './store-once';

export interface OwnOutlet {
  profile: OutletProfileRecord | null;
  matches: Array<{ list: SourceListRecord; entry: SourceListEntry }>;
  /** The last failure, in words a reader can act on. */
  problem: string | null;
  save(profile: OwnProfile): Promise<boolean>;
  remove(): Promise<void>;
  importList(file: File): Promise<void>;
  editEntry(listId: string, fields: Record<string, string>): Promise<void>;
  removeList(listId: string): Promise<void>;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const db = storeOnce;

/** The reader's own profile of the outlet at `domain` and what their source lists say about it. */
export function useOwnOutlet(domain: string): OwnOutlet {
  const [profile, setProfile] = useState<OutletProfileRecord | null>(null);
  const [lists, setLists] = useState<SourceListRecord[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const d = await db();
    setProfile((await getOwnProfile(d, domain)) ?? null);
    setLists(await listSourceLists(d));
  }, [domain]);

  useEffect(() => {
    reload().catch((error: unknown) => setProblem(message(error)));
  }, [reload]);

  const run = async (work: (d: Store) => Promise<unknown>): Promise<boolean> => {
    try {
      await work(await db());
      setProblem(null);
      await reload();
      return true;
    } catch (error) {
      setProblem(message(error));
      return false;
    }
  };

  return {
    profile,
    matches: sourceListMatches(lists, domain),
    problem,
    save: (p) => run((d) => saveOwnProfile(d, domain, p)),
    remove: async () => void (await run((d) => deleteOwnProfile(d, domain))),
    importList: async (file) => {
      const parsed = parseSourceList(await file.text(), file.name);
      if (!parsed.ok) return setProblem(parsed.error);
      await run((d) => addSourceList(d, { name: file.name, ...parsed.list }));
    },
    editEntry: async (listId, fields) => void (await run((d) => editSourceListEntry(d, listId, domain, fields))),
    removeList: async (listId) => void (await run((d) => deleteSourceList(d, listId))),
  };
}
