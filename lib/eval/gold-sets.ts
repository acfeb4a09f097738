import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { GoldFile } from './score';

export interface GoldPage {
  id: string;
  gold: GoldFile;
  /** The page the gold labels: `<id>.html` beside the gold file, or the gold's `html` field. */
  htmlPath: string;
}

export interface GoldSet {
  name: string;
  dir: string;
  pages: GoldPage[];
  /** A `KEEP-BLIND` file in its directory: only its summary lines are read, never what the detectors did page by page or rule by rule. */
  keptBlind: boolean;
}

const GOLD_SUFFIX = '.gold.json';
const KEEP_BLIND = 'KEEP-BLIND';

function readGoldFile(path: string): GoldFile {
  try {
    const gold = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
    if (!Array.isArray(gold.quotes) || !Array.isArray(gold.claims)) throw new Error('no quotes and claims arrays');
    return gold;
  } catch (error) {
    throw new Error(`${path}: not a gold file (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

/** The gold pages of one directory, sorted by file name as the official scorer reads them. */
export function readGoldSet(dir: string, name: string): GoldSet {
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith(GOLD_SUFFIX))
    .sort()
    .map((f): GoldPage => {
      const id = f.slice(0, -GOLD_SUFFIX.length);
      const gold = readGoldFile(join(dir, f));
      const htmlPath = gold.html ? (isAbsolute(gold.html) ? gold.html : join(dir, gold.html)) : join(dir, `${id}.html`);
      return { id, gold, htmlPath };
    });
  return { name, dir, pages, keptBlind: existsSync(join(dir, KEEP_BLIND)) };
}

/** Every subdirectory of `root` holding gold files, `dev` first, then by name. */
export function findGoldSets(root: string, first = 'dev'): GoldSet[] {
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort((a, b) => Number(b === first) - Number(a === first) || (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => readGoldSet(join(root, name), name))
    .filter((set) => set.pages.length > 0);
}
