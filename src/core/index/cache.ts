import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as nodePath from 'path';
import type { ArticleAnalysis, Entity } from '../types';
import { decodeAnalysis, encodeAnalysis, toJsonReady, type CompactAnalysis } from './analysisCodec';
import { yieldToEventLoop } from './yield';

// The saved index (issue 9): one analysis per article, keyed by path with its size, mtime and
// content hash. One JSON object per line after a header line, so a truncated file loses only
// its last entry and a large corpus never needs one giant string. Analyses are saved in their
// compact form (analysisCodec: flat number arrays, ~3x faster to parse than objects) and the
// corpus linking with entity ids as numbers. Anything that does not look right is dropped and
// re-analysed; nothing read from the cache is trusted blindly.

/** Bump when the cache layout or the ArticleAnalysis shape changes. */
export const CACHE_FORMAT_VERSION = 2;
const HEADER_KIND = 'dossier-analysis-cache';

export interface CacheEntry {
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-1 of the file's bytes. */
  hash: string;
  analysis: ArticleAnalysis;
  /** The analysis's compact form when it is at hand (from a worker): saved as is, then let go. */
  compact?: CompactAnalysis;
}

/** One saved analysis as a line of the file. */
interface SavedEntry {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  /** The compact form; `analysis` instead for one the compact form cannot hold. */
  compact?: CompactAnalysis;
  analysis?: ArticleAnalysis;
}

/** The corpus linking as a line of the file: entity ids as indices into `entities`, then `ids`. */
interface SavedLinkLine {
  fingerprint: string;
  entities: Entity[];
  /** Ids that articles point to but no entity has (kept so that nothing changes on reading). */
  ids: string[];
  entityOf: Array<[string, number[]]>;
}

/** A corpus-wide linking result, saved with the analyses it was made from. */
export interface SavedLink {
  /** `AnalysisCache.fingerprint()` of the analyses that were linked. */
  fingerprint: string;
  entities: Entity[];
  entityOf: Array<[string, (string | null)[]]>;
}

export interface CacheLoad {
  cache: AnalysisCache;
  /** Why saved entries were discarded (corrupt, old version, other engine), if they were. */
  problem?: string;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** `$XDG_CACHE_HOME/dossier/<folder name>-<hash of its absolute path>.jsonl`, for the CLI. */
export function defaultCacheFile(folder: string): string {
  const base = process.env.XDG_CACHE_HOME || nodePath.join(os.homedir(), '.cache');
  const abs = nodePath.resolve(folder);
  const name = nodePath.basename(abs).replace(/[^\w.-]+/g, '_').slice(0, 40) || 'root';
  return nodePath.join(base, 'dossier', `${name}-${createHash('sha1').update(abs).digest('hex').slice(0, 16)}.jsonl`);
}

export class AnalysisCache {
  private readonly byPath = new Map<string, CacheEntry>();
  private readonly byHash = new Map<string, CacheEntry>();
  private changed = false;
  private link: SavedLink | undefined;

  /**
   * @param file where the cache lives
   * @param key what the analyses depend on besides the bytes (engine build, curation); a saved
   *   cache made under another key is discarded.
   */
  constructor(readonly file: string, readonly key: string) {}

