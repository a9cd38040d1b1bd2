// The live index of every article in the workspace: discovers files, hands their bytes to the
// engine's worker-based indexer, and keeps it current with the disk and with unsaved edits.
// Everything the editor features ask goes through `queries`, answered from memory.
import * as fs from 'fs';
import * as nodePath from 'path';
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
import { yieldToEventLoop } from '../core/index/yield';

export type IndexState = 'starting' | 'indexing' | 'ready' | 'cancelled' | 'failed';

/** Unsaved edits are indexed this long after the last keystroke. */
const EDIT_DEBOUNCE_MS = 250;
/** Changes on disk (saves, git checkouts, copies) are gathered this long, then applied together. */
const DISK_DEBOUNCE_MS = 80;

const encoder = new TextEncoder();
/** Folders listed at once while discovering, and how long discovery runs before letting other work in. */
const DISCOVER_PARALLEL = 16;
const DISCOVER_SLICE_MS = 10;
const STATS_IN_FLIGHT = 64;
/** The build's progress reaches the window (notification, status bar) at most this often. */
const PROGRESS_REPORT_MS = 250;

/** Which files of a workspace folder are articles: its `dossier.include`/`exclude` and `files.exclude`. */
interface FolderFilter {
  isArticle(relative: string): boolean;
  /** A folder nothing below which is indexed (tooling, build output, excluded). */
  skipsFolder(relative: string, name: string): boolean;
}

/**
 * A file's bytes. Local files are read straight from disk: through `vscode.workspace.fs` each read
 * first asks the window to activate the file system's provider, a round trip per file (seconds
 * for a few thousand articles when the window is busy). Other file systems go through it.
 */
function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return uri.scheme === 'file' ? fs.promises.readFile(uri.fsPath) : Promise.resolve(vscode.workspace.fs.readFile(uri));
}

/** A folder's entries, as `vscode.workspace.fs.readDirectory` gives them (local folders without the round trip). */
async function readFolder(uri: vscode.Uri): Promise<Array<[string, vscode.FileType]>> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readDirectory(uri);
  const typeOf = (entry: { isFile(): boolean; isDirectory(): boolean }) =>
    entry.isDirectory() ? vscode.FileType.Directory : entry.isFile() ? vscode.FileType.File : vscode.FileType.Unknown;
  const entries = await fs.promises.readdir(uri.fsPath, { withFileTypes: true });
  return Promise.all(
    entries.map(async (entry): Promise<[string, vscode.FileType]> => {
      if (!entry.isSymbolicLink()) return [entry.name, typeOf(entry)];
      // A link is what it points to (a broken link is neither file nor folder).
      const target = await fs.promises.stat(nodePath.join(uri.fsPath, entry.name)).catch(() => undefined);
      return [entry.name, vscode.FileType.SymbolicLink | (target ? typeOf(target) : vscode.FileType.Unknown)];
    }),
  );
}

