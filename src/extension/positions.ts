// Offsets (UTF-16, as the engine reports them) to editor positions, for articles that are not
// open. Open documents answer themselves (`positionAt`); for the others a table of line starts
// is built from the file's text the first time it is needed and kept until the file changes.
import * as vscode from 'vscode';

export class LineTable {
  private constructor(private readonly starts: Uint32Array) {}

  /** Line breaks as VS Code counts them: \r\n, \n and a lone \r. */
  static of(text: string): LineTable {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return new LineTable(Uint32Array.from(starts));
  }

  positionAt(offset: number): vscode.Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, offset - this.starts[lo]);
  }
}

/** Finds the document or builds the table for each path, then converts spans to ranges. */
export class Positions {
  private readonly tables = new Map<string, LineTable>();

  constructor(
    private readonly uriOf: (path: string) => vscode.Uri | undefined,
    /** The article's text as the engine read it (same decoding), or undefined if unreadable. */
    private readonly readText: (path: string) => Promise<string | undefined>,
  ) {}

  forget(path: string): void {
    this.tables.delete(path);
  }

  clear(): void {
    this.tables.clear();
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  /** A converter for one article, or undefined when the file can no longer be read. */
  async converter(path: string): Promise<((offset: number) => vscode.Position) | undefined> {
    const uri = this.uriOf(path);
    if (!uri) return undefined;
    const doc = this.openDocument(uri);
    if (doc) return (offset) => doc.positionAt(offset);
    let table = this.tables.get(path);
    if (!table) {
      const text = await this.readText(path);
      if (text === undefined) return undefined;
      table = LineTable.of(text);
      this.tables.set(path, table);
    }
    const found = table;
    return (offset) => found.positionAt(offset);
  }

  /** Locations of many spans, reading each article at most once; unreadable ones are left out. */
  async locations<T extends { path: string; start: number; end: number }>(spans: readonly T[]): Promise<Array<{ span: T; location: vscode.Location }>> {
    const paths = [...new Set(spans.map((s) => s.path))];
    const converters = new Map(await Promise.all(paths.map(async (p) => [p, await this.converter(p)] as const)));
    const out: Array<{ span: T; location: vscode.Location }> = [];
    for (const span of spans) {
      const at = converters.get(span.path);
      const uri = this.uriOf(span.path);
      if (!at || !uri) continue;
      out.push({ span, location: new vscode.Location(uri, new vscode.Range(at(span.start), at(span.end))) });
    }
    return out;
  }
}