  /** Reads the saved cache; a missing, corrupt or foreign file gives an empty cache, never an error. */
  static async open(file: string, key: string): Promise<CacheLoad> {
    const cache = new AnalysisCache(file, key);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { cache, problem: code === 'ENOENT' ? undefined : `cannot read saved index (${code})` };
    }
    let lineStart = 0;
    let header = true;
    let dropped = 0;
    let sliceStart = performance.now();
    while (lineStart < bytes.length) {
      // Parsing a large index takes a while: let the caller's thread (the extension host) breathe.
      if (performance.now() - sliceStart >= 10) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
      let lineEnd = bytes.indexOf(10, lineStart);
      if (lineEnd < 0) lineEnd = bytes.length;
      const line = bytes.toString('utf8', lineStart, lineEnd);
      lineStart = lineEnd + 1;
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        if (header) return { cache, problem: 'saved index is corrupt (unreadable header), rebuilding' };
        dropped++;
        continue;
      }
      if (header) {
        header = false;
        const h = value as { kind?: unknown; version?: unknown; key?: unknown };
        if (h?.kind !== HEADER_KIND) return { cache, problem: 'saved index is not a Dossier index, rebuilding' };
        if (h.version !== CACHE_FORMAT_VERSION) return { cache, problem: `saved index has format ${String(h.version)}, not ${CACHE_FORMAT_VERSION}: rebuilding` };
        if (h.key !== key) return { cache, problem: undefined }; // another engine build or curation: silently re-analyse
        continue;
      }
      const saved = value as SavedEntry & { link?: SavedLinkLine };
      if (saved?.link) {
        const link = linkFromLine(saved.link);
        if (link) cache.link = link;
        else dropped++;
        continue;
      }
      const entry = entryFromLine(saved);
      if (entry) cache.add(entry);
      else dropped++;
    }
    if (header) return { cache, problem: 'saved index is empty or truncated, rebuilding' };
    cache.changed = dropped > 0;
    return { cache, problem: dropped ? `saved index had ${dropped} damaged entr${dropped === 1 ? 'y' : 'ies'}, re-analysing those files` : undefined };
  }

  get size(): number {
    return this.byPath.size;
  }

  /** The fast path: same path, size and modification time as when it was analysed. */
  lookupByStat(path: string, size: number, mtimeMs: number): ArticleAnalysis | undefined {
    const entry = this.byPath.get(path);
    return entry && entry.size === size && entry.mtimeMs === mtimeMs ? entry.analysis : undefined;
  }

  /** Same bytes seen before, at this path or another (a renamed or copied file). */
  lookupByHash(path: string, hash: string): ArticleAnalysis | undefined {
    const entry = this.byPath.get(path);
    const hit = entry?.hash === hash ? entry : this.byHash.get(hash);
    if (!hit) return undefined;
    return hit.path === path ? hit.analysis : { ...hit.analysis, article: { ...hit.analysis.article, path } };
  }

  put(entry: CacheEntry): void {
    this.add(entry);
    this.changed = true;
  }

  remove(path: string): void {
    if (this.drop(path)) this.changed = true;
  }

  /** Forgets every path not in `keep` (files deleted since the last run). */
  retain(keep: ReadonlySet<string>): void {
    for (const path of [...this.byPath.keys()]) if (!keep.has(path)) this.remove(path);
  }

  /** Identifies the exact set of analyses held (paths and contents). */
  fingerprint(): string {
    const hash = createHash('sha1');
    for (const path of [...this.byPath.keys()].sort()) hash.update(`${path}\u0000${this.byPath.get(path)!.hash}\n`);
    return hash.digest('hex');
  }

  /** The saved linking of exactly these analyses, if there is one. */
  savedLink(fingerprint: string): SavedLink | undefined {
    return this.link?.fingerprint === fingerprint ? this.link : undefined;
  }

  /** Whether a corpus linking was saved (of these analyses or not). */
  hasSavedLink(): boolean {
    return this.link !== undefined;
  }

  saveLink(link: SavedLink): void {
    this.link = link;
    this.changed = true;
  }

  get dirty(): boolean {
    return this.changed;
  }

  /** Writes the whole cache to a temporary file and renames it into place (never half-written). */
  async save(): Promise<void> {
    await fs.mkdir(nodePath.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const handle = await fs.open(tmp, 'w');
    try {
      let chunk = JSON.stringify({ kind: HEADER_KIND, version: CACHE_FORMAT_VERSION, key: this.key, savedAt: new Date().toISOString() }) + '\n';
      for (const entry of this.byPath.values()) {
        chunk += JSON.stringify(lineOf(entry)) + '\n';
        entry.compact = undefined;
        if (chunk.length > 1 << 20) {
          await handle.write(chunk);
          chunk = '';
        }
      }
      if (this.link) chunk += JSON.stringify({ link: linkLine(this.link) }) + '\n';
      await handle.write(chunk);
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, this.file);
    this.changed = false;
  }

  private add(entry: CacheEntry): void {
    this.drop(entry.path);
    this.byPath.set(entry.path, entry);
    this.byHash.set(entry.hash, entry);
  }

  private drop(path: string): boolean {
    const old = this.byPath.get(path);
    if (!old) return false;
    this.byPath.delete(path);
    if (this.byHash.get(old.hash) === old) this.byHash.delete(old.hash);
    return true;
  }
}

