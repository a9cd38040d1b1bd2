import { promises as fs, readFileSync, statSync } from 'fs';
import { availableParallelism } from 'os';
import * as nodePath from 'path';
import { Worker } from 'worker_threads';
import type { Curation } from '../config/curation';
import { discoverArticles, type DiscoverOptions, type Discovery } from '../corpus/discover';
import { linkAhead, linkCorpus, resolveTakenIn, takeInAhead } from '../link/link';
import { AnalysisCache } from './cache';
import { CorpusIndex } from './corpusIndex';
import { Indexer, type ArticleSource, type IndexProblem } from './indexer';
import type { DiscoverReply, WorkerRequest } from './worker';
import type { ArticleAnalysis } from '../types';

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
  /** Called with the number of article files found, before any is read or analysed (the CLI tunes V8 by it). */
  onDiscovered?(files: number): void;
  /** Resolve as soon as the index is ready and save the cache after (wait for `saved`). */
  saveInBackground?: boolean;
}

export interface IndexFolderResult {
  index: CorpusIndex;
  /** Files found, problems met (discovery and indexing), analyses reused from the cache. */
  files: number;
  problems: IndexProblem[];
  reused: number;
  /** Notes for the user; a failed save adds one when `saved` resolves. */
  notices: string[];
  /**
   * Milliseconds spent: finding files (and reading the saved index, alongside), analysing,
   * linking what was left after the analyses, saving the cache (0 when saved in the background).
   */
  timings: { discover: number; analyze: number; link: number; save: number };
  /** Resolves once the cache is saved (at once when nothing needed saving), with the milliseconds it took. */
  saved: Promise<number>;
}

/** A saved index from this size (~10,000 articles) is read while a worker walks the folder. */
const WALK_APART_FROM_BYTES = 40 * 1024 * 1024;

/** Slices of linking ahead while the workers analyse (src/core/link: linkAhead). */
const LINK_AHEAD_MS = 4;

/**
 * The share of a cold index's analyses in when this thread resolves them once, with every core
 * analysing (see indexFolder). The pass takes about as long as the workers take for the rest,
 * sharing the other cores: later, the link after the last analysis waits for it; sooner, more
 * partitions are touched again after it.
 */
const RESOLVE_ONCE_FROM = 0.9;

/**
 * discoverArticles in a worker thread: at 42,000 files the walk and its stat calls cost ~0.6 s,
 * which then overlap reading the saved index here (a warm start at 20x: 3.1 -> 2.5 s). A worker that
 * cannot start or dies leaves the walk to this thread; the walk's own errors (no such folder) are
 * the same either way.
 */
export async function discoverInWorker(folder: string, options: DiscoverOptions, workerScript: string): Promise<Discovery> {
  const reply = await new Promise<DiscoverReply | undefined>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerScript);
    } catch {
      return resolve(undefined);
    }
    const done = (message?: DiscoverReply) => {
      resolve(message);
      void worker.terminate();
    };
    worker.once('message', done);
    worker.once('error', () => done());
    worker.once('exit', () => done());
    worker.postMessage({ type: 'discover', root: folder, options: { include: options.include, exclude: options.exclude } } satisfies WorkerRequest);
  });
  if (reply?.discovery) return reply.discovery;
  if (reply?.error !== undefined) throw new Error(reply.error);
  return discoverArticles(folder, options);
}

