import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileErrorReason } from './file-errors';

/** One file to annotate, or a path that yields none and why. */
export type Input = { file: string } | { path: string; error: string };

const HTML_FILE = /\.html?$/i;

/**
 * The files that `paths` name, in a stable order: the paths as given, each directory's .html
 * files (not its subdirectories) sorted by name.
 */
export function listInputs(paths: readonly string[]): Input[] {
  return paths.flatMap((path): Input[] => {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      return [{ path, error: fileErrorReason(error) }];
    }
    if (!isDirectory) return [{ file: path }];
    let entries: string[];
    try {
      entries = readdirSync(path);
    } catch {
      return [{ path, error: 'cannot read this directory' }];
    }
    const names = entries
      .filter((name) => HTML_FILE.test(name))
      .sort()
      .filter((name) => isFile(join(path, name)));
    return names.length ? names.map((name) => ({ file: join(path, name) })) : [{ path, error: 'no .html files in this directory' }];
  });
}

/** Output one page's object only when the one path given is that page; a directory prints JSON Lines even when it holds one page. */
export function isBatch(paths: readonly string[], inputs: readonly Input[]): boolean {
  const [only] = inputs;
  return !(paths.length === 1 && inputs.length === 1 && only !== undefined && 'file' in only && only.file === paths[0]);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
