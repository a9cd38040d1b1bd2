// Names marked in the text by kind: a thin themable underline for people and for places, and a
// faint background for quotations. Colours are contributed in package.json (`dossier.*`).
import * as vscode from 'vscode';
import { readSettings } from './config';
import type { WorkspaceIndex } from './workspaceIndex';

const REFRESH_DELAY_MS = 50;

function underline(color: string): vscode.DecorationRenderOptions {
  return {
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor(color),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

export class NameDecorations implements vscode.Disposable {
  private readonly person = vscode.window.createTextEditorDecorationType(underline('dossier.personUnderline'));
  private readonly place = vscode.window.createTextEditorDecorationType(underline('dossier.placeUnderline'));
  private readonly quote = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('dossier.quoteBackground'),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly index: WorkspaceIndex) {
    this.disposables.push(
      this.person,
      this.place,
      this.quote,
      index.onDidChange(() => this.schedule()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dossier.highlightNames')) this.schedule();
      }),
    );
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const path = this.index.articlePath(doc);
    if (path === undefined || !readSettings(doc.uri).highlightNames) {
      for (const type of [this.person, this.place, this.quote]) editor.setDecorations(type, []);
      return;
    }
    // While an edit waits to be indexed, VS Code keeps the old decorations moving with the text.
    if (!this.index.isCurrent(doc)) return;
    const q = this.index.queries;
    const range = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    const people: vscode.Range[] = [];
    const places: vscode.Range[] = [];
    for (const m of q.mentionsIn(path)) {
      const kind = q.entity(m.entity)?.kind;
      if (kind === 'person') people.push(range(m));
      else if (kind === 'place') places.push(range(m));
    }
    editor.setDecorations(this.person, people);
    editor.setDecorations(this.place, places);
    editor.setDecorations(this.quote, q.quotesIn(path).map(range));
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
