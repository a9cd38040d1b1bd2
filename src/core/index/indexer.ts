import { Worker } from 'worker_threads';
import type { Curation } from '../config/curation';
import type { ArticleAnalysis } from '../types';
// analyzeFile loads the language model on first use, so importing it here costs nothing at start-up.
import { analyzeFile } from './analyzeFile';
import { DEFAULT_MAX_BYTES, formatBytes } from '../corpus/load';
import { decodeAnalysis, type CompactAnalysis } from './analysisCodec';
import { AnalysisCache } from './cache';
import { contentHash } from './contentHash';
import { yieldToEventLoop } from './yield';
import type { WorkerReply, WorkerRequest } from './worker';

/** One file to index. The host reads it: the CLI through `fs`, the extension through `vscode.workspace.fs`. */
export interface ArticleSource {
  /** Article path, relative to the corpus root, forward slashes. */
  path: string;
  read(): Promise<Uint8Array>;
  /** With both, an unchanged file is taken from the cache without being read. */
  size?: number;
  mtimeMs?: number;
}

export interface IndexerOptions {
  /** Worker threads; 0 analyses in the calling thread (tests, single files). Default 0. */
  workers?: number;
  /** Path of the bundled worker (dist/worker.js); required when `workers` > 0. */
  workerScript?: string;
  curation?: Curation;
  /** Files larger than this are skipped (default 5 MB). */
  maxBytes?: number;
  /** A file whose analysis takes longer is skipped and its worker replaced (default 60 s; workers only). */
  fileTimeoutMs?: number;
}

export interface IndexProblem {
  path: string;
  /** 'skipped': the file is not indexed; 'warning': indexed, but something was off. */
  severity: 'skipped' | 'warning';
  reason: string;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Saved analyses to reuse and to update with new ones (save it afterwards). */
  cache?: AnalysisCache;
  /**
   * Each analysis as soon as it is ready, so the index can answer (or link) while the rest is
   * built; `reused` when it came from the cache.
   */
  onAnalysis?(analysis: ArticleAnalysis, reused: boolean): void;
  /** Each problem file once per run, with its reason. */
  onProblem?(problem: IndexProblem): void;
  /** Throttled to about 20 calls a second, plus a final call. */
  onProgress?(done: number, total: number): void;
  /** Analyse in the calling thread even when there are workers (one edited file: no round trip). */
  inThread?: boolean;
}

export interface RunResult {
  analyses: ArticleAnalysis[];
  problems: IndexProblem[];
  /** How many analyses came from the cache. */
  reused: number;
  cancelled: boolean;
  /** Notes about the indexer itself (a worker crashed, workers unavailable). */
  notices: string[];
}

type JobResult = { analysis?: ArticleAnalysis; compact?: CompactAnalysis; skipped?: string; hash?: string };

interface Job {
  id: number;
  source: ArticleSource;
  bytes: Uint8Array;
  /** The worker hashes the bytes too (see processOne). */
  wantHash: boolean;
  attempts: number;
  resolve(result: JobResult): void;
}

interface PoolWorker {
  worker: Worker;
  /** Posted and not yet answered, oldest (the one being analysed) first. */
  jobs: Job[];
  /** When the oldest job became the one being analysed (performance.now()). */
  jobStartedAt: number;
  /** Fires at the oldest job's deadline or later: one timer per worker, not one per job. */
  timer?: NodeJS.Timeout;
}

/**
 * Jobs posted to a worker at once: the next file waits in the worker's own queue, so the worker
 * never sits idle while its result crosses to this thread and the next file crosses back.
 */
const JOBS_IN_FLIGHT = 3;

/** Crashes in a row, with no success between, after which workers are given up for this process. */
const MAX_CONSECUTIVE_CRASHES = 4;

