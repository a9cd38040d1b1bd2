// Corpus paths <-> editor URIs. One workspace folder: paths are relative to it ("a/b.txt").
// Several folders: the folder's name comes first ("Folder/a/b.txt"), so paths stay unique.
import * as vscode from 'vscode';

export class CorpusPaths {
  private readonly byName = new Map<string, vscode.WorkspaceFolder>();
  private readonly nameOf = new Map<string, string>();

  constructor(readonly folders: readonly vscode.WorkspaceFolder[]) {
    for (const folder of folders) {
      // Two folders with the same name get a numeric suffix, so no path is ambiguous.
      let name = folder.name.replace(/\//g, '_');
      for (let n = 2; this.byName.has(name); n++) name = `${folder.name} (${n})`;
      this.byName.set(name, folder);
      this.nameOf.set(folder.uri.toString(), name);
    }
  }

  get multiRoot(): boolean {
    return this.folders.length > 1;
  }

  /** The folder a URI lies in and its path inside it, or undefined outside every folder. */
  locate(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; relative: string } | undefined {
    for (const folder of this.folders) {
      if (folder.uri.scheme !== uri.scheme || folder.uri.authority !== uri.authority) continue;
      const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
      if (uri.path.startsWith(base)) return { folder, relative: uri.path.slice(base.length) };
      if (uri.path + '/' === base) return { folder, relative: '' };
    }
    return undefined;
  }

  /** The corpus path of a file, or undefined when it is outside every workspace folder. */
  pathOf(uri: vscode.Uri): string | undefined {
    const at = this.locate(uri);
    if (!at || !at.relative) return undefined;
    return this.multiRoot ? `${this.nameOf.get(at.folder.uri.toString())}/${at.relative}` : at.relative;
  }

  /** The path inside its own folder, as `dossier.include`/`exclude` globs see it. */
  folderRelative(path: string): string {
    return this.multiRoot ? path.slice(path.indexOf('/') + 1) : path;
  }

  uriOf(path: string): vscode.Uri | undefined {
    if (!this.multiRoot) return this.folders[0] && vscode.Uri.joinPath(this.folders[0].uri, ...path.split('/'));
    const slash = path.indexOf('/');
    const folder = this.byName.get(path.slice(0, slash));
    return folder && vscode.Uri.joinPath(folder.uri, ...path.slice(slash + 1).split('/'));
  }

  /** Prefix that every corpus path of this folder starts with ('' for a single folder). */
  prefixOf(folder: vscode.WorkspaceFolder): string {
    return this.multiRoot ? `${this.nameOf.get(folder.uri.toString())}/` : '';
  }
}
