// The live index of every article in the workspace: discovers files, hands their bytes to the
// engine's worker-based indexer, and keeps it current with the disk and with unsaved edits.
// Everything the editor features ask goes through `queries`, answered from memory.
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { CorpusQueries } from '../core/index/queries';
import type { Mention } from '../core/types';
import { loadArticle, matchesAnyGlob, SKIPPED_FOLDERS } from '../core/corpus';
import { readSettings, affectsCorpus } from './config';
import { CorpusPaths } from './corpusPaths';
import { Positions } from './positions';
import type { IndexingProgress } from './hoverContent';
import { Log, reasonOf } from './log';
import type { Curation } from '../core/config/curation';
import { Engine, type ArticleSource, type BuildFigures } from './engine';

export type IndexState = 'starting' | 'indexing' | 'ready' | 'cancelled' | 'failed';

/** Unsaved edits are indexed this long after the last keystroke. */
const EDIT_DEBOUNCE_MS = 250;
/** Changes on disk (saves, git checkouts, copies) are gathered this long, then applied together. */
const DISK_DEBOUNCE_MS = 80;

const encoder = new TextEncoder();

export class WorkspaceIndex implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired after any change of the index (a batch of files, partial results of a build, a rebuild). */
  readonly onDidChange = this.changed.event;
  private readonly stateChanged = new vscode.EventEmitter<IndexState>();
  readonly onDidChangeState = this.stateChanged.event;
  private readonly progressChanged = new vscode.EventEmitter<void>();
  /** Fired as the build advances (about 20 times a second at most); the index itself may not have changed. */
  readonly onDidChangeProgress = this.progressChanged.event;

  paths: CorpusPaths;
  readonly positions: Positions;
  private engine: Engine;
  private stateValue: IndexState = 'starting';
  private progressValue: IndexingProgress | undefined;
  private buildAbort: AbortController | undefined;
  /** How the last completed build went (shown in the log; read by tests and benchmarks). */
  lastBuild: ({ articles: number; ms: number } & BuildFigures) | undefined;
  private firstBuild: Promise<void>;
  private resolveFirstBuild!: () => void;

  /** Disk changes waiting for the debounce: path -> the file's URI, or null when it was deleted. */
  private readonly diskPending = new Map<string, vscode.Uri | null>();
  private diskTimer: ReturnType<typeof setTimeout> | undefined;
  /** Open documents with unsaved edits not yet indexed. */
  private readonly editPending = new Map<string, { doc: vscode.TextDocument; timer: ReturnType<typeof setTimeout> }>();
  /** Paths whose indexed text came from an editor buffer, with that buffer's version. */
  private readonly fromBuffer = new Map<string, number>();
  /** Engine updates run one after another, in the order they were asked. */
  private queue: Promise<void> = Promise.resolve();
  /** The queued update that will bring each article up to date, while it is pending. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];

  constructor(
    private readonly log: Log,
    engine: { workerScript: string; cacheFile: string | undefined; buildKey: string },
  ) {
    this.paths = new CorpusPaths(vscode.workspace.workspaceFolders ?? []);
    this.positions = new Positions((p) => this.uriOf(p), (p) => this.readText(p));
    this.engine = new Engine({ ...engine, log });
    this.firstBuild = new Promise((resolve) => (this.resolveFirstBuild = resolve));

    this.disposables.push(
      this.changed,
      this.stateChanged,
      this.progressChanged,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.documentEdited(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.documentSaved(doc)),
      vscode.workspace.onDidOpenTextDocument((doc) => void this.documentOpened(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.documentClosed(doc)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuild()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsCorpus(e)) void this.rebuild();
      }),
    );
  }

  get queries(): CorpusQueries {
    return this.engine.queries;
  }

  /** What the last incremental update cost (tests and benchmarks print it). */
  get lastUpdate() {
    return this.engine.lastUpdate;
  }

  get state(): IndexState {
    return this.stateValue;
  }

  /** Set while the first (or a rebuilt) index is being built: answers are partial until then. */
  get progress(): IndexingProgress | undefined {
    return this.progressValue;
  }

  /** Resolves when the first build has ended (finished, cancelled or failed). */
  whenBuilt(): Promise<void> {
    return this.firstBuild;
  }

  pathOf(uri: vscode.Uri): string | undefined {
    return this.paths.pathOf(uri);
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.paths.uriOf(path);
  }

  /** True when this file is one the settings make an article (whether or not indexed yet). */
  isArticleUri(uri: vscode.Uri): boolean {
    const at = this.paths.locate(uri);
    if (!at || !at.relative) return false;
    const settings = readSettings(at.folder);
    if (at.relative.split('/').some((segment) => SKIPPED_FOLDERS.includes(segment))) return false;
    return matchesAnyGlob(at.relative, settings.include) && !matchesAnyGlob(at.relative, settings.exclude);
  }

  /** The corpus path of an open document that is an indexed article, else undefined. */
  articlePath(doc: vscode.TextDocument): string | undefined {
    const path = this.pathOf(doc.uri);
    return path !== undefined && this.queries.article(path) ? path : undefined;
  }

  /** True when the index holds exactly this document's current text (no edit waiting to be indexed). */
  isCurrent(doc: vscode.TextDocument): boolean {
    const path = this.pathOf(doc.uri);
    if (path === undefined || this.editPending.has(path)) return false;
    return doc.isDirty ? this.fromBuffer.get(path) === doc.version : true;
  }

  /** The mention under the cursor, after bringing the index up to date with the document. */
  async mentionAt(doc: vscode.TextDocument, position: vscode.Position): Promise<{ path: string; mention: Mention } | undefined> {
    await this.settle(doc);
    const path = this.articlePath(doc);
    if (path === undefined) return undefined;
    const mention = this.queries.mentionAt(path, doc.offsetAt(position));
    return mention && { path, mention };
  }

  /**
   * Makes sure the index reflects this document's current text before a provider reads offsets:
   * a pending debounced edit is applied at once, and queued updates are awaited.
   */
  async settle(doc: vscode.TextDocument): Promise<void> {
    const path = this.pathOf(doc.uri);
    if (path === undefined) return;
    const pending = this.editPending.get(path);
    if (pending) {
      clearTimeout(pending.timer);
      this.editPending.delete(path);
      this.enqueueDocument(path, doc);
    }
    // Only this article's own updates are awaited: a build in progress answers with partial results.
    await this.inFlight.get(path);
  }

  // ---- Building ----------------------------------------------------------------------------

  /**
   * The reader's corrections (.dossier.yaml, combined over folders): every article is linked again,
   * and only those whose analysis they can change are analysed again. Resolves once the index shows them.
   */
  async setCuration(curation: Curation | undefined): Promise<void> {
    const affected = this.engine.setCuration(curation);
    // Before the first build, or during one, the build itself analyses under the new corrections.
    if (this.state === 'starting') return;
    if (this.state === 'indexing') return this.rebuild();
    const sources = affected.flatMap((path) => {
      const uri = this.uriOf(path);
      return uri ? [this.sourceOf(uri, path)] : [];
    });
    this.enqueue(`applying .dossier.yaml to ${sources.length} article(s)`, () => this.engine.update(sources, []), affected);
    await this.queue;
  }

  /** Discards the index and builds it again from every workspace folder; `fresh` ignores the saved index. */
  async rebuild(options: { fresh?: boolean } = {}): Promise<void> {
    this.buildAbort?.abort();
    const abort = new AbortController();
    this.buildAbort = abort;
    this.paths = new CorpusPaths(vscode.workspace.workspaceFolders ?? []);
    this.positions.clear();
    this.fromBuffer.clear();
    this.diskPending.clear();
    this.resetWatchers();
    this.setState('indexing');
    this.progressValue = { done: 0, total: 0 };
    try {
      const uris = await this.discover();
      if (abort.signal.aborted) return;
      const sources = uris.map(({ uri, path }) => this.sourceOf(uri, path));
      await this.addStats(sources, uris.map((u) => u.uri));
      if (abort.signal.aborted) return;
      this.progressValue = { done: 0, total: sources.length };
      this.log.info(`Indexing ${sources.length} article file${sources.length === 1 ? '' : 's'} in ${this.paths.folders.length} folder(s)`);
      const started = Date.now();
      let figures: BuildFigures = {};
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Dossier', cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => abort.abort());
          let reported = 0;
          const run = this.engine.indexAll(sources, {
            signal: abort.signal,
            fresh: options.fresh,
            onProgress: (done, total) => {
              this.progressValue = { done, total };
              const pct = total ? (100 * (done - reported)) / total : 0;
              reported = done;
              progress.report({ message: `Indexing ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} articles`, increment: pct });
              this.progressChanged.fire();
            },
            onPublish: () => this.changed.fire(),
          });
          this.queue = this.queue.then(() => run).then(() => undefined, () => undefined);
          figures = await run;
        },
      );
      if (abort.signal.aborted) {
        if (this.buildAbort === abort) {
          this.log.info(`Indexing cancelled after ${this.progressValue?.done ?? 0} articles`);
          this.progressValue = undefined;
          this.setState('cancelled');
        }
        return;
      }
      const stats = this.queries.stats();
      this.lastBuild = { articles: stats.articles, ms: Date.now() - started, ...figures };
      const link = figures.linkMs === undefined ? '' : ` (linking ${Math.round(figures.linkMs)} ms, saving ${Math.round(figures.saveMs ?? 0)} ms, ${figures.reused ?? 0} reused)`;
      this.log.info(`Indexed ${stats.articles} articles in ${this.lastBuild.ms} ms${link}: ${stats.people} people, ${stats.places} places, ${stats.quotes} quotes`);
      if (figures.skipped) {
        // One message for the whole build; the log names each file and its reason.
        const n = figures.skipped;
        void vscode.window
          .showWarningMessage(`Dossier could not index ${n} file${n === 1 ? '' : 's'} (binary, too large or unreadable); the rest is indexed.`, 'Show Log')
          .then((choice) => choice && this.log.show());
      }
      this.progressValue = undefined;
      this.setState('ready');
      // Open articles with unsaved edits win over what is on disk.
      for (const doc of vscode.workspace.textDocuments) if (doc.isDirty) this.documentEdited(doc);
    } catch (err) {
      if (this.buildAbort !== abort) return;
      this.progressValue = undefined;
      this.setState('failed');
      this.log.error('build', `indexing failed: ${reasonOf(err)}. Run "Dossier: Rebuild Index" to try again.`, err);
    } finally {
      if (this.buildAbort === abort) {
        this.changed.fire();
        this.resolveFirstBuild();
      }
    }
  }

  private setState(state: IndexState): void {
    this.stateValue = state;
    this.stateChanged.fire(state);
  }

  /** Every article file of every workspace folder, per the include/exclude settings. */
  private async discover(): Promise<Array<{ uri: vscode.Uri; path: string }>> {
    const found = new Map<string, vscode.Uri>();
    for (const folder of this.paths.folders) {
      const { include } = readSettings(folder);
      for (const glob of include) {
        let uris: vscode.Uri[];
        try {
          // `undefined` exclude keeps the user's files.exclude in force.
          uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob));
        } catch (err) {
          this.log.fileProblem(folder.name, `cannot list files matching ${glob}: ${reasonOf(err)}`);
          continue;
        }
        for (const uri of uris) {
          const path = this.pathOf(uri);
          if (path !== undefined && !found.has(path) && this.isArticleUri(uri)) found.set(path, uri);
        }
      }
    }
    return [...found].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([path, uri]) => ({ uri, path }));
  }

  /** An article source: the open buffer when it has unsaved edits, else the file via workspace.fs. */
  private sourceOf(uri: vscode.Uri, path: string): ArticleSource {
    return {
      path,
      read: async () => {
        const doc = this.openDocument(uri);
        if (doc?.isDirty) {
          this.fromBuffer.set(path, doc.version);
          return encoder.encode(doc.getText());
        }
        this.fromBuffer.delete(path);
        return vscode.workspace.fs.readFile(uri);
      },
    };
  }

  /**
   * Size and modification time of local files, so the saved index answers for unchanged ones
   * without reading them (a warm start). Other file systems are read and recognised by content hash.
   */
  private async addStats(sources: ArticleSource[], uris: vscode.Uri[]): Promise<void> {
    const BATCH = 64;
    for (let i = 0; i < sources.length; i += BATCH) {
      await Promise.all(
        sources.slice(i, i + BATCH).map(async (source, j) => {
          const uri = uris[i + j];
          if (uri.scheme !== 'file' || this.openDocument(uri)?.isDirty) return;
          const stat = await fs.promises.stat(uri.fsPath).catch(() => undefined);
          if (stat?.isFile()) {
            source.size = stat.size;
            source.mtimeMs = stat.mtimeMs;
          }
        }),
      );
    }
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  /** The article's text as the engine decodes it, for turning offsets into lines. */
  private async readText(path: string): Promise<string | undefined> {
    const uri = this.uriOf(path);
    if (!uri) return undefined;
    try {
      return loadArticle(path, await vscode.workspace.fs.readFile(uri)).article?.text;
    } catch {
      return undefined;
    }
  }

  // ---- Staying current ---------------------------------------------------------------------

  private resetWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of this.paths.folders) {
      const { include } = readSettings(folder);
      for (const glob of include) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        watcher.onDidCreate((uri) => this.diskChanged(uri, uri));
        watcher.onDidChange((uri) => this.diskChanged(uri, uri));
        watcher.onDidDelete((uri) => this.diskChanged(uri, null));
        this.watchers.push(watcher);
      }
      // A deleted or renamed folder reports only the folder: drop every article below it.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
      folders.onDidDelete((uri) => this.folderDeleted(uri));
      this.watchers.push(folders);
    }
  }

  private diskChanged(uri: vscode.Uri, now: vscode.Uri | null): void {
    const path = this.pathOf(uri);
    if (path === undefined || (now && !this.isArticleUri(uri))) return;
    // Unsaved edits win: the buffer is what the reader sees. A just-saved buffer is already indexed.
    const doc = now && this.openDocument(uri);
    if (doc && (doc.isDirty || this.fromBuffer.get(path) === doc.version)) return;
    this.diskPending.set(path, now);
    clearTimeout(this.diskTimer);
    this.diskTimer = setTimeout(() => this.flushDisk(), DISK_DEBOUNCE_MS);
  }

  private folderDeleted(uri: vscode.Uri): void {
    const at = this.paths.locate(uri);
    if (!at) return;
    // The workspace folder itself may go: then every article of it goes.
    const prefix = at.relative ? `${this.pathOf(uri)}/` : this.paths.prefixOf(at.folder);
    const under = this.queries.articles().filter((a) => a.path.startsWith(prefix));
    for (const a of under) this.diskPending.set(a.path, null);
    if (under.length) {
      clearTimeout(this.diskTimer);
      this.diskTimer = setTimeout(() => this.flushDisk(), DISK_DEBOUNCE_MS);
    }
  }

  private flushDisk(): void {
    const batch = [...this.diskPending];
    this.diskPending.clear();
    const upserts: ArticleSource[] = [];
    const upsertUris: vscode.Uri[] = [];
    const removals: string[] = [];
    for (const [path, uri] of batch) {
      this.positions.forget(path);
      if (uri) {
        upserts.push(this.sourceOf(uri, path));
        upsertUris.push(uri);
      } else {
        this.fromBuffer.delete(path);
        removals.push(path);
      }
    }
    this.enqueue(
      `updating ${batch.length} file(s)`,
      async () => {
        await this.addStats(upserts, upsertUris);
        await this.engine.update(upserts, removals);
      },
      batch.map(([path]) => path),
    );
  }

  private documentEdited(doc: vscode.TextDocument): void {
    const path = this.pathOf(doc.uri);
    if (path === undefined || !this.isArticleUri(doc.uri)) return;
    const pending = this.editPending.get(path);
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.editPending.delete(path);
      this.enqueueDocument(path, doc);
    }, EDIT_DEBOUNCE_MS);
    this.editPending.set(path, { doc, timer });
  }

  private documentSaved(doc: vscode.TextDocument): void {
    const path = this.pathOf(doc.uri);
    if (path === undefined || !this.isArticleUri(doc.uri)) return;
    // Index the saved text at once rather than wait for the watcher; the watcher's re-read is then a no-op.
    const pending = this.editPending.get(path);
    if (pending) clearTimeout(pending.timer);
    this.editPending.delete(path);
    if (this.fromBuffer.get(path) !== doc.version) this.enqueueDocument(path, doc);
  }

  /** An article opened in the editor may differ from the file (mixed line endings are normalised). */
  private async documentOpened(doc: vscode.TextDocument): Promise<void> {
    const path = this.pathOf(doc.uri);
    if (path === undefined || this.state !== 'ready' || !this.queries.article(path)) return;
    if (doc.isDirty) return this.documentEdited(doc);
    const text = await this.readText(path);
    if (text !== undefined && text !== doc.getText()) this.enqueueDocument(path, doc);
  }

  /** Closing a buffer whose edits were never saved: the file on disk is the article again. */
  private documentClosed(doc: vscode.TextDocument): void {
    const path = this.pathOf(doc.uri);
    if (path === undefined) return;
    const pending = this.editPending.get(path);
    if (pending) clearTimeout(pending.timer);
    this.editPending.delete(path);
    this.positions.forget(path);
    if (this.fromBuffer.has(path)) {
      this.fromBuffer.delete(path);
      this.diskChanged(doc.uri, doc.uri);
    }
  }

  private enqueueDocument(path: string, doc: vscode.TextDocument): void {
    const version = doc.version;
    const text = doc.getText();
    this.fromBuffer.set(path, version);
    this.positions.forget(path);
    const source: ArticleSource = { path, read: async () => encoder.encode(text) };
    this.enqueue(`indexing unsaved edits of ${path}`, () => this.engine.update([source], []), [path]);
  }

  /** Runs `work` after everything queued before it; `paths` are the articles it updates. */
  private enqueue(what: string, work: () => Promise<void>, paths: readonly string[]): void {
    const done = this.queue
      .then(work)
      .then(() => this.changed.fire())
      .catch((err) => this.log.error('update', `${what} failed: ${reasonOf(err)}`, err));
    this.queue = done;
    for (const path of paths) this.inFlight.set(path, done);
    void done.then(() => {
      for (const path of paths) if (this.inFlight.get(path) === done) this.inFlight.delete(path);
    });
  }

  dispose(): void {
    this.buildAbort?.abort();
    clearTimeout(this.diskTimer);
    for (const p of this.editPending.values()) clearTimeout(p.timer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.engine.dispose();
  }
}
