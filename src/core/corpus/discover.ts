import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'fs';
import * as nodePath from 'path';
import { matchesAnyGlob } from './glob';

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.txt', '**/*.md'];
/** Folders that hold tooling or build output, never articles. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', 'out', 'dist', 'build', '.vscode-test'];

export interface DiscoverOptions {
  include?: readonly string[];
  exclude?: readonly string[];
}

export interface DiscoveredFile {
  /** Relative to the root, forward slashes: the article's `path`. */
  path: string;
  absolutePath: string;
  size: number;
  mtimeMs: number;
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Entries that could not be listed (broken links, permissions, loops), each with its reason. */
  problems: Array<{ path: string; reason: string }>;
}

/**
 * Lists the article files under `root`, sorted by path. Symbolic links are followed, but a
 * folder already visited (by its real path) is not entered twice, so link loops end.
 * Throws only when `root` itself is not a readable folder.
 */
export async function discoverArticles(root: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const include = options.include?.length ? options.include : DEFAULT_INCLUDE;
  const exclude = options.exclude ?? [];
  const rootStat = statOrUndefined(root);
  if (!rootStat) throw new Error(`folder not found: ${root}`);
  if (!rootStat.isDirectory()) throw new Error(`not a folder: ${root}`);

  const files: DiscoveredFile[] = [];
  const problems: Discovery['problems'] = [];
  const visited = new Set<string>([realOrSame(root)]);

  // Synchronous calls throughout: a walk is a run of small system calls, each far cheaper than a
  // promise's round trip through the thread pool, which a warm start keeps busy checksumming the saved
  // index meanwhile (at 42,000 files the asynchronous walk spent most of its time queued behind it).
  const walk = (dir: string, rel: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ path: rel || '.', reason: `cannot list folder (${errorCode(err)})` });
      return;
    }
    const folders: Array<{ entry: Dirent; abs: string; relPath: string }> = [];
    for (const entry of entries) {
      const abs = childPath(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let stat: Stats | undefined;
      if (entry.isSymbolicLink()) {
        try {
          stat = statSync(abs);
        } catch (err) {
          if (matchesAnyGlob(relPath, include)) problems.push({ path: relPath, reason: `broken link (${errorCode(err)})` });
          continue;
        }
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      }
      if (isFile && matchesAnyGlob(relPath, include) && !matchesAnyGlob(relPath, exclude)) {
        stat ??= statOrUndefined(abs);
        if (stat) files.push({ path: relPath, absolutePath: abs, size: stat.size, mtimeMs: stat.mtimeMs }); // else deleted meanwhile
      } else if (isDir) folders.push({ entry, abs, relPath });
    }
    for (const { entry, abs, relPath } of folders) {
      if (SKIPPED_FOLDERS.includes(entry.name) || matchesAnyGlob(relPath + '/', exclude) || matchesAnyGlob(relPath, exclude)) continue;
      const real = realOrSame(abs);
      if (visited.has(real)) {
        if (entry.isSymbolicLink()) problems.push({ path: relPath, reason: 'link to a folder already indexed (a loop or a duplicate)' });
        continue;
      }
      visited.add(real);
      walk(abs, relPath);
    }
  };
  walk(nodePath.join(root, '.'), ''); // normalised, as path.join would give each child
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

/** path.join(dir, name) for a normalised dir and a name read from it, without normalising again. */
function childPath(dir: string, name: string): string {
  return dir.endsWith(nodePath.sep) ? dir + name : dir + nodePath.sep + name;
}

function realOrSame(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function errorCode(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ?? e?.message ?? String(err);
}
