// The engine as the extension uses it: the core's worker-pool Indexer feeding a CorpusIndex, with
// the saved analyses in the extension's workspace storage. No `vscode` here beyond the log.
import { createHash } from 'crypto';
import * as os from 'os';
import type { Curation } from '../core/config/curation';
import { reanalysisNeeded } from '../core/config/changes';
import { AnalysisCache, CACHE_FORMAT_VERSION, type SavedLink } from '../core/index/cache';
import { CorpusIndex } from '../core/index/corpusIndex';
import { Indexer, type ArticleSource, type IndexProblem } from '../core/index/indexer';
import type { CorpusQueries } from '../core/index/queries';
import { yieldToEventLoop } from '../core/index/yield';
import { linkCorpus, prepareLinkCorpus } from '../core/link/link';
import type { ArticleAnalysis } from '../core/types';
import type { Log } from './log';

export type { ArticleSource };

export interface IndexAllOptions {
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
  /** After each batch of articles joins the index (partial results, then the final one). */
  onPublish(): void;
  /** Ignore the saved analyses and analyse every file again. */
  fresh?: boolean;
}

/** What a build cost besides analysis (on the extension host's thread), for the log and the tests. */
export interface BuildFigures {
  /** Wall time of each step, in order (discover and stat come from the workspace side). */
  discoverMs?: number;
  statMs?: number;
  openCacheMs?: number;
  /** From the first file handed to the indexer until its last analysis arrived (reads included). */
  analyseMs?: number;
  linkMs?: number;
  saveMs?: number;
  /** Partial results shown during a first build, and the host-thread time their linking took. */
  publishes?: number;
  partialLinkMs?: number;
  reused?: number;
  /** The saved linking was adopted as it was (nothing changed since it was saved). */
  linkReused?: boolean;
  /** Files that could not be indexed (each logged with its reason). */
  skipped?: number;
}

export interface EngineOptions {
  /** The bundled worker script (dist/worker.js). */
  workerScript: string;
  /** Where the saved analyses live; undefined keeps everything in memory. */
  cacheFile: string | undefined;
  /** Changes whenever analyses made by another build of Dossier must not be reused. */
  buildKey: string;
  log: Log;
}

/**
 * Partial results of a build are published at most this often. Each publication links the
 * corpus so far on this thread (in slices), so the interval grows to ten times the last
 * linking's cost: the host spends at most a tenth of its time linking while the workers analyse.
 * (Publishing less often, e.g. each time the corpus shown grows by half, links less in all but
 * leaves up to a third of the corpus to link after the last analysis: a longer build.)
 */
const PUBLISH_INTERVAL_MS = 400;
const LINK_SHARE = 10;
/** Saving the cache after edits waits for a quiet moment. */
const SAVE_DELAY_MS = 2000;

/** Between slices of linking, the host's other work (hovers, file reads, messages) runs. */
const pause = yieldToEventLoop;

function newIndex(curation: Curation | undefined): CorpusIndex {
  return new CorpusIndex({ link: linkCorpus, prepareLink: prepareLinkCorpus, curation });
}

