// Corrections in a real VS Code, on the runner's copy of samples/istanbul-talks: a command that
// merges two entities writes .dossier.yaml and the index reflects it; a broken file shows its
// problem in the Problems panel at the right line while the last good corrections stay in force.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import { activateDossier } from './activate';
import type { EntitySummary } from '../../src/core/index/queries';

const decoder = new TextDecoder();

describe('Curation (.dossier.yaml) in the extension host', () => {
  let api: DossierApi;
  let file: vscode.Uri;

  before(async () => {
    api = await activateDossier();
    await api.index.whenBuilt();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the runner opened no workspace folder');
    file = vscode.Uri.joinPath(folder.uri, '.dossier.yaml');
  });

  afterEach(async () => {
    // A failed test may leave unsaved edits: throw them away so closing asks nothing.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (await exists(file)) {
      await vscode.workspace.fs.delete(file);
      // No file: no corrections, so the sample corpus' own entities are back.
      await until('the index without corrections', () => named('Chernihiv') && named('Kyiv'));
    }
  });

  const named = (name: string): EntitySummary | undefined => api.index.queries.entities().find((e) => e.name === name);

  /** Resolves once `check` holds, re-checking whenever the index or the diagnostics change. */
  function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const now = check();
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const recheck = () => {
        const value = check();
        if (value) {
          done();
          resolve(value);
        }
      };
      const subscriptions = [api.index.onDidChange(recheck), vscode.languages.onDidChangeDiagnostics(recheck)];
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        subscriptions.forEach((s) => s.dispose());
      };
    });
  }

  it('"Merge with…" writes .dossier.yaml and the index shows one entity with the mentions of both', async () => {
    const kyiv = named('Kyiv');
    const chernihiv = named('Chernihiv');
    assert.ok(kyiv && chernihiv, 'the sample corpus has Kyiv and Chernihiv as two places');
    const articles = new Set([...api.index.queries.mentionsOf(kyiv.id), ...api.index.queries.mentionsOf(chernihiv.id)].map((m) => m.path));

    const started = Date.now();
    const changed = await vscode.commands.executeCommand<boolean>('dossier.mergeEntity', chernihiv.id, [kyiv.id], 'Kyiv');
    const merged = await until('Chernihiv merged into Kyiv', () => !named('Chernihiv') && named('Kyiv'));
    console.log(`      merge applied and reflected in the index in ${Date.now() - started} ms`);

    assert.strictEqual(changed, true);
    assert.strictEqual(merged.mentionCount, kyiv.mentionCount + chernihiv.mentionCount);
    assert.strictEqual(merged.articleCount, articles.size);
    assert.ok(merged.aliases.includes('Chernihiv'), `aliases of the merged entity: ${merged.aliases.join(', ')}`);
    const written = decoder.decode(await vscode.workspace.fs.readFile(file));
    assert.strictEqual(written, 'entities:\n  - name: Kyiv\n    kind: place\n    aliases: [Chernihiv]\n');
  });

  it('offers the corrections in the hover of a name, as links to the commands with its entity id', async () => {
    const chernihiv = named('Chernihiv');
    assert.ok(chernihiv);
    const first = api.index.queries.mentionsOf(chernihiv.id)[0];
    const doc = await vscode.workspace.openTextDocument(api.index.uriOf(first.path)!);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(first.start + 1));
    const markdown = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    for (const [label, command] of [['Merge with…', 'dossier.mergeEntity'], ['Rename…', 'dossier.renameEntity'], ['Not a place…', 'dossier.setEntityKind'], ['Ignore this name', 'dossier.ignoreEntity'], ['Add alias…', 'dossier.addAlias']]) {
      const link = new RegExp(`\\[${escapeRegExp(label)}\\]\\(${escapeRegExp(`command:${command}?`)}([^)]*)\\)`);
      const match = link.exec(markdown);
      assert.ok(match, `hover has no "${label}" link to ${command}:\n${markdown}`);
      assert.deepStrictEqual(JSON.parse(decodeURIComponent(match[1])), [chernihiv.id]);
    }
  });

  it('an edit by hand applies on save; a broken file is flagged at its line and the last good corrections stay', async () => {
    // Written in the editor, as a reader would: a new file, typed in, saved.
    const create = new vscode.WorkspaceEdit();
    create.createFile(file, { ignoreIfExists: true });
    create.insert(file, new vscode.Position(0, 0), '# Our corrections\nignore:\n  - Chernihiv\n');
    assert.ok(await vscode.workspace.applyEdit(create), 'created');
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    await saveLikeAReader(doc);
    await until('Chernihiv ignored', () => !named('Chernihiv'));

    const replaceAll = async (text: string) => {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(file, doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0)), text);
      assert.ok(await vscode.workspace.applyEdit(edit), 'edited');
      assert.strictEqual(doc.getText(), text);
      await saveLikeAReader(doc);
    };

    // A misspelt key on the fourth line (index 3).
    await replaceAll('# Our corrections\nignore:\n  - Chernihiv\nkindz:\n  Kyiv: other\n');
    const [unknownKey] = await until('a diagnostic for the unknown key', () => errorsOf(file).length > 0 && errorsOf(file));
    assert.strictEqual(unknownKey.range.start.line, 3);
    assert.match(unknownKey.message, /Unknown key "kindz".*Did you mean "kinds"\?/);
    assert.ok(!named('Chernihiv') && named('Kyiv'), 'the last good corrections (Chernihiv ignored) stay in force');

    // Invalid YAML: an unclosed flow sequence.
    await replaceAll('# Our corrections\nignore: [Chernihiv\nkinds:\n  Kyiv: other\n');
    await until('a YAML syntax diagnostic', () => errorsOf(file).some((d) => !/Unknown key/.test(d.message)));
    assert.ok(errorsOf(file).every((d) => d.range.start.line >= 1), 'no error placed before the broken line');
    assert.ok(!named('Chernihiv') && named('Kyiv'), 'still the last good corrections');

    // Fixed: the new corrections apply and the Problems panel is clear.
    await replaceAll('# Our corrections\nignore:\n  - Chernihiv\nkinds:\n  Kyiv: other\n');
    await until('Kyiv is no longer a place', () => !named('Kyiv') && !named('Chernihiv'));
    await until('no problems left', () => errorsOf(file).length === 0);
  });
});

/** Ctrl+S in the document's editor, done when VS Code reports the document saved. */
async function saveLikeAReader(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  let subscription: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saved = new Promise<void>((resolve, reject) => {
    subscription = vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.toString() === doc.uri.toString()) resolve();
    });
    timer = setTimeout(() => reject(new Error(`${doc.uri.path} not saved after 15 s`)), 15_000);
  });
  try {
    await vscode.commands.executeCommand('workbench.action.files.save');
    await saved;
  } finally {
    subscription?.dispose();
    clearTimeout(timer);
  }
  assert.ok(!doc.isDirty, `${doc.uri.path} saved`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function errorsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
