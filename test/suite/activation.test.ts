// Sanity of the extension inside a real VS Code, on whatever corpus the runner opened
// (a temporary copy of samples/istanbul-talks by default).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import { activateDossier, EXTENSION_ID } from './activate';


describe('Dossier in the extension host', () => {
  let api: DossierApi;

  before(async () => {
    api = await activateDossier();
  });

  it('registers every command its package.json contributes', async () => {
    const contributed: Array<{ command: string }> =
      vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.some((c) => c.command === 'dossier.showEntity'), 'package.json contributes no dossier.showEntity command');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('indexes every article of the open workspace', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the runner opened no workspace folder');
    await api.index.whenBuilt();
    assert.strictEqual(api.index.state, 'ready');
    const onDisk = (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'))).length;
    assert.ok(onDisk > 0, `no .txt articles in ${folder.uri.fsPath}`);
    assert.strictEqual(api.index.queries.articles().length, onDisk);
  });
});
