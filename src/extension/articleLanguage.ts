// The News Article grammar for the corpus' plain-text articles.
//
// Files named *.article.txt / *.news.txt (and .md) get the language everywhere via
// `filenamePatterns`. Other .txt files get it only when Dossier has indexed them as articles of
// this workspace, and only while `dossier.articleLanguage` is on: a requirements.txt in some
// other project is never touched, and Markdown articles keep Markdown (preview, outline, links).
import * as vscode from 'vscode';
import { readSettings } from './config';
import type { WorkspaceIndex } from './workspaceIndex';

export const ARTICLE_LANGUAGE = 'news-article';

export class ArticleLanguage implements vscode.Disposable {
  /** Documents we switched, so turning the setting off can switch them back. */
  private readonly switched = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly index: WorkspaceIndex) {
    this.disposables = [
      vscode.window.onDidChangeVisibleTextEditors(() => this.applyAll()),
      index.onDidChangeState(() => this.applyAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dossier.articleLanguage')) this.applyAll();
      }),
    ];
    this.applyAll();
  }

  private applyAll(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.apply(editor.document);
  }

  private async apply(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const wanted = readSettings(doc.uri).articleLanguage;
    try {
      if (wanted && doc.languageId === 'plaintext' && !doc.isDirty && this.index.articlePath(doc) !== undefined) {
        this.switched.add(key);
        await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
      } else if (!wanted && doc.languageId === ARTICLE_LANGUAGE && this.switched.has(key)) {
        this.switched.delete(key);
        await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
      }
    } catch {
      // The document was closed meanwhile: nothing to do.
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