function folderFilter(folder: vscode.WorkspaceFolder): FolderFilter {
  const { include, exclude } = readSettings(folder);
  const filesExclude = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude') ?? {};
  // Only plain `true` entries: a `when` condition on sibling files is not evaluated here.
  const excluded = [...exclude, ...Object.keys(filesExclude).filter((glob) => filesExclude[glob] === true)];
  return {
    isArticle: (relative) => matchesAnyGlob(relative, include) && !matchesAnyGlob(relative, excluded),
    skipsFolder: (relative, name) => SKIPPED_FOLDERS.includes(name) || matchesAnyGlob(relative, excluded) || matchesAnyGlob(`${relative}/`, excluded),
  };
}


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
  private readonly filters = new Map<string, FolderFilter>();

  constructor(
    private readonly log: Log,
    /** Where the engine's workers and saved index are (a second index on the same options is a restart). */
    readonly engineOptions: { workerScript: string; cacheFile: string | undefined; buildKey: string },
  ) {
    const engine = engineOptions;
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
        this.filters.clear();
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

  /** Set while an index is being built (the first or a rebuild). */
  get progress(): IndexingProgress | undefined {
    return this.progressValue;
  }

  /** Set while answers come from a build's partial results (a first build); a rebuild answers from the previous index. */
  get partial(): IndexingProgress | undefined {
    return this.engine.partial ? this.progressValue : undefined;
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
    const filter = this.filterOf(at.folder);
    const segments = at.relative.split('/');
    for (let i = 1; i < segments.length; i++) if (filter.skipsFolder(segments.slice(0, i).join('/'), segments[i - 1])) return false;
    return filter.isArticle(at.relative);
  }

  /** Each folder's include/exclude settings, read once (settings changes clear it). */
  private filterOf(folder: vscode.WorkspaceFolder): FolderFilter {
    const key = folder.uri.toString();
    let filter = this.filters.get(key);
    if (!filter) this.filters.set(key, (filter = folderFilter(folder)));
    return filter;
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
      const started = Date.now();
      const discoverStarted = performance.now();
      const uris = await this.discover();
      if (abort.signal.aborted) return;
      const statStarted = performance.now();
      const sources = uris.map(({ uri, path }) => this.sourceOf(uri, path));
      await this.addStats(sources, uris.map((u) => u.uri));
      if (abort.signal.aborted) return;
      const discovered = { discoverMs: statStarted - discoverStarted, statMs: performance.now() - statStarted };
      this.progressValue = { done: 0, total: sources.length };
      this.log.info(`Indexing ${sources.length} article file${sources.length === 1 ? '' : 's'} in ${this.paths.folders.length} folder(s)`);
      let figures: BuildFigures = {};
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Dossier', cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => abort.abort());
          let reported = 0;
          let lastReport = -Infinity;
          const run = this.engine.indexAll(sources, {
            signal: abort.signal,
            fresh: options.fresh,
            onProgress: (done, total) => {
              this.progressValue = { done, total };
              // Each report is a message to the window (and a status-bar update): a few a second are enough to read.
              const now = performance.now();
              if (now - lastReport < PROGRESS_REPORT_MS && done < total) return;
              lastReport = now;
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
      this.lastBuild = { articles: stats.articles, ms: Date.now() - started, ...discovered, ...figures };
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

  /**
   * Every article file of every workspace folder, per the include/exclude settings and
   * `files.exclude`. Walks the folders (any file system) rather than asking `findFiles`, which
   * runs the search service once per glob: seconds on a large folder when the window is busy,
   * and nothing at all on a virtual file system without a search provider.
   */
  private async discover(): Promise<Array<{ uri: vscode.Uri; path: string }>> {
    const found: Array<{ uri: vscode.Uri; path: string }> = [];
    for (const folder of this.paths.folders) {
      const filter = this.filterOf(folder);
      const prefix = this.paths.prefixOf(folder);
      // Real paths of the local folders entered, so that a link back up the tree ends.
      const visited = new Set<string>();
      let sliceStart = performance.now();
      let level: Array<{ uri: vscode.Uri; relative: string }> = [{ uri: folder.uri, relative: '' }];
      while (level.length) {
        const next: typeof level = [];
        // A few folders of one level at a time: each listing is a round trip to the file system.
        for (let i = 0; i < level.length; i += DISCOVER_PARALLEL) {
          const listed = await Promise.all(level.slice(i, i + DISCOVER_PARALLEL).map((dir) => this.listFolder(folder, dir, visited)));
          for (const { dir, entries } of listed) {
            for (const [name, type] of entries) {
              const relative = dir.relative ? `${dir.relative}/${name}` : name;
              if (type & vscode.FileType.Directory) {
                if (!filter.skipsFolder(relative, name)) next.push({ uri: vscode.Uri.joinPath(dir.uri, name), relative });
              } else if (type & vscode.FileType.File && filter.isArticle(relative)) {
                found.push({ uri: vscode.Uri.joinPath(dir.uri, name), path: prefix + relative });
              }
              // Matching globs costs a little per file: a folder of thousands must not block the host.
              if (performance.now() - sliceStart >= DISCOVER_SLICE_MS) {
                await yieldToEventLoop();
                sliceStart = performance.now();
              }
            }
          }
        }
        level = next;
      }
    }
    return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** One folder's entries; a local link to a folder already walked is skipped (loops end). */
  private async listFolder(folder: vscode.WorkspaceFolder, dir: { uri: vscode.Uri; relative: string }, visited: Set<string>) {
    const none = { dir, entries: [] as Array<[string, vscode.FileType]> };
    if (dir.uri.scheme === 'file') {
      const real = await fs.promises.realpath(dir.uri.fsPath).catch(() => dir.uri.fsPath);
      if (visited.has(real)) return none;
      visited.add(real);
    }
    try {
      const entries = await readFolder(dir.uri);
      // Elsewhere a link to a folder may loop with no way to tell: only local ones are followed.
      return { dir, entries: dir.uri.scheme === 'file' ? entries : entries.filter(([, type]) => !(type & vscode.FileType.SymbolicLink && type & vscode.FileType.Directory)) };
    } catch (err) {
      this.log.fileProblem(dir.relative ? `${this.paths.prefixOf(folder)}${dir.relative}` : folder.name, `cannot list folder: ${reasonOf(err)}`);
      return none;
    }
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
        return readBytes(uri);
      },
    };
  }

  /**
   * Size and modification time of local files, so the saved index answers for unchanged ones
   * without reading them (a warm start). Other file systems are read and recognised by content hash.
   */
  private async addStats(sources: ArticleSource[], uris: vscode.Uri[]): Promise<void> {
    const dirty = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    // A fixed number of stats in flight, each lane taking the next file as one finishes.
    let next = 0;
    const lane = async () => {
      while (next < sources.length) {
        const i = next++;
        const uri = uris[i];
        if (uri.scheme !== 'file' || dirty.has(uri.toString())) continue;
        const stat = await fs.promises.stat(uri.fsPath).catch(() => undefined);
        if (stat?.isFile()) {
          sources[i].size = stat.size;
          sources[i].mtimeMs = stat.mtimeMs;
        }
      }
    };
    await Promise.all(Array.from({ length: STATS_IN_FLIGHT }, lane));
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  /** The article's text as the index holds it (the text its offsets count in), for turning offsets into lines. */
  private async readText(path: string): Promise<string | undefined> {
    const indexed = this.engine.textOf(path);
    if (indexed !== undefined) return indexed;
    const uri = this.uriOf(path);
    if (!uri) return undefined;
    try {
      return loadArticle(path, await readBytes(uri)).article?.text;
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
