// Go to Symbol in Workspace (Ctrl+T): people and places by name or alias, at their first mention.
import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspaceIndex';

const MAX_RESULTS = 200;

export class DossierWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const q = this.index.queries;
    // Most-mentioned first (the index's order), so the likely target survives the cut.
    const matches = q.entities({ text: query.trim(), limit: MAX_RESULTS });
    const firsts = matches.map((e) => q.mentionsOf(e.id)[0]).filter((m) => m !== undefined);
    if (token.isCancellationRequested) return [];
    const located = new Map((await this.index.positions.locations(firsts)).map((l) => [l.span.entity, l.location]));
    const symbols: vscode.SymbolInformation[] = [];
    for (const e of matches) {
      const location = located.get(e.id);
      if (!location) continue;
      const container = `${e.kind}, ${e.mentionCount} mention${e.mentionCount === 1 ? '' : 's'} in ${e.articleCount} article${e.articleCount === 1 ? '' : 's'}`;
      symbols.push(new vscode.SymbolInformation(e.name, e.kind === 'person' ? vscode.SymbolKind.Constructor : vscode.SymbolKind.Module, container, location));
    }
    return symbols;
  }
}
