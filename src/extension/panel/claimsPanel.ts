import * as vscode from 'vscode';
import type { CorpusQueries } from '../../core/index/queries';
import { parseFromWebview, sameRoute, type FromWebview, type Page, type Route, type ToWebview } from '../../../webview/protocol';
import { PanelModel } from './viewModel';
import { CURATION_COMMANDS } from '../curation/commands';

// The claims panel: a webview view in the "Dossier" activity-bar container. The webview owns
// navigation (history, scroll, search box) and asks for what it shows; this side answers from
// the index through PanelModel and opens articles in the editor.

export const VIEW_ID = 'dossier.claims';

/** How corpus paths (relative, forward slashes) map to workspace URIs and back. */
export interface PanelPaths {
  uriOf(path: string): vscode.Uri | undefined;
  pathOf(uri: vscode.Uri): string | undefined;
}

/** What the panel last showed; read by the extension-host tests. */
export interface ClaimsPanelState {
  route: Route | undefined;
  page: Page | undefined;
  follow: boolean;
  visible: boolean;
  lastRenderMs: number | undefined;
}

/** Paths relative to the first workspace folder (the corpus root). */
export const workspacePaths: PanelPaths = {
  uriOf(path) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, ...path.split('/')) : undefined;
  },
  pathOf(uri) {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || folder !== vscode.workspace.workspaceFolders?.[0]) return undefined;
    const root = folder.uri.path.replace(/\/$/, '');
    return uri.path.startsWith(root + '/') ? uri.path.slice(root.length + 1) : undefined;
  },
};

const INDEX_CHANGE_DELAY_MS = 400;
const FOLLOW_DELAY_MS = 150;

