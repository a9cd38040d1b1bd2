// Activation: builds the live index in the background and registers the editor features over it.
// Activation itself only wires things up; indexing starts after `activate` returns.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { ArticleLanguage, ARTICLE_LANGUAGE } from './articleLanguage';
import { registerCommands } from './commands';
import { registerCuration } from './curation';
import { NameDecorations } from './decorations';
import { DossierDefinitionProvider } from './definition';
import { DossierHighlightProvider } from './highlights';
import { DossierHoverProvider } from './hover';
import { Log } from './log';
import { registerClaimsPanel } from './panel/claimsPanel';
import { DossierReferenceProvider } from './references';
import { DossierStatusBar } from './statusBar';
import { DossierDocumentSymbolProvider } from './symbols';
import { WorkspaceIndex } from './workspaceIndex';
import { DossierWorkspaceSymbolProvider } from './workspaceSymbols';

/** Articles may be plain text, Markdown or already shown with the News Article grammar, on any file system. */
const ARTICLE_DOCUMENTS: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }, { language: ARTICLE_LANGUAGE }];

/** What `activate` returns: used by the extension-host tests and by other extensions. */
export interface DossierApi {
  index: WorkspaceIndex;
  statusBar: DossierStatusBar;
  /** How long `activate` itself took (indexing runs afterwards, in the background). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): DossierApi {
  const started = Date.now();
  const log = new Log();
  // The engine's cache is on the local disk; a virtual or remote storage location means no cache.
  const cacheFile = context.storageUri?.scheme === 'file' ? vscode.Uri.joinPath(context.storageUri, 'index.jsonl').fsPath : undefined;
  const version = String(context.extension.packageJSON.version ?? '0');
  const workerScript = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath;
  const index = new WorkspaceIndex(log, {
    workerScript,
    cacheFile,
    // A rebuilt engine (even at the same version, in development) must not reuse old analyses.
    buildKey: `${version}:${bundleDate(workerScript)}`,
  });
  const statusBar = new DossierStatusBar(index);

  context.subscriptions.push(
    log,
    index,
    statusBar,
    new NameDecorations(index),
    new ArticleLanguage(index),
    vscode.languages.registerHoverProvider(ARTICLE_DOCUMENTS, new DossierHoverProvider(index)),
    vscode.languages.registerReferenceProvider(ARTICLE_DOCUMENTS, new DossierReferenceProvider(index)),
    vscode.languages.registerDefinitionProvider(ARTICLE_DOCUMENTS, new DossierDefinitionProvider(index)),
    vscode.languages.registerDocumentHighlightProvider(ARTICLE_DOCUMENTS, new DossierHighlightProvider(index)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_DOCUMENTS, new DossierDocumentSymbolProvider(index), { label: 'Dossier' }),
    vscode.languages.registerWorkspaceSymbolProvider(new DossierWorkspaceSymbolProvider(index)),
    ...registerCommands(index, log),
  );
  registerClaimsPanel(context, () => (index.state === 'starting' ? undefined : index.queries), index.onDidChange, index);

  const curation = registerCuration(context, index, log);

  const activationMs = Date.now() - started;
  log.info(`Activated in ${activationMs} ms`);
  // Indexing runs after activation returns (and after .dossier.yaml is read), in the background.
  setTimeout(() => void curation.ready.then(() => index.rebuild()), 0);
  return { index, statusBar, activationMs };
}

function bundleDate(file: string): number {
  try {
    return Math.round(fs.statSync(file).mtimeMs);
  } catch {
    return 0;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
