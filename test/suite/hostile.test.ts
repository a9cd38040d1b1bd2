// Issue 10 in a real VS Code: an article full of HTML, script, command links, Markdown tricks,
// bidi overrides and zero-width characters is indexed like any other; its hovers carry it as
// escaped text and run only Dossier's commands; the claims panel gets it as data (the webview
// writes it with textContent: test/e2e reads the page's DOM). A sub-folder deleted under the
// index is dropped and the index keeps answering.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimsPanelState } from '../../src/extension/panel/claimsPanel';
import type { DossierApi } from '../../src/extension/extension';
import { activateDossier } from './activate';
import type { EntityPage } from '../../webview/protocol';
import { untilIndex } from './untilIndex';

const HOSTILE = 'hostile-article.md';
const GONE = 'disappearing';

// Sentences from samples/istanbul-talks with hostile content spliced in.
const HOSTILE_TEXT = [
  '# Talks <script>alert(1)</script> in Istanbul',
  '',
  '<img src=x onerror=alert(1)> <!-- hidden comment --> [open](javascript:alert(1))',
  '',
  'Boris Johnson said: “Read [this](command:workbench.action.quit) <img src=x onerror=alert(1)> `rm -rf` <!-- x --> now.” Johnson spoke in London.',
  '',
  'Vladimir\u200b Putin met Volo\u202edymyr\u202c Zelensky in Istanbul, and Johnson said the talks were “fine”.',
  '',
].join('\n');

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

let api: DossierApi;
let folder: vscode.WorkspaceFolder;

function uriOf(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...parts);
}


async function hovers(uri: vscode.Uri, offset: number): Promise<vscode.MarkdownString[]> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset));
  return found.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c);
}

/** The hover Markdown is inert: every link runs a Dossier command, nothing is raw HTML or code. */
function assertInert(markdown: vscode.MarkdownString): void {
  const text = markdown.value;
  const targets = [...text.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]);
  assert.ok(targets.every((t) => t.startsWith('command:dossier.')), `links to ${targets.join(', ')} in\n${text}`);
  assert.doesNotMatch(text, /(?<!\\)[<`]/, `unescaped < or \` in\n${text}`);
  assert.doesNotMatch(text, INVISIBLE, 'bidi or zero-width characters reach the hover');
  const trusted = markdown.isTrusted;
  if (typeof trusted === 'object') assert.ok(trusted.enabledCommands.every((c) => c.startsWith('dossier.')), trusted.enabledCommands.join(', '));
  else assert.notStrictEqual(trusted, true, 'the hover trusts every command');
  assert.ok(!markdown.supportHtml, 'the hover renders HTML');
}

async function panelState(): Promise<ClaimsPanelState> {
  return (await vscode.commands.executeCommand('dossier.claimsPanel.state')) as ClaimsPanelState;
}

describe('Hostile articles and a disappearing folder (issue 10)', function () {
  this.timeout(120_000);

  before(async () => {
    api = await activateDossier();
    folder = vscode.workspace.workspaceFolders![0];
    await api.index.whenBuilt();
    await vscode.workspace.fs.writeFile(uriOf(HOSTILE), Buffer.from(HOSTILE_TEXT));
    await untilIndex(api, 'the hostile article', () => (api.index.queries.quotesIn(HOSTILE).length >= 1 ? true : undefined));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uriOf(HOSTILE), { useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(uriOf(GONE), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await untilIndex(api, 'the hostile article to leave the index', () => (api.index.queries.article(HOSTILE) ? undefined : true));
  });

  it('indexes the names and the quotation of an article full of HTML and command links', () => {
    const q = api.index.queries;
    const names = q.mentionsIn(HOSTILE).map((m) => m.text);
    assert.ok(names.some((n) => /Johnson/.test(n)), names.join(', '));
    assert.ok(names.some((n) => /Zelensky/.test(n)), names.join(', '));
    const quote = q.quotesIn(HOSTILE).find((x) => x.text.includes('command:workbench.action.quit'));
    assert.ok(quote, 'the quotation holding the command link was not found');
  });

  it('hovers over a name and over the quotation show the article text escaped, with only Dossier commands', async () => {
    const q = api.index.queries;
    const mention = q.mentionsIn(HOSTILE).find((m) => /Johnson/.test(m.text))!;
    const quote = q.quotesIn(HOSTILE).find((x) => x.text.includes('command:'))!;
    const zelensky = q.mentionsIn(HOSTILE).find((m) => /Zelensky/.test(m.text))!;
    for (const [what, offset] of [['name', mention.start + 1], ['quotation', quote.start + 8], ['name with bidi characters', zelensky.end - 1]] as const) {
      const markdown = await hovers(uriOf(HOSTILE), offset);
      assert.ok(markdown.length > 0, `no hover over the ${what}`);
      for (const m of markdown) assertInert(m);
      // The reader sees the words as written: unescaped, the Markdown gives back the article text.
      if (what === 'quotation') assert.ok(markdown.some((m) => m.value.replace(/\\(.)/g, '$1').includes('[this](command:workbench.action.quit) <img src=x onerror=alert(1)> `rm -rf`')), markdown.map((m) => m.value).join('\n'));
    }
  });

  it('the claims panel receives the hostile quotation as data and renders its page', async () => {
    const mention = api.index.queries.mentionsIn(HOSTILE).find((m) => /Johnson/.test(m.text))!;
    await vscode.commands.executeCommand('dossier.openClaimsPanel');
    await vscode.commands.executeCommand('dossier.revealEntity', mention.entity);
    const deadline = Date.now() + 30_000;
    let page: EntityPage | undefined;
    let state: ClaimsPanelState | undefined;
    while (Date.now() < deadline && !(page && state?.lastRenderMs !== undefined)) {
      state = await panelState();
      page = state.page?.kind === 'entity' && state.page.entity.id === mention.entity ? (state.page as EntityPage) : undefined;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(page, `the panel never showed ${mention.entity}; route ${JSON.stringify(state?.route)}`);
    assert.ok(state?.lastRenderMs !== undefined, 'the webview never reported rendering the page');
    assert.ok(JSON.stringify(page).includes('command:workbench.action.quit'), 'the quotation is not on the page');
  });

  it('drops the articles of a deleted sub-folder and keeps answering', async () => {
    const sample = (await vscode.workspace.findFiles('*.txt', undefined, 1))[0];
    assert.ok(sample, 'no sample article in the workspace');
    const before = api.index.queries.articles().length;
    await vscode.workspace.fs.copy(sample, uriOf(GONE, 'a.txt'));
    await vscode.workspace.fs.copy(sample, uriOf(GONE, 'deeper', 'b.txt'));
    await untilIndex(api, 'the sub-folder articles', () => (api.index.queries.articles().length === before + 2 ? true : undefined));
    await vscode.workspace.fs.delete(uriOf(GONE), { recursive: true, useTrash: false });
    await untilIndex(api, 'the sub-folder articles to go', () => (api.index.queries.articles().some((a) => a.path.startsWith(`${GONE}/`)) ? undefined : true));
    assert.strictEqual(api.index.queries.articles().length, before);
    assert.strictEqual(api.index.state, 'ready');
    const mention = api.index.queries.mentionsIn(HOSTILE)[0];
    assert.ok((await hovers(uriOf(HOSTILE), mention.start + 1)).length > 0, 'hovers stopped answering');
  });
});