export class ClaimsPanel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private model: PanelModel | undefined;
  private modelIndex: CorpusQueries | undefined;
  /** The index changed since the model was made: the next request makes a new one. */
  private stale = false;
  private follow: boolean;
  private pending: Route | undefined;
  private webviewReady = false;
  private shown: { route: Route; page: Page } | undefined;
  private lastRenderMs: number | undefined;
  private indexTimer: NodeJS.Timeout | undefined;
  private followTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly getIndex: () => CorpusQueries | undefined,
    onIndexChanged: vscode.Event<void>,
    private readonly paths: PanelPaths,
  ) {
    this.follow = context.workspaceState.get<boolean>('dossier.claims.follow', true);
    this.disposables.push(
      onIndexChanged(() => this.indexChanged()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.selectionChanged(e)),
    );
  }

  get state(): ClaimsPanelState {
    return { route: this.shown?.route, page: this.shown?.page, follow: this.follow, visible: !!this.view?.visible, lastRenderMs: this.lastRenderMs };
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = panelHtml(view.webview, media);
    this.webviewReady = false;
    this.disposables.push(
      view.webview.onDidReceiveMessage((raw) => this.receive(raw)),
      // A hidden view's page is unloaded; it says "ready" again when shown.
      view.onDidChangeVisibility(() => {
        if (!view.visible) this.webviewReady = false;
      }),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
      }),
    );
  }

  /** Shows an entity (or the overview), opening the panel if needed. */
  async reveal(route: Route): Promise<void> {
    if (this.view && this.webviewReady) {
      this.post({ type: 'navigate', route });
      this.view.show(true);
      return;
    }
    // Not listening yet: sent when the webview says it is ready.
    this.pending = route;
    if (this.view) this.view.show(true);
    else await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  }

  /** Runs a title-bar action inside the webview, which owns the history. */
  postCommand(command: 'back' | 'forward' | 'toggleFollow'): void {
    this.post({ type: 'command', command });
  }

  /** Handles a message as if the webview had sent it (validated the same way). */
  async receive(raw: unknown): Promise<void> {
    const message = parseFromWebview(raw);
    if (!message) {
      console.warn('Dossier claims panel: ignored a malformed message from the webview');
      return;
    }
    try {
      await this.handle(message);
    } catch (error) {
      console.error('Dossier claims panel:', error);
    }
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        this.post({ type: 'follow', follow: this.follow });
        if (this.pending) this.post({ type: 'navigate', route: this.pending });
        this.pending = undefined;
        return;
      case 'page': {
        const page: Page = await this.fromModel((model) => model.page(message.route, message.keep), { kind: 'noIndex', reason: 'Dossier is still indexing this workspace.' });
        this.shown = { route: message.route, page };
        this.post({ type: 'page', requestId: message.requestId, route: message.route, page });
        return;
      }
      case 'more': {
        const { items, total } = await this.fromModel((model) => model.more(message.route, message.section, message.offset), { items: [], total: 0 });
        this.post({ type: 'more', requestId: message.requestId, route: message.route, section: message.section, offset: message.offset, items, total });
        return;
      }
      case 'entities': {
        const model = this.currentModel();
        const { total, rows } = model ? model.entityRows(message.query, message.offset, message.limit) : { total: 0, rows: [] };
        this.post({ type: 'entities', requestId: message.requestId, query: message.query, offset: message.offset, total, rows });
        return;
      }
      case 'open':
        await this.open(message.path, message.start, message.end);
        return;
      case 'follow':
        this.follow = message.follow;
        // Echoed so the toggle shows the state whoever changed it.
        this.post({ type: 'follow', follow: message.follow });
        await this.context.workspaceState.update('dossier.claims.follow', message.follow);
        return;
      case 'rendered':
        if (this.shown && sameRoute(this.shown.route, message.route)) this.lastRenderMs = message.ms;
        return;
      case 'curate':
        await vscode.commands.executeCommand(CURATION_COMMANDS[message.action], message.entityId);
        return;
    }
  }

  /** Opens the article with [start, end) selected and in view. Only paths the index knows. */
  async open(path: string, start: number, end: number): Promise<vscode.TextEditor | undefined> {
    const index = this.getIndex();
    const uri = index?.article(path) ? this.paths.uriOf(path) : undefined;
    if (!uri) {
      void vscode.window.showWarningMessage(`Dossier: "${path}" is not an indexed article.`);
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const length = document.getText().length;
    const range = new vscode.Range(document.positionAt(Math.min(start, length)), document.positionAt(Math.min(end, length)));
    const editor = await vscode.window.showTextDocument(document, { selection: range, preview: true, viewColumn: vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  /**
   * Answers from the model of the current index. When the index changes while the answer
   * waits for the claims to be grouped, that grouping stops and the new model answers.
   */
  private async fromModel<T>(answer: (model: PanelModel) => Promise<T>, noIndex: T): Promise<T> {
    for (;;) {
      const model = this.currentModel();
      if (!model) return noIndex;
      try {
        return await answer(model);
      } catch (error) {
        if (!(error instanceof Error && error.name === 'AbortError')) throw error;
      }
    }
  }

  private currentModel(): PanelModel | undefined {
    const index = this.getIndex();
    if (!index) return undefined;
    if (!this.model || this.modelIndex !== index || this.stale) {
      this.model = new PanelModel(index, undefined, this.model);
      this.modelIndex = index;
      this.stale = false;
    }
    return this.model;
  }

  private indexChanged(): void {
    this.stale = true;
    // Its claims are out of date: stop grouping them (what was grouped is carried over).
    this.model?.dispose();
    // Indexing reports many changes in a row; the webview refreshes once they settle.
    clearTimeout(this.indexTimer);
    this.indexTimer = setTimeout(() => this.post({ type: 'indexChanged' }), INDEX_CHANGE_DELAY_MS);
  }

  private selectionChanged(event: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.follow || !this.view?.visible) return;
    clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => {
      const index = this.getIndex();
      const path = this.paths.pathOf(event.textEditor.document.uri);
      if (!index || path === undefined) return;
      const offset = event.textEditor.document.offsetAt(event.selections[0].active);
      // A name shows its entity; inside a quotation, its speaker.
      const hit = index.hitAt(path, offset);
      const id = hit?.type === 'mention' ? hit.mention.entity : hit?.type === 'quote' ? hit.quote.speaker : null;
      const route: Route | undefined = id ? { kind: 'entity', id } : undefined;
      if (route && !(this.shown && sameRoute(this.shown.route, route))) this.post({ type: 'navigate', route });
    }, FOLLOW_DELAY_MS);
  }

  private post(message: ToWebview): void {
    void this.view?.webview.postMessage(message);
  }

  dispose(): void {
    clearTimeout(this.indexTimer);
    clearTimeout(this.followTimer);
    this.model?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

function panelHtml(webview: vscode.Webview, media: vscode.Uri): string {
  const asset = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(media, ...parts)).toString();
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('codicons', 'codicon.css')}">
<link rel="stylesheet" href="${asset('panel.css')}">
<title>Dossier claims</title>
</head>
<body>
<div id="app" data-testid="dossier-panel"></div>
<script nonce="${n}" src="${asset('panel.js')}"></script>
</body>
</html>`;
}

/**
 * Registers the claims panel, its commands and (for tests) a state query. The extension calls
 * this once in `activate`; `getIndex` answers undefined until the first index is ready.
 */
export function registerClaimsPanel(
  context: vscode.ExtensionContext,
  getIndex: () => CorpusQueries | undefined,
  onIndexChanged: vscode.Event<void>,
  paths: PanelPaths = workspacePaths,
): ClaimsPanel {
  const panel = new ClaimsPanel(context, getIndex, onIndexChanged, paths);
  context.subscriptions.push(
    panel,
    vscode.window.registerWebviewViewProvider(VIEW_ID, panel),
    vscode.commands.registerCommand('dossier.openClaimsPanel', () => panel.reveal({ kind: 'overview' })),
    vscode.commands.registerCommand('dossier.revealEntity', (entityId: unknown) =>
      typeof entityId === 'string' && entityId ? panel.reveal({ kind: 'entity', id: entityId }) : panel.reveal({ kind: 'entities' }),
    ),
    vscode.commands.registerCommand('dossier.claimsPanel.back', () => panel.postCommand('back')),
    vscode.commands.registerCommand('dossier.claimsPanel.forward', () => panel.postCommand('forward')),
    vscode.commands.registerCommand('dossier.claimsPanel.toggleFollow', () => panel.postCommand('toggleFollow')),
    // Not in the palette: lets the extension-host tests read what the panel shows and act as the webview.
    vscode.commands.registerCommand('dossier.claimsPanel.state', () => panel.state),
    vscode.commands.registerCommand('dossier.claimsPanel.receive', (message: unknown) => panel.receive(message)),
  );
  return panel;
}
