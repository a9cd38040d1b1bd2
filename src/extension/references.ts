// Find All References on a name: every mention of its entity across the corpus.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspaceIndex';

export class DossierReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  async provideReferences(doc: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[] | undefined> {
    const at = await this.index.mentionAt(doc, position);
    if (!at) return undefined;
    let mentions = this.index.queries.mentionsOf(at.mention.entity);
    // "Include declaration" off: leave out the first mention, which Go to Definition treats as the declaration.
    if (!context.includeDeclaration) mentions = mentions.slice(1);
    return (await this.index.positions.locations(mentions)).map((l) => l.location);
  }
}
