import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { INPUT_EXTENSIONS } from './formats.ts';

// Folders never worth reading: dependencies and version-control internals (dot-folders are skipped anyway).
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * Expands input paths into the files to read. A folder is searched recursively for files with a
 * known extension (see {@link INPUT_EXTENSIONS}), in sorted order, skipping dotfiles, dot-folders and
 * `node_modules`. A file named explicitly is kept whatever its extension, as is `-` (standard
 * input) and a path that does not exist (so reading it reports the problem). Duplicates are dropped.
 *
 * @param paths - Files, folders or `-`, as the user gave them.
 * @returns The files, in the order given with each folder's files sorted.
 * @example
 * await listInputFiles(['corpus/', 'extra.csv']); // ['corpus/a.txt', 'corpus/sub/b.jsonl', 'extra.csv']
 */
export async function listInputFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const visitedFolders = new Set<string>();
  const add = (path: string): void => {
    if (!seen.has(path)) {
      seen.add(path);
      out.push(path);
    }
  };
  for (const path of paths) {
    const info = path === '-' ? null : await stat(path).catch(() => null);
    if (info?.isDirectory()) await collectFolder(path, add, visitedFolders);
    else add(path);
  }
  return out;
}

async function collectFolder(folder: string, add: (path: string) => void, visited: Set<string>): Promise<void> {
  // A symlink back up the tree would otherwise recurse for ever.
  const real = await realpath(folder).catch(() => folder);
  if (visited.has(real)) return;
  visited.add(real);

  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const names = entries.map((e) => e.name).filter((n) => !n.startsWith('.') && !SKIPPED_FOLDERS.has(n));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await collectFolder(path, add, visited);
    else if (info?.isFile() && Object.hasOwn(INPUT_EXTENSIONS, extname(name).toLowerCase())) add(path);
  }
}
