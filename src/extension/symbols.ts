// Outline of an article: its people, its places (each at its first mention, with the others as
// children) and its quotations with their speakers.
import * as vscode from 'vscode';
import { addToList } from '../core/multimap';
import type { Mention } from '../core/types';
import { stripInvisible, truncate } from './markdown';
import type { WorkspaceIndex } from './workspaceIndex';

/** Symbol names are plain text, but hidden controls could still disguise them. */
function label(text: string, max: number): string {
  return truncate(stripInvisible(text).replace(/\s+/g, ' ').trim(), max) || '…';
}

export class DossierDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    await this.index.settle(doc);
    const path = this.index.articlePath(doc);
    if (path === undefined) return undefined;
    const q = this.index.queries;
    const range = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));

    const byEntity = new Map<string, Mention[]>();
    for (const m of q.mentionsIn(path)) addToList(byEntity, m.entity, m);
    const people: vscode.DocumentSymbol[] = [];
    const places: vscode.DocumentSymbol[] = [];
    for (const [id, mentions] of byEntity) {
      const entity = q.entity(id);
      if (!entity) continue;
      const first = mentions[0];
      const last = mentions[mentions.length - 1];
      const symbol = new vscode.DocumentSymbol(
        label(entity.name, 80),
        `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`,
        entity.kind === 'person' ? vscode.SymbolKind.Constructor : vscode.SymbolKind.Module,
        range({ start: first.start, end: last.end }),
        range(first),
      );
      symbol.children = mentions.map(
        (m) => new vscode.DocumentSymbol(label(m.text, 80), `line ${doc.positionAt(m.start).line + 1}`, vscode.SymbolKind.Field, range(m), range(m)),
      );
      (entity.kind === 'person' ? people : places).push(symbol);
    }
    const byPosition = (a: vscode.DocumentSymbol, b: vscode.DocumentSymbol) => a.range.start.compareTo(b.range.start);
    people.sort(byPosition);
    places.sort(byPosition);

    const quotes = q.quotesIn(path).map((quote) => {
      const speaker = quote.speaker ? q.entity(quote.speaker)?.name : quote.speakerName;
      return new vscode.DocumentSymbol(
        `“${label(quote.text, 70)}”`,
        speaker ? label(speaker, 60) : 'speaker not identified',
        vscode.SymbolKind.String,
        range(quote),
        range(quote),
      );
    });

    const group = (name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]) => {
      const symbol = new vscode.DocumentSymbol(name, `${children.length}`, kind, whole, children.length ? children[0].selectionRange : new vscode.Range(0, 0, 0, 0));
      symbol.children = children;
      return symbol;
    };
    return [
      group('People', vscode.SymbolKind.Namespace, people),
      group('Places', vscode.SymbolKind.Namespace, places),
      group('Quotes', vscode.SymbolKind.Namespace, quotes),
    ];
  }
}