export class Engine {
  private index: CorpusIndex;
  /** The index the latest `indexAll` is filling (the same as `index` once it is shown). */
  private building: CorpusIndex | undefined;
  private curation: Curation | undefined;
  /** False while queries answer from the partial results of a first build. */
  private shownComplete = true;
  private readonly indexer: Indexer;
  private cache: AnalysisCache | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: EngineOptions) {
    // Both cores by default: the extension host itself only reads files and links.
    const workers = Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) || 1));
    this.indexer = new Indexer({ workers, workerScript: options.workerScript });
    this.index = newIndex(undefined);
  }

  get queries(): CorpusQueries {
    return this.index;
  }

  /** The text of an indexed article, exactly as its offsets count it. */
  textOf(path: string): string | undefined {
    return this.index.analysisOf(path)?.article.text;
  }

  /** True while `queries` answer from a build's partial results (a rebuild answers from the previous, complete index). */
  get partial(): boolean {
    return !this.shownComplete;
  }

  /**
   * The reader's corrections. Linking re-runs over every article on the next query; returns the
   * paths whose analyses depend on what changed, to be analysed again with `update`.
   */
  setCuration(curation: Curation | undefined): string[] {
    const needs = reanalysisNeeded(this.curation, curation);
    this.curation = curation;
    this.indexer.setCuration(curation);
    this.index.setCuration(curation);
    // Relink in slices now, so that no query relinks the whole corpus at once on this thread.
    void this.index.relinkInSlices(pause);
    const affected = this.index.paths().filter((p) => needs(p, this.index.analysisOf(p)!.article.text));
    // Their saved analyses were made under the old corrections.
    for (const path of affected) this.cache?.remove(path);
    return affected;
  }

  private cacheKey(): string {
    const curation = this.curation ? createHash('sha1').update(JSON.stringify(this.curation)).digest('hex').slice(0, 12) : 'none';
    return `${CACHE_FORMAT_VERSION}:${this.options.buildKey}:${curation}`;
  }

  /** Replaces the index with one built from `sources`, publishing partial results as they come. */
  async indexAll(sources: readonly ArticleSource[], run: IndexAllOptions): Promise<BuildFigures> {
    const { log } = this.options;
    const index = newIndex(this.curation);
    // A first build answers from its partial results at once; a rebuild keeps answering from the
    // complete previous index until the new one is complete.
    const showPartial = this.index.paths().length === 0;
    if (showPartial) {
      this.index = index;
      this.shownComplete = false;
    }
    this.building = index;
    clearTimeout(this.saveTimer);

    const openStarted = performance.now();
    let cache: AnalysisCache | undefined;
    if (this.options.cacheFile && !run.fresh) {
      const loaded = await AnalysisCache.open(this.options.cacheFile, this.cacheKey());
      if (loaded.problem) log.info(`Saved index: ${loaded.problem}`);
      cache = loaded.cache;
    } else if (this.options.cacheFile) {
      cache = new AnalysisCache(this.options.cacheFile, this.cacheKey());
    }
    this.cache = cache;
    const openCacheMs = performance.now() - openStarted;

    // Analyses arrive one by one; adding them in batches keeps linking (on this thread) rare.
    let batch: ArticleAnalysis[] = [];
    let lastPublish = Date.now();
    let interval = PUBLISH_INTERVAL_MS;
    let publishing: Promise<void> | undefined;
    let publishes = 0;
    let partialLinkMs = 0;
    const publish = async () => {
      if (this.building !== index || batch.length === 0) return;
      index.upsertMany(batch);
      batch = [];
      lastPublish = Date.now();
      if (!showPartial) return;
      // Link now, in slices, rather than inside the next hover.
      const worked = await index.relinkInSlices(pause);
      publishes++;
      partialLinkMs += worked;
      interval = Math.max(PUBLISH_INTERVAL_MS, worked * LINK_SHARE);
      lastPublish = Date.now();
      if (this.building === index) run.onPublish();
    };
    const analyseStarted = performance.now();
    const result = await this.indexer.run(sources, {
      signal: run.signal,
      cache,
      onAnalysis: (analysis) => {
        batch.push(analysis);
        if (!publishing && Date.now() - lastPublish >= interval) publishing = publish().finally(() => (publishing = undefined));
      },
      onProblem: (problem) => logProblem(log, problem),
      onProgress: run.onProgress,
    });
    const analyseMs = performance.now() - analyseStarted;
    await publishing;
    if (this.building !== index) return {}; // a newer build took over
    index.upsertMany(batch);
    batch = [];
    // Unchanged since the last session: reuse the saved linking instead of linking again.
    let saved: SavedLink | undefined;
    let fingerprint: string | undefined;
    if (cache && !result.cancelled) {
      cache.retain(new Set(result.analyses.map((a) => a.article.path)));
      fingerprint = cache.fingerprint();
      saved = cache.savedLink(fingerprint);
      if (saved) index.adoptLink({ entities: saved.entities, entityOf: new Map(saved.entityOf) });
    }
    const linkMs = await index.relinkInSlices(pause);
    if (this.building !== index) return {};
    // A saved linking leaves the linker empty: fill it in the background, or the first edit would link everything at once.
    if (saved) void index.prepareInSlices(pause);
    if (cache && fingerprint && !saved) {
      const linked = index.linkResult();
      if (linked) cache.saveLink({ fingerprint, entities: linked.entities, entityOf: [...linked.entityOf] });
    }
    if (showPartial || !result.cancelled) {
      this.index = index;
      this.shownComplete = !result.cancelled;
      run.onPublish();
    }
    for (const notice of result.notices) log.info(`Indexer: ${notice}`);
    if (result.reused) log.info(`Reused ${result.reused} saved analyses${saved ? ' and the saved linking' : ''}`);
    const saveStarted = performance.now();
    if (cache && !result.cancelled) await this.save(cache);
    // An empty file is nothing the reader lost; it is only logged.
    const skipped = result.problems.filter((p) => p.severity === 'skipped' && !/^(empty file|no text)/.test(p.reason)).length;
    return { openCacheMs, analyseMs, linkMs, saveMs: performance.now() - saveStarted, publishes, partialLinkMs, reused: result.reused, linkReused: !!saved, skipped };
  }

  /** Adds or re-analyses changed files and drops removed ones. */
  /** What the last `update` cost: analysis (in a worker) and linking (on this thread). */
  lastUpdate: { files: number; analyzeMs: number; linkMs: number } | undefined;

  async update(upserts: readonly ArticleSource[], removals: readonly string[]): Promise<void> {
    const { log } = this.options;
    const started = performance.now();
    for (const path of removals) {
      this.index.remove(path);
      this.cache?.remove(path);
    }
    if (upserts.length) {
      const result = await this.indexer.run(upserts, { cache: this.cache, onProblem: (p) => logProblem(log, p) });
      this.index.upsertMany(result.analyses);
      // A file that can no longer be read or analysed is no longer an article.
      for (const p of result.problems) if (p.severity === 'skipped') this.index.remove(p.path);
    }
    // Link now (in slices) rather than inside the next hover.
    const linkStarted = performance.now();
    const linkMs = await this.index.relinkInSlices(pause);
    this.lastUpdate = { files: upserts.length + removals.length, analyzeMs: linkStarted - started, linkMs };
    this.scheduleSave();
  }

  private scheduleSave(): void {
    const cache = this.cache;
    if (!cache) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(cache), SAVE_DELAY_MS);
  }

  private async save(cache: AnalysisCache): Promise<void> {
    if (!cache.dirty) return;
    // After edits, save the linking of what the cache now holds, so the next start need not link again.
    if (cache === this.cache && this.building === this.index) {
      const fingerprint = cache.fingerprint();
      const linked = cache.savedLink(fingerprint) ? undefined : this.index.linkResult();
      if (linked) cache.saveLink({ fingerprint, entities: linked.entities, entityOf: [...linked.entityOf] });
    }
    try {
      await cache.save();
    } catch (err) {
      // Only a slower next start: not worth bothering the reader.
      this.options.log.info(`Could not save the index to ${cache.file}: ${(err as Error)?.message ?? err}`);
    }
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    if (this.cache?.dirty) void this.save(this.cache);
    this.indexer.dispose();
  }
}

function logProblem(log: Log, problem: IndexProblem): void {
  log.fileProblem(problem.path, problem.severity === 'skipped' ? `skipped: ${problem.reason}` : problem.reason);
}
