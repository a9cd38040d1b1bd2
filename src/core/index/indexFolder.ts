import { promises as fs } from 'fs';
import * as nodePath from 'path';
import type { Curation } from '../config/curation';
import { discoverArticles, type DiscoverOptions } from '../corpus/discover';
import { linkCorpus } from '../link/link';
import { AnalysisCache } from './cache';
import { CorpusIndex } from './corpusIndex';
import { Indexer, type ArticleSource, type IndexProblem } from './indexer';

export interface IndexFolderOptions extends DiscoverOptions {
  curation?: Curation;
  /** Saved-index file, or undefined for none. */
  cacheFile?: string;
  /** What analyses depend on besides the bytes (the engine build); part of the cache key. */
  engineKey?: string;
  workers?: number;
  workerScript?: string;
  signal?: AbortSignal;
  onProblem?(problem: IndexProblem): void;
  onProgress?(done: number, total: number): void;
}

export interface IndexFolderResult {
  index: CorpusIndex;
  /** Files found, problems met (discovery and indexing), analyses reused from the cache. */
  files: number;
  problems: IndexProblem[];
  reused: number;
  notices: string[];
  /** Milliseconds spent: finding files, analysing, linking, saving the cache. */
  timings: { discover: number; analyze: number; link: number; save: number };
}

/** Indexes a folder on disk (the CLI and the benchmark; the extension reads through VS Code). */
export async function indexFolder(folder: string, options: IndexFolderOptions = {}): Promise<IndexFolderResult> {
  const t0 = performance.now();
  const discovery = await discoverArticles(folder, options);
  const problems: IndexProblem[] = [];
  const problem = (p: IndexProblem) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  for (const p of discovery.problems) problem({ path: p.path, severity: 'skipped', reason: p.reason });
  const t1 = performance.now();

  const key = `${options.engineKey ?? 'dev'}|${JSON.stringify(options.curation ?? null)}`;
  const cacheLoad = options.cacheFile ? await AnalysisCache.open(options.cacheFile, key) : undefined;
  const notices: string[] = cacheLoad?.problem ? [cacheLoad.problem] : [];
  const sources: ArticleSource[] = discovery.files.map((f) => ({
    path: f.path,
    size: f.size,
    mtimeMs: f.mtimeMs,
    read: () => fs.readFile(f.absolutePath),
  }));
  const workers = sources.length >= 40 ? options.workers ?? 0 : 0; // starting workers costs more than a few files
  const indexer = new Indexer({ workers, workerScript: options.workerScript, curation: options.curation });
  let run;
  try {
    run = await indexer.run(sources, { cache: cacheLoad?.cache, signal: options.signal, onProblem: problem, onProgress: options.onProgress });
  } finally {
    indexer.dispose();
  }
  notices.push(...run.notices);
  const t2 = performance.now();

  const index = new CorpusIndex({ link: linkCorpus, curation: options.curation });
  index.upsertMany(run.analyses);
  // Nothing changed since the saved linking: use it rather than linking the corpus again.
  const cache = cacheLoad && !run.cancelled ? cacheLoad.cache : undefined;
  cache?.retain(new Set(run.analyses.map((a) => a.article.path)));
  const fingerprint = cache?.fingerprint();
  const saved = fingerprint ? cache!.savedLink(fingerprint) : undefined;
  if (saved) index.adoptLink({ entities: saved.entities, entityOf: new Map(saved.entityOf) });
  index.relink();
  const linked = index.linkResult();
  if (cache && !saved && linked) cache.saveLink({ fingerprint: fingerprint!, entities: linked.entities, entityOf: [...linked.entityOf] });
  const t3 = performance.now();

  if (cache) {
    if (cache.dirty) {
      try {
        await cache.save();
      } catch (err) {
        notices.push(`could not save the index to ${options.cacheFile} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      }
    }
  }
  const t4 = performance.now();
  return {
    index,
    files: discovery.files.length,
    problems,
    reused: run.reused,
    notices,
    timings: { discover: t1 - t0, analyze: t2 - t1, link: t3 - t2, save: t4 - t3 },
  };
}

/** The engine build's fingerprint: a hash of the bundles that analyse and link (worker, CLI). */
export async function engineKeyOf(...bundleFiles: string[]): Promise<string> {
  const { createHash } = await import('crypto');
  const hash = createHash('sha1');
  for (const file of bundleFiles) {
    try {
      hash.update(await fs.readFile(file));
    } catch {
      hash.update(`missing:${nodePath.basename(file)}`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}