/**
 * Analyses many article files, in worker threads when asked to.
 *
 * Stable API for the CLI and the VS Code extension:
 *   const indexer = new Indexer({ workers: 2, workerScript: path.join(__dirname, 'worker.js'), curation });
 *   const run = await indexer.run(sources, { cache, signal, onAnalysis, onProblem, onProgress });
 *   const one = await indexer.analyzeOne(source);   // a single changed file, in this thread
 *   indexer.dispose();                               // terminates the workers
 *
 * Never throws for a bad file: every file ends as an analysis or as one `skipped` problem.
 * A worker that crashes is replaced and its file retried once; if workers keep failing the
 * rest is analysed in the calling thread. Cancelling (signal) resolves with `cancelled: true`.
 */
export class Indexer {
  private options: IndexerOptions;
  private pool: PoolWorker[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  private consecutiveCrashes = 0;
  private workersFailed = false;
  private notices: string[] = [];
  /** Workers the current run may start: a small folder is not worth starting every worker for. */
  private wanted = Infinity;

  constructor(options: IndexerOptions = {}) {
    this.options = { ...options };
  }

  /**
   * Starts every worker now, before the files are known: for a folder whose every file will be
   * analysed, their start-up (~0.2 s each of loading and compiling) then overlaps finding the files.
   */
  startWorkers(): void {
    while (this.pool.length < this.workerCount()) this.spawn();
  }

  /** New corrections apply to files analysed from now on. */
  setCuration(curation: Curation | undefined): void {
    this.options.curation = curation;
    for (const p of this.pool) p.worker.postMessage({ type: 'options', options: this.analyzeOptions() } satisfies WorkerRequest);
  }

  async run(sources: readonly ArticleSource[], run: RunOptions = {}): Promise<RunResult> {
    const analyses: ArticleAnalysis[] = [];
    const problems: IndexProblem[] = [];
    this.notices = [];
    let reused = 0;
    let done = 0;
    this.wanted = Math.max(1, Math.ceil(sources.length / FILES_PER_WORKER));
    let lastProgress = 0;
    const total = sources.length;
    const progress = (force = false) => {
      const now = Date.now();
      if (force || now - lastProgress >= 50) {
        lastProgress = now;
        run.onProgress?.(done, total);
      }
    };
    const problem = (p: IndexProblem) => {
      problems.push(p);
      run.onProblem?.(p);
    };
    const savedEmpty = run.cache?.size === 0;
    const accept = (analysis: ArticleAnalysis, reused = false) => {
      analyses.push(analysis);
      for (const warning of analysis.article.warnings) problem({ path: analysis.article.path, severity: 'warning', reason: warning });
      run.onAnalysis?.(analysis, reused);
    };

    const processOne = async (source: ArticleSource): Promise<void> => {
      const cached = source.size !== undefined && source.mtimeMs !== undefined ? run.cache?.lookupByStat(source.path, source.size, source.mtimeMs) : undefined;
      if (cached) {
        reused++;
        return accept(cached, true);
      }
      const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
      if (source.size !== undefined && source.size > maxBytes) {
        // Known to be too large: say so without reading it into memory.
        return problem({ path: source.path, severity: 'skipped', reason: `file too large (${formatBytes(source.size)}, limit ${formatBytes(maxBytes)})` });
      }
      let bytes: Uint8Array;
      try {
        bytes = await source.read();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException)?.code;
        return problem({ path: source.path, severity: 'skipped', reason: code === 'ENOENT' || code === 'FileNotFound' ? 'file disappeared while indexing' : `cannot read file (${code ?? (err as Error)?.message ?? err})` });
      }
      if (run.signal?.aborted) return;
      // The content's hash finds a saved analysis of a renamed or touched file. With nothing saved
      // when the run began (a cold index) it can find none, and the worker hashes the bytes it has,
      // off this thread, for the index to save.
      const hash = run.cache && !savedEmpty ? contentHash(bytes) : undefined;
      const known = hash !== undefined ? run.cache!.lookupByHash(source.path, hash) : undefined;
      if (known) {
        reused++;
        run.cache!.put({ path: source.path, size: bytes.length, mtimeMs: source.mtimeMs ?? 0, hash: hash!, analysis: known });
        return accept(known, true);
      }
      const result: JobResult = run.inThread ? analyzeFile(source.path, bytes, this.analyzeOptions()) : await this.analyze(source, bytes, !!run.cache && hash === undefined);
      if (run.signal?.aborted) return;
      if (result.analysis) {
        if (run.cache) run.cache.put({ path: source.path, size: bytes.length, mtimeMs: source.mtimeMs ?? 0, hash: hash ?? result.hash ?? contentHash(bytes), analysis: result.analysis, compact: result.compact });
        accept(result.analysis);
      } else problem({ path: source.path, severity: 'skipped', reason: result.skipped ?? 'not analysed' });
    };

    // A few files are read ahead of the workers so that reading and analysing overlap.
    const lanes = this.workerCount() > 0 && !run.inThread ? this.workerCount() * (JOBS_IN_FLIGHT + 2) : 1;
    let next = 0;
    let sliceStart = performance.now();
    const lane = async () => {
      while (next < sources.length && !run.signal?.aborted) {
        const source = sources[next++];
        try {
          await processOne(source);
        } catch (err) {
          problem({ path: source.path, severity: 'skipped', reason: `indexer error: ${(err as Error)?.message ?? err}` });
        }
        done++;
        progress();
        // Let cancellation and other work in: after each file analysed in this thread, and every
        // few milliseconds of files taken from the cache (those never wait for anything).
        if (this.workerCount() === 0 || performance.now() - sliceStart >= YIELD_EVERY_MS) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    progress(true);
    return { analyses, problems, reused, cancelled: !!run.signal?.aborted, notices: this.notices.slice() };
  }

  /** Analyses one file in the calling thread (an edited or new file): no worker round trip. */
  async analyzeOne(source: ArticleSource, cache?: AnalysisCache): Promise<{ analysis?: ArticleAnalysis; problem?: IndexProblem }> {
    const result = await this.run([source], { inThread: true, cache });
    return { analysis: result.analyses[0], problem: result.problems.find((p) => p.severity === 'skipped') };
  }

  dispose(): void {
    const stopped: Job[] = this.queue.splice(0);
    for (const p of this.pool) {
      clearTimeout(p.timer);
      stopped.push(...p.jobs.splice(0));
      void p.worker.terminate();
    }
    this.pool = [];
    for (const job of stopped) job.resolve({ skipped: 'indexer stopped' });
  }

  private analyzeOptions() {
    return { curation: this.options.curation, maxBytes: this.options.maxBytes };
  }

  private workerCount(): number {
    return this.workersFailed || !this.options.workerScript ? 0 : Math.max(0, this.options.workers ?? 0);
  }

  private analyze(source: ArticleSource, bytes: Uint8Array, wantHash: boolean): Promise<JobResult> {
    if (this.workerCount() === 0) return Promise.resolve(analyzeFile(source.path, bytes, this.analyzeOptions()));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, source, bytes, wantHash, attempts: 0, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      if (this.workerCount() === 0) {
        // Workers gave up: finish what is queued here.
        for (const job of this.queue.splice(0)) job.resolve(analyzeFile(job.source.path, job.bytes, this.analyzeOptions()));
        return;
      }
      // An idle worker first, then a new one, then one with room in its queue.
      let target = this.pool.find((p) => p.jobs.length === 0);
      if (!target && this.pool.length < Math.min(this.workerCount(), this.wanted)) target = this.spawn();
      target ??= this.pool.find((p) => p.jobs.length < JOBS_IN_FLIGHT);
      if (!target) return;
      const job = this.queue.shift()!;
      target.jobs.push(job);
      job.attempts++;
      if (target.jobs.length === 1) this.startTiming(target);
      // Posted as a copy, not transferred, so a retry after a crash still has the bytes.
      target.worker.postMessage({ type: 'job', id: job.id, path: job.source.path, bytes: job.bytes, wantHash: job.wantHash } satisfies WorkerRequest);
    }
  }

  /**
   * Times the worker's oldest job. Arming a timer per job cost the main thread ~15 us a file (the
   * timers run unoptimised in a short run); the one timer, when it fires early, waits out the rest.
   */
  private startTiming(entry: PoolWorker): void {
    entry.jobStartedAt = performance.now();
    if (!entry.timer) this.armTimer(entry, this.fileTimeoutMs());
  }

  private armTimer(entry: PoolWorker, ms: number): void {
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (!entry.jobs.length) return;
      const left = entry.jobStartedAt + this.fileTimeoutMs() - performance.now();
      if (left > 0) this.armTimer(entry, left);
      else this.onTimeout(entry);
    }, ms);
  }

  private fileTimeoutMs(): number {
    return this.options.fileTimeoutMs ?? 60_000;
  }

  /** The jobs a lost worker had queued behind the one it was on go back to the front of the queue, not counted as tried. */
  private requeueWaiting(entry: PoolWorker): Job | undefined {
    const [current, ...waiting] = entry.jobs.splice(0);
    for (const job of waiting) job.attempts--;
    this.queue.unshift(...waiting);
    return current;
  }

  private spawn(): PoolWorker {
    const worker = new Worker(this.options.workerScript!);
    const entry: PoolWorker = { worker, jobs: [], jobStartedAt: 0 };
    worker.unref(); // an idle pool must not keep the process alive
    worker.postMessage({ type: 'options', options: this.analyzeOptions() } satisfies WorkerRequest);
    worker.on('message', (reply: WorkerReply) => {
      const job = entry.jobs[0];
      if (!job || reply.id !== job.id) return;
      entry.jobs.shift();
      if (entry.jobs.length) entry.jobStartedAt = performance.now();
      else {
        // (an armed timer keeps the process alive: the pool's workers do not)
        clearTimeout(entry.timer);
        entry.timer = undefined;
      }
      this.consecutiveCrashes = 0;
      if (reply.compact) {
        const analysis = decodeAnalysis(reply.compact);
        job.resolve(analysis ? { analysis, compact: reply.compact, hash: reply.hash } : { skipped: 'analysis could not be read back from the worker' });
      } else job.resolve({ analysis: reply.analysis, skipped: reply.skipped, hash: reply.hash });
      this.dispatch();
    });
    // The crash is handled on 'exit', which comes after every message the worker posted: on
    // 'error' a result posted just before may not have arrived yet, and the wrong file be blamed.
    let error: string | undefined;
    worker.on('error', (err) => (error ??= err?.message ?? String(err)));
    worker.on('exit', (code) => this.onCrash(entry, error ?? `exited with code ${code}`));
    this.pool.push(entry);
    return entry;
  }

  private onCrash(entry: PoolWorker, reason: string): void {
    clearTimeout(entry.timer);
    this.pool = this.pool.filter((p) => p !== entry);
    const job = this.requeueWaiting(entry);
    if (!job) return; // terminated while idle (dispose)
    this.consecutiveCrashes++;
    this.notices.push(`worker crashed on ${job.source.path} (${reason})${job.attempts < 2 ? ', retrying' : ''}`);
    if (this.consecutiveCrashes >= MAX_CONSECUTIVE_CRASHES && !this.workersFailed) {
      this.workersFailed = true;
      this.notices.push('worker threads keep failing: analysing in the main thread instead');
    }
    if (job.attempts < 2) this.queue.unshift(job);
    else job.resolve({ skipped: `analysis crashed twice (${reason})` });
    this.dispatch();
  }

  private onTimeout(entry: PoolWorker): void {
    const job = this.requeueWaiting(entry);
    if (!job) return;
    this.pool = this.pool.filter((p) => p !== entry);
    void entry.worker.terminate();
    job.resolve({ skipped: `analysis took longer than ${Math.round(this.fileTimeoutMs() / 1000)} s` });
    this.dispatch();
  }
}

const YIELD_EVERY_MS = 10;
/** A worker takes ~0.3 s of CPU to start (language model, gazetteers): one more per this many files. */
const FILES_PER_WORKER = 50;

