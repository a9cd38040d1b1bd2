// Each workspace folder's `.dossier.yaml`: read, checked into the Problems panel, and handed to
// the index whenever it is saved. A file with errors keeps the last good corrections in force.
import * as vscode from 'vscode';
import { combineCurations, CURATION_FILE, EMPTY_CURATION, parseCuration } from '../../core/config';
import type { Curation, CurationDiagnostic } from '../../core/config';
import type { Log } from '../log';
import { reasonOf } from '../log';

/** Diagnostics of a file being typed are refreshed this long after the last keystroke. */
const TYPING_DEBOUNCE_MS = 300;

const decoder = new TextDecoder();

interface FolderState {
  folder: vscode.WorkspaceFolder;
  uri: vscode.Uri;
  /** The corrections in force for this folder: the last version of the file without errors. */
  curation: Curation;
  /** Text last applied, so a save that changes nothing re-indexes nothing. */
  appliedText?: string;
}

export class CurationFiles implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('dossier');
  private readonly changed = new vscode.EventEmitter<Curation>();
  /** Fired with the whole workspace's corrections when any folder's file changed them. */
  readonly onDidChange = this.changed.event;
  private folders = new Map<string, FolderState>();
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly log: Log,
    /** The prefix corpus paths of a folder start with (see CorpusPaths). */
    private readonly prefixOf: (folder: vscode.WorkspaceFolder) => string,
  ) {
    this.disposables.push(
      this.diagnostics,
      this.changed,
      vscode.workspace.onDidSaveTextDocument((doc) => {
        const state = this.stateOf(doc.uri);
        if (state) this.apply(state, doc.getText());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.stateOf(e.document.uri)) this.checkWhileTyping(e.document);
      }),
      // Unsaved edits thrown away: the problems shown are those of the file again.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (!this.stateOf(doc.uri)) return;
        clearTimeout(this.typingTimer);
        void this.reread(doc.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.load()),
    );
  }

  /** The corrections of every folder, combined for the one index. */
  get curation(): Curation {
    const parts = [...this.folders.values()].map((s) => ({ prefix: this.prefixOf(s.folder), curation: s.curation }));
    return parts.length ? combineCurations(parts) : EMPTY_CURATION;
  }

  /** Reads every folder's file (at activation and when folders change). */
  async load(): Promise<Curation> {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const folders = new Map<string, FolderState>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, CURATION_FILE);
      const previous = this.folders.get(uri.toString());
      folders.set(uri.toString(), previous ?? { folder, uri, curation: EMPTY_CURATION });
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CURATION_FILE));
      watcher.onDidCreate(() => void this.reread(uri));
      watcher.onDidChange(() => void this.reread(uri));
      watcher.onDidDelete(() => void this.reread(uri));
      this.watchers.push(watcher);
    }
    this.folders = folders;
    for (const state of folders.values()) {
      const text = await this.readText(state.uri);
      if (text !== null) this.apply(state, text, false);
    }
    return this.curation;
  }

  /** The folder's file as it is now: the open editor's text (saved or not) or the file on disk. */
  async currentText(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    const text = await this.readText(uri);
    if (text === null) throw new Error(`${CURATION_FILE} cannot be read (see the Dossier log)`);
    return text ?? '';
  }

  fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, CURATION_FILE);
  }

  /**
   * Takes in text just written by a command, without waiting for the file watcher.
   * Returns true when the corrections changed.
   */
  applyWritten(uri: vscode.Uri, text: string): boolean {
    const state = this.folders.get(uri.toString());
    return state ? this.apply(state, text) : false;
  }

  private stateOf(uri: vscode.Uri): FolderState | undefined {
    return this.folders.get(uri.toString());
  }

  /** The file changed on disk (another editor, git, a command): unsaved edits in VS Code win. */
  private async reread(uri: vscode.Uri): Promise<void> {
    const state = this.folders.get(uri.toString());
    if (!state) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) return;
    const text = await this.readText(uri);
    if (text !== null) this.apply(state, text);
  }

  /** Parses and shows problems; takes the corrections in when there are no errors. `undefined` text: no file. */
  private apply(state: FolderState, text: string | undefined, notify = true): boolean {
    const parsed = text === undefined ? { curation: EMPTY_CURATION, diagnostics: [] } : parseCuration(text);
    this.show(state.uri, parsed.diagnostics);
    if (text === state.appliedText) return false;
    if (!parsed.curation) {
      const first = parsed.diagnostics.find((d) => d.severity === 'error');
      this.log.fileProblem(vscode.workspace.asRelativePath(state.uri), `line ${first?.line}: ${first?.message}; the last good corrections stay in force until this is fixed`);
      return false;
    }
    state.appliedText = text;
    if (sameCuration(state.curation, parsed.curation)) return false;
    state.curation = parsed.curation;
    if (text !== undefined) this.log.info(`Applied ${vscode.workspace.asRelativePath(state.uri)}`);
    if (notify) this.changed.fire(this.curation);
    return true;
  }

  private checkWhileTyping(doc: vscode.TextDocument): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.show(doc.uri, parseCuration(doc.getText()).diagnostics), TYPING_DEBOUNCE_MS);
  }

  private show(uri: vscode.Uri, diagnostics: CurationDiagnostic[]): void {
    this.diagnostics.set(uri, diagnostics.map(toVscodeDiagnostic));
  }

  /** The file's text; undefined when there is no file; null when it exists but cannot be read (keep what is in force). */
  private async readText(uri: vscode.Uri): Promise<string | undefined | null> {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      this.log.fileProblem(vscode.workspace.asRelativePath(uri), `cannot be read: ${reasonOf(err)}`);
      return null;
    }
  }

  dispose(): void {
    clearTimeout(this.typingTimer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function toVscodeDiagnostic(d: CurationDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1);
  const diagnostic = new vscode.Diagnostic(range, d.message, d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = 'Dossier';
  return diagnostic;
}

function sameCuration(a: Curation, b: Curation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
