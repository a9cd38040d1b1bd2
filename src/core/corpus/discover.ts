import { promises as fs, statSync, type Stats } from 'fs';
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
  const rootStat = await fs.stat(root).catch(() => undefined);
  if (!rootStat) throw new Error(`folder not found: ${root}`);
  if (!rootStat.isDirectory()) throw new Error(`not a folder: ${root}`);

  const files: DiscoveredFile[] = [];
  const problems: Discovery['problems'] = [];
  const visited = new Set<string>([await fs.realpath(root)]);

  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ path: rel || '.', reason: `cannot list folder (${errorCode(err)})` });
      return;
    }
    // Stat the entries of a folder together: one at a time is bound by I/O latency.
    const found = await Promise.all(entries.map(async (entry) => {
      const abs = nodePath.join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let stat: Stats | undefined;
      if (entry.isSymbolicLink()) {
        try {
          stat = await fs.stat(abs);
        } catch (err) {
          if (matchesAnyGlob(relPath, include)) problems.push({ path: relPath, reason: `broken link (${errorCode(err)})` });
          return undefined;
        }
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      }
      if (isFile && matchesAnyGlob(relPath, include) && !matchesAnyGlob(relPath, exclude)) {
        // A synchronous stat: on a local disk it costs this thread a fifth of a promise's round
        // trip through the thread pool (2,000 files: ~30 ms instead of ~150 ms of CPU).
        stat ??= statOrUndefined(abs);
        if (stat) files.push({ path: relPath, absolutePath: abs, size: stat.size, mtimeMs: stat.mtimeMs }); // else deleted meanwhile
        return undefined;
      }
      return isDir ? { entry, abs, relPath } : undefined;
    }));
    for (const sub of found) {
      if (!sub) continue;
      const { entry, abs, relPath } = sub;
      if (SKIPPED_FOLDERS.includes(entry.name) || matchesAnyGlob(relPath + '/', exclude) || matchesAnyGlob(relPath, exclude)) continue;
      const real = await fs.realpath(abs).catch(() => abs);
      if (visited.has(real)) {
        if (entry.isSymbolicLink()) problems.push({ path: relPath, reason: 'link to a folder already indexed (a loop or a duplicate)' });
        continue;
      }
      visited.add(real);
      await walk(abs, relPath);
    }
  };
  await walk(root, '');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
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
