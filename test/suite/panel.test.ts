// The claims panel in a real VS Code, on the sample corpus: open it, show Fomin, read the claims
// comparison it shows, and open a quote from it as the webview would, checking the selection.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimsPanelState } from '../../src/extension/panel/claimsPanel';
import type { DossierApi } from '../../src/extension/extension';
import { activateDossier } from './activate';
import type { EntityPage, OverviewPage } from '../../webview/protocol';


async function panelState(): Promise<ClaimsPanelState> {
  return (await vscode.commands.executeCommand('dossier.claimsPanel.state')) as ClaimsPanelState;
}

/** Polls the panel until `ready` holds: the webview answers asynchronously. */
async function waitForPanel<T>(what: string, ready: (state: ClaimsPanelState) => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: ClaimsPanelState | undefined;
  while (Date.now() < deadline) {
    last = await panelState();
    const value = ready(last);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`claims panel never showed ${what}; last route ${JSON.stringify(last?.route)}, page ${last?.page?.kind}`);
}

describe('Claims panel in the extension host', () => {
  let api: DossierApi;
  let fomin: string;

  before(async () => {
    api = await activateDossier();
    await api.index.whenBuilt();
    const found = api.index.queries.entities({ kind: 'person', text: 'Fomin' });
    assert.ok(found.length > 0, 'the index has no person named Fomin');
    fomin = found[0].id;
  });

  it('opens on the corpus overview, rendered by the webview', async () => {
    await vscode.commands.executeCommand('dossier.openClaimsPanel');
    const overview = await waitForPanel('the overview', (s) => (s.page?.kind === 'overview' && s.lastRenderMs !== undefined ? (s.page as OverviewPage) : undefined));
    assert.strictEqual(overview.stats.articles, api.index.queries.articles().length);
    assert.strictEqual(overview.articles.items.length, overview.stats.articles);
    assert.ok(overview.topPeople.length > 0 && overview.topPlaces.length > 0);
  });

  it("shows Fomin's page with his pledge compared across outlets", async () => {
    await vscode.commands.executeCommand('dossier.revealEntity', fomin);
    const page = await waitForPanel("Fomin's page", (s) => (s.page?.kind === 'entity' && s.page.entity.id === fomin ? (s.page as EntityPage) : undefined));
    assert.match(page.entity.name, /Fomin/);
    assert.ok(page.mentions.total >= 3, `${page.mentions.total} mentions`);
    assert.ok(page.quotes.total >= 2, `${page.quotes.total} quotes`);
    const pledge = page.claims.items.find((c) => c.versions.some((v) => /radically|drastically/.test(v.segments.map((s) => s.text).join(''))));
    assert.ok(pledge, `no claim with the pledge among ${page.claims.items.length}`);
    assert.ok(pledge.articles >= 3, `the pledge is carried by ${pledge.articles} articles: ${pledge.versions.map((v) => v.path).join(', ')}`);
    assert.ok(pledge.versions.some((v) => v.segments.some((s) => s.kind === 'unique')), 'wording differences are marked');
  });

  it('opens a quote of the comparison at its exact span', async () => {
    const page = (await panelState()).page as EntityPage;
    const version = page.claims.items[0].versions[0];
    await vscode.commands.executeCommand('dossier.claimsPanel.receive', { type: 'open', path: version.path, start: version.start, end: version.end });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor opened');
    assert.ok(editor.document.uri.path.endsWith(`/${version.path}`), editor.document.uri.path);
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), version.start);
    assert.strictEqual(editor.document.offsetAt(editor.selection.end), version.end);
    // The span covers the quotation marks; the compared text is what is between them.
    const selected = editor.document.getText(editor.selection);
    assert.ok(selected.includes(version.segments.map((s) => s.text).join('')), `selected ${selected}`);
  });

  it('follows the editor cursor onto a name, and stops when pinned', async () => {
    const medinsky = api.index.queries.entities({ kind: 'person', text: 'Medinsky' })[0];
    assert.ok(medinsky, 'the index has Medinsky');
    // An article naming both: the cursor goes to Medinsky, then (pinned) to Fomin.
    const fominMentions = api.index.queries.mentionsOf(fomin);
    const mention = api.index.queries.mentionsOf(medinsky.id).find((m) => fominMentions.some((f) => f.path === m.path));
    assert.ok(mention, 'an article names both Medinsky and Fomin');
    const fominMention = fominMentions.find((f) => f.path === mention.path)!;
    await vscode.commands.executeCommand('dossier.claimsPanel.receive', { type: 'open', path: mention.path, start: 0, end: 0 });
    const editor = vscode.window.activeTextEditor!;
    const at = (offset: number) => {
      const position = editor.document.positionAt(offset);
      editor.selection = new vscode.Selection(position, position);
    };
    at(mention.start + 1);
    await waitForPanel("Medinsky's page, following the cursor", (s) => (s.route?.kind === 'entity' && s.route.id === medinsky.id ? true : undefined));

    await vscode.commands.executeCommand('dossier.claimsPanel.receive', { type: 'follow', follow: false });
    at(fominMention.start + 1);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const state = await panelState();
    assert.strictEqual(state.route?.kind === 'entity' && state.route.id, medinsky.id, 'pinned: stays on Medinsky');
    await vscode.commands.executeCommand('dossier.claimsPanel.receive', { type: 'follow', follow: true });
  });

  it('ignores a malformed message and a path outside the index', async () => {
    const before = vscode.window.activeTextEditor?.selection;
    await vscode.commands.executeCommand('dossier.claimsPanel.receive', { type: 'open', path: '../../etc/passwd', start: 0, end: 4 });
    await vscode.commands.executeCommand('dossier.claimsPanel.receive', { type: 'open', path: 'x.txt', start: -3, end: 'a' });
    assert.deepStrictEqual(vscode.window.activeTextEditor?.selection, before);
  });
});