function lineOf(entry: CacheEntry): SavedEntry {
  const { path, size, mtimeMs, hash, analysis } = entry;
  const compact = entry.compact ?? encodeAnalysis(analysis);
  return compact ? { path, size, mtimeMs, hash, compact: toJsonReady(compact) } : { path, size, mtimeMs, hash, analysis };
}

function entryFromLine(line: SavedEntry): CacheEntry | undefined {
  if (typeof line?.path !== 'string' || typeof line.size !== 'number' || typeof line.mtimeMs !== 'number' || typeof line.hash !== 'string') return undefined;
  const analysis = line.compact ? decodeAnalysis(line.compact) : line.analysis;
  if (!analysis || !isAnalysis(analysis) || analysis.article.path !== line.path) return undefined;
  return { path: line.path, size: line.size, mtimeMs: line.mtimeMs, hash: line.hash, analysis };
}

function isAnalysis(a: ArticleAnalysis): boolean {
  return typeof a.article?.text === 'string' && typeof a.article.body?.start === 'number' && Array.isArray(a.article.warnings) &&
    Array.isArray(a.names) && Array.isArray(a.quotes) && Array.isArray(a.sentences) && Array.isArray(a.paragraphs);
}

function linkLine(link: SavedLink): SavedLinkLine {
  const number = new Map<string, number>();
  link.entities.forEach((e, i) => number.set(e.id, i));
  const ids: string[] = [];
  const numberOf = (id: string | null): number => {
    if (id === null) return -1;
    let n = number.get(id);
    if (n === undefined) {
      number.set(id, (n = link.entities.length + ids.length));
      ids.push(id);
    }
    return n;
  };
  return { fingerprint: link.fingerprint, entities: link.entities, ids, entityOf: link.entityOf.map(([path, of]) => [path, of.map(numberOf)]) };
}

function linkFromLine(line: SavedLinkLine): SavedLink | undefined {
  if (typeof line?.fingerprint !== 'string' || !Array.isArray(line.entities) || !Array.isArray(line.ids) || !Array.isArray(line.entityOf)) return undefined;
  const idOf: string[] = [];
  for (const e of line.entities) {
    if (typeof e?.id !== 'string' || typeof e.name !== 'string' || (e.kind !== 'person' && e.kind !== 'place') || !Array.isArray(e.aliases)) return undefined;
    idOf.push(e.id);
  }
  for (const id of line.ids) {
    if (typeof id !== 'string') return undefined;
    idOf.push(id);
  }
  const entityOf: SavedLink['entityOf'] = [];
  for (const item of line.entityOf) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || !Array.isArray(item[1])) return undefined;
    const ids = new Array<string | null>(item[1].length);
    for (let i = 0; i < ids.length; i++) {
      const n = item[1][i];
      if (n === -1) ids[i] = null;
      else if (typeof n === 'number' && idOf[n] !== undefined) ids[i] = idOf[n];
      else return undefined;
    }
    entityOf.push([item[0], ids]);
  }
  return { fingerprint: line.fingerprint, entities: line.entities, entityOf };
}
