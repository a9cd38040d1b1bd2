// Status bar: "N people · N places · N quotes" (or the indexing progress); a click opens the panel.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspaceIndex';

export class DossierStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly index: WorkspaceIndex) {
    this.item.name = 'Dossier';
    this.item.command = 'dossier.openClaimsPanel';
    this.subscriptions = [index.onDidChange(() => this.update()), index.onDidChangeState(() => this.update()), index.onDidChangeProgress(() => this.update())];
    this.update();
  }

  update(): void {
    const n = (x: number) => x.toLocaleString('en-US');
    const progress = this.index.progress;
    const state = this.index.state;
    if (state === 'starting' || progress) {
      this.item.text = progress?.total ? `$(sync~spin) Dossier ${n(progress.done)}/${n(progress.total)}` : '$(sync~spin) Dossier';
      this.item.tooltip = 'Dossier is indexing the articles of this workspace; hovers show partial results until it is done.';
    } else {
      const s = this.index.queries.stats();
      if (!s.articles && state === 'ready') {
        this.item.hide();
        return;
      }
      this.item.text = `$(book) ${n(s.people)} people · ${n(s.places)} places · ${n(s.quotes)} quotes`;
      const note = state === 'cancelled' ? ' Indexing was cancelled: run "Dossier: Rebuild Index" to finish.' : state === 'failed' ? ' Indexing failed: see the Dossier output.' : '';
      this.item.tooltip = `Dossier: ${n(s.articles)} articles, ${n(s.mentions)} mentions.${note} Click to open the claims panel.`;
    }
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.item.dispose();
  }
}
