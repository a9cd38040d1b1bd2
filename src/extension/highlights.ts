// Document highlights: the other mentions of the same entity in this article.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspaceIndex';

export class DossierHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  async provideDocumentHighlights(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[] | undefined> {
    const at = await this.index.mentionAt(doc, position);
    if (!at) return undefined;
    return this.index.queries
      .mentionsIn(at.path)
      .filter((m) => m.entity === at.mention.entity)
      .map((m) => new vscode.DocumentHighlight(new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)), vscode.DocumentHighlightKind.Read));
  }
}