/** Indexes a folder on disk (the CLI and the benchmark; the extension reads through VS Code). */
export async function indexFolder(folder: string, options: IndexFolderOptions = {}): Promise<IndexFolderResult> {
  const t0 = performance.now();
  const key = `${options.engineKey ?? 'dev'}|${JSON.stringify(options.curation ?? null)}`;
  // Reading the saved index (this thread) and walking the folder go together; the walk goes to a
  // worker when the saved index is large enough to hide it (starting one costs ~50 ms).
  const savedBytes = options.cacheFile ? statSync(options.cacheFile, { throwIfNoEntry: false })?.size : undefined;
  const walkApart = !!options.workerScript && !!options.workers && (savedBytes ?? 0) >= WALK_APART_FROM_BYTES;
  // With no saved index every file is analysed: the workers start now, alongside the walk (~60 ms
  // for the BBC, ~0.6 s at 20x) rather than after it. Left unused if the folder is small.
  const indexerWith = (workers: number) => new Indexer({ workers, workerScript: options.workerScript, curation: options.curation });
  const coldIndexer = savedBytes === undefined && options.workers ? indexerWith(options.workers) : undefined;
  coldIndexer?.startWorkers();
  const found = Promise.all([
    walkApart ? discoverInWorker(folder, options, options.workerScript!) : discoverArticles(folder, options),
    options.cacheFile ? AnalysisCache.open(options.cacheFile, key) : undefined,
  ]);
  found.catch(() => coldIndexer?.dispose());
  const [discovery, cacheLoad] = await found;
  const problems: IndexProblem[] = [];
  const problem = (p: IndexProblem) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  for (const p of discovery.problems) problem({ path: p.path, severity: 'skipped', reason: p.reason });
  options.onDiscovered?.(discovery.files.length);
  const t1 = performance.now();

  const notices: string[] = cacheLoad?.problem ? [cacheLoad.problem] : [];
  const sources: ArticleSource[] = discovery.files.map((f) => ({
    path: f.path,
    size: f.size,
    mtimeMs: f.mtimeMs,
    // Read synchronously: one small file costs this thread less than the four thread-pool round
    // trips (open, stat, read, close) of an asynchronous read.
    read: async () => readFileSync(f.absolutePath),
  }));
  const workers = sources.length >= 40 ? options.workers ?? 0 : 0; // starting workers costs more than a few files
  if (!workers) coldIndexer?.dispose();
  const indexer = workers && coldIndexer ? coldIndexer : indexerWith(workers);
  // While the workers analyse, this thread takes in each new analysis for linking (src/core/link:
  // takeInAhead), so that less is left once the last one is in. Not the analyses from the saved
  // index: their saved linking is used when nothing changed.
  // With a core to spare it also links what it can ahead (linkAhead). That does more work in all
  // than linking once at the end (partitions are resolved again as they grow), and where every
  // core runs a worker it takes that CPU from the analyses: on 2 cores with 2 workers, resolving
  // all along was slower at 1x, 5x and 20x the BBC corpus (bench/RESULTS.md).
  // But the link after the last analysis runs on one core while the others idle (0.3-0.4 s at 1x).
  // So once most analyses are in, this thread resolves those it holds, once, while the workers
  // analyse the rest (which wait meanwhile: taken in, each would have its partitions resolved
  // again); the link at the end then redoes only the partitions the last ones touch.
  // In slices run when nothing else waits (setImmediate: after the workers' messages and the
  // next files posted to them), so that it never holds up a worker.
  const resolveAhead = availableParallelism() > workers;
  const resolveOnceFrom = Math.ceil(sources.length * RESOLVE_ONCE_FROM);
  let received = 0;
  let resolving: 'not yet' | 'now' | 'done' = 'not yet';
  const arrived: ArticleAnalysis[] = [];
  let linking: 'idle' | 'scheduled' | 'stopped' = 'idle';
  const linkSome = () => {
    if (linking === 'stopped') return;
    const deadline = performance.now() + LINK_AHEAD_MS;
    let more: boolean;
    if (resolveAhead) more = linkAhead(arrived.splice(0), options.curation, deadline);
    else if (resolving === 'now') {
      resolving = resolveTakenIn(options.curation, deadline) ? 'done' : 'now';
      more = resolving === 'now' || arrived.length > 0; // (then those that came meanwhile)
    } else {
      received += arrived.length;
      takeInAhead(arrived.splice(0), options.curation);
      if (resolving === 'not yet' && received >= resolveOnceFrom) resolving = 'now';
      more = resolving === 'now';
    }
    linking = more ? 'scheduled' : 'idle';
    if (more) setImmediate(linkSome);
  };
  const onAnalysis = (analysis: ArticleAnalysis, reused: boolean) => {
    if (workers === 0 || reused || linking === 'stopped') return;
    arrived.push(analysis);
    if (linking === 'idle') {
      linking = 'scheduled';
      setImmediate(linkSome);
    }
  };
  let run;
  try {
    run = await indexer.run(sources, { cache: cacheLoad?.cache, signal: options.signal, onAnalysis, onProblem: problem, onProgress: options.onProgress });
  } finally {
    linking = 'stopped';
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
  if (saved) index.adoptLink({ entities: saved.entities, entityOf: new Map(saved.entityOf) }, saved.numbers);
  index.relink();
  const linked = index.linkResult();
  if (cache && !saved && linked) cache.saveLink({ fingerprint: fingerprint!, entities: linked.entities, entityOf: [...linked.entityOf] });
  const t3 = performance.now();

  const save = async (): Promise<number> => {
    const started = performance.now();
    if (!cache?.dirty) return 0;
    try {
      await cache.save();
    } catch (err) {
      notices.push(`could not save the index to ${options.cacheFile} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    return performance.now() - started;
  };
  const savedMs = options.saveInBackground ? save() : await save();
  return {
    index,
    files: discovery.files.length,
    problems,
    reused: run.reused,
    notices,
    timings: { discover: t1 - t0, analyze: t2 - t1, link: t3 - t2, save: typeof savedMs === 'number' ? savedMs : 0 },
    saved: Promise.resolve(savedMs),
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
