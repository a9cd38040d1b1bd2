// Go to Definition on a name: the entity's first mention in the corpus (in path order).
import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspaceIndex';

export class DossierDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  async provideDefinition(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const at = await this.index.mentionAt(doc, position);
    if (!at) return undefined;
    const first = this.index.queries.mentionsOf(at.mention.entity)[0];
    if (!first) return undefined;
    const [found] = await this.index.positions.locations([first]);
    return found?.location;
  }
}
