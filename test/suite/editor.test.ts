// The editor features inside a real VS Code, on the runner's temporary copy of samples/istanbul-talks:
// hover, references, definition, highlights, outline, workspace symbols, commands, status bar,
// and the index following edits on disk and in unsaved buffers.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import { activateDossier } from './activate';
import type { Mention } from '../../src/core/types';
import { SUITE_LINE_TAG } from './protocol';
import { untilIndex } from './untilIndex';
import { articleLabel } from '../../src/extension/hoverContent';
import { escapeMarkdown } from '../../src/extension/markdown';

const FOMIN_ARTICLE = '000_7d0796a21ad2c65c.txt';

let api: DossierApi;
let folder: vscode.WorkspaceFolder;

function uriOf(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, name);
}


async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Position of the n-th occurrence (0-based) of `text` in a document. */
function positionOf(doc: vscode.TextDocument, text: string, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (#${nth}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + 1);
}

/** A measured figure, printed beside the test results (tagged like the reporter's lines in code-server). */
function report(line: string): void {
  console.log(`${vscode.env.appName === 'code-server' ? SUITE_LINE_TAG : ''}      ${line}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

describe('Dossier editor features', function () {
  this.timeout(60_000);
  let doc: vscode.TextDocument;
  let fominId: string;

  before(async () => {
    api = await activateDossier();
    folder = vscode.workspace.workspaceFolders![0];
    await api.index.whenBuilt();
    assert.strictEqual(api.index.state, 'ready');
    doc = await vscode.workspace.openTextDocument(uriOf(FOMIN_ARTICLE));
    await vscode.window.showTextDocument(doc);
    const mention = api.index.queries.mentionAt(FOMIN_ARTICLE, doc.getText().indexOf('Fomin') + 1);
    assert.ok(mention, 'no mention recognised on "Fomin" in the seed article');
    fominId = mention.entity;
  });

  it('hovering "Fomin" names him and lists his quotes from three outlets, with links', async () => {
    const q = api.index.queries;
    const quotes = q.quotesBy(fominId);
    // The sample's articles mostly lack outlet metadata: an article stands for its outlet then.
    const sources = new Set(quotes.map((quote) => quote.path));
    assert.ok(sources.size >= 3, `Fomin is quoted in ${sources.size} article(s): ${[...sources].join(', ')}`);

    const text = await hoverText(doc.uri, positionOf(doc, 'Fomin'));
    const entity = q.entity(fominId)!;
    assert.match(text, new RegExp(`\\*\\*${entity.name.replace(/ /g, ' ')}\\*\\* · person`));
    const mentions = q.mentionsOf(fominId);
    const articles = new Set(mentions.map((m) => m.path)).size;
    assert.ok(text.includes(`${mentions.length} mention${mentions.length === 1 ? '' : 's'} in ${articles} article`), text);
    // Every listed quote links to its article at its span, and the quotes come from three outlets.
    const linked = [...text.matchAll(/command:dossier\.openLocation\?([^)\s]+)/g)].map((m) => JSON.parse(decodeURIComponent(m[1])) as [string, number, number]);
    const quotePaths = new Set(linked.filter(([path, start]) => quotes.some((quote) => quote.path === path && quote.start === start)).map(([path]) => path));
    assert.ok(quotePaths.size >= 3, `hover lists quotes from ${quotePaths.size} article(s)\n${text}`);
    for (const path of quotePaths) assert.ok(text.includes(escapeMarkdown(articleLabel(q, path))), `article ${path} not labelled\n${text}`);
    assert.match(text, /\[Show all in the claims panel\]\(command:dossier\.showEntity\?/);
  });

  it('hover links open the article at the quoted span', async () => {
    const started = Date.now();
    const quote = api.index.queries.quotesBy(fominId).find((x) => x.path !== FOMIN_ARTICLE)!;
    await vscode.commands.executeCommand('dossier.openLocation', quote.path, quote.start, quote.end);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), uriOf(quote.path).toString());
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), quote.start);
    assert.strictEqual(editor.document.getText(editor.selection), editor.document.getText().slice(quote.start, quote.end));
    report(`opening an article at a quote took ${Date.now() - started} ms`);
    await vscode.window.showTextDocument(doc);
  });

  it('hovering inside a quotation says who said it; plain words show nothing', async () => {
    const q = api.index.queries;
    const attributed = q.quotesIn(FOMIN_ARTICLE).find((quote) => quote.speaker);
    assert.ok(attributed, 'no attributed quotation in the seed article');
    const speaker = q.entity(attributed.speaker!)!;
    // A point in the quotation that is not on a name.
    let offset = attributed.start + 1;
    while (q.mentionAt(FOMIN_ARTICLE, offset)) offset++;
    const text = await hoverText(doc.uri, doc.positionAt(offset));
    assert.ok(text.includes('said by') && text.includes(speaker.name.split(' ').pop()!), text);

    const plain = doc.getText().indexOf('negotiations');
    assert.ok(!q.hitAt(FOMIN_ARTICLE, plain + 2));
    assert.strictEqual(await hoverText(doc.uri, doc.positionAt(plain + 2)), '');
  });

  it('hover Markdown only runs Dossier commands and escapes the article', async () => {
    const { DossierHoverProvider } = await import('../../src/extension/hover');
    const hover = await new DossierHoverProvider(api.index).provideHover(doc, positionOf(doc, 'Fomin'));
    const content = hover!.contents[0] as vscode.MarkdownString;
    assert.deepStrictEqual(
      (content.isTrusted as { enabledCommands: string[] }).enabledCommands.filter((c) => !c.startsWith('dossier.')),
      [],
    );
    assert.ok(!content.supportHtml);
  });

  it('measures hover latency (printed, not asserted)', async () => {
    const mentions = api.index.queries.mentionsIn(FOMIN_ARTICLE);
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const m of mentions) {
        const started = performance.now();
        await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, doc.positionAt(m.start + 1));
        times.push(performance.now() - started);
      }
    }
    const { DossierHoverProvider } = await import('../../src/extension/hover');
    const provider = new DossierHoverProvider(api.index);
    const direct: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const m of mentions) {
        const started = performance.now();
        await provider.provideHover(doc, doc.positionAt(m.start + 1));
        direct.push(performance.now() - started);
      }
    }
    const line = (label: string, t: number[]) => {
      t.sort((a, b) => a - b);
      return `${label} over ${t.length} hovers: p50 ${percentile(t, 50).toFixed(1)} ms, p99 ${percentile(t, 99).toFixed(1)} ms, max ${t[t.length - 1].toFixed(1)} ms`;
    };
    report(line('hover provider', direct));
    report(line('hover via executeHoverProvider (round trip)', times));
    report(`activate() took ${api.activationMs} ms`);
    if (api.index.lastBuild) report(`first index: ${api.index.lastBuild.articles} articles in ${api.index.lastBuild.ms} ms`);
  });

  it('Find All References lists every mention across the corpus', async () => {
    const mentions = api.index.queries.mentionsOf(fominId);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Fomin'));
    assert.strictEqual(refs.length, mentions.length);
    assert.ok(new Set(refs.map((r) => r.uri.toString())).size >= 3, 'references span fewer than three articles');
    for (const ref of refs) {
      const target = await vscode.workspace.openTextDocument(ref.uri);
      assert.match(target.getText(ref.range), /Fomin/);
    }
  });

  it('Go to Definition goes to the first mention; highlights mark the others in the article', async () => {
    const first: Mention = api.index.queries.mentionsOf(fominId)[0];
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Fomin'));
    assert.strictEqual(defs.length, 1);
    const def = defs[0];
    const uri = 'targetUri' in def ? def.targetUri : def.uri;
    const range = 'targetRange' in def ? def.targetRange : def.range;
    assert.strictEqual(uri.toString(), uriOf(first.path).toString());
    assert.strictEqual((await vscode.workspace.openTextDocument(uri)).offsetAt(range.start), first.start);

    const russia = api.index.queries.mentionAt(FOMIN_ARTICLE, doc.getText().indexOf('Russia said') + 1)!;
    assert.ok(russia, 'no mention on "Russia" in "Russia said"');
    const inArticle = api.index.queries.mentionsIn(FOMIN_ARTICLE).filter((m) => m.entity === russia.entity);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, 'Russia said'));
    assert.ok(inArticle.length > 3);
    assert.deepStrictEqual(highlights.map((h) => doc.offsetAt(h.range.start)).sort((a, b) => a - b), inArticle.map((m) => m.start));
  });

  it('the outline lists the article’s people, places and quotes', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const group = (name: string) => symbols.find((s) => s.name === name)?.children ?? [];
    const q = api.index.queries;
    const entityIds = new Set(q.mentionsIn(FOMIN_ARTICLE).map((m) => m.entity));
    const people = [...entityIds].map((id) => q.entity(id)!).filter((e) => e.kind === 'person');
    assert.deepStrictEqual(group('People').map((s) => s.name).sort(), people.map((e) => e.name).sort());
    assert.ok(group('People').some((s) => s.name === q.entity(fominId)!.name));
    assert.strictEqual(group('Places').length, entityIds.size - people.length);
    assert.strictEqual(group('Quotes').length, q.quotesIn(FOMIN_ARTICLE).length);
    assert.ok(group('Quotes').length > 0);
  });

  it('Go to Symbol in Workspace finds entities by name', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Fomin');
    const name = api.index.queries.entity(fominId)!.name;
    const found = symbols.find((s) => s.name === name);
    assert.ok(found, `no workspace symbol ${name} among ${symbols.map((s) => s.name).join(', ')}`);
    assert.match((await vscode.workspace.openTextDocument(found.location.uri)).getText(found.location.range), /Fomin/);
  });

  it('the status bar counts people, places and quotes', () => {
    const s = api.index.queries.stats();
    assert.ok(s.people > 0 && s.places > 0 && s.quotes > 0);
    assert.ok(api.statusBar.text.includes(`${s.people} people · ${s.places} places · ${s.quotes} quotes`), api.statusBar.text);
  });

  it('Export Index as JSON writes the CLI format', async () => {
    const target = vscode.Uri.joinPath(folder.uri, '..', 'dossier-export-test.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('dossier.exportIndex', target);
    assert.ok(written);
    const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    const s = api.index.queries.stats();
    assert.strictEqual(data.entities.length, s.people + s.places);
    assert.strictEqual(data.mentions.length, s.mentions);
    assert.strictEqual(data.quotes.length, s.quotes);
    const m = data.mentions[0];
    assert.deepStrictEqual(Object.keys(m).filter((k) => ['path', 'start', 'end', 'entity'].includes(k)).sort(), ['end', 'entity', 'path', 'start']);
    await vscode.workspace.fs.delete(target);
  });

  // A first build answers with partial results and says so (the large-corpus test checks it); a
  // rebuild answers from the complete previous index until the new one is complete.
  it('answers hovers from the previous index while it is rebuilt, not calling them partial', async () => {
    const { DossierHoverProvider } = await import('../../src/extension/hover');
    const rebuilt = api.index.rebuild({ fresh: true });
    assert.strictEqual(api.index.state, 'indexing');
    // The provider itself, not a round trip through the window: on five articles the rebuild can
    // end before the window passes the request on.
    const hover = await new DossierHoverProvider(api.index).provideHover(doc, positionOf(doc, 'Fomin'));
    const stateAfterHover = api.index.state;
    const text = (hover?.contents ?? []).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    await rebuilt;
    assert.strictEqual(stateAfterHover, 'indexing', 'the rebuild ended before the hover answered');
    assert.doesNotMatch(text, /these results are partial/);
    assert.match(text, /Fomin\*\* · person/);
    assert.strictEqual(api.index.state, 'ready');
  });

  it('Show Entity with an id and Rebuild Index run', async () => {
    await vscode.commands.executeCommand('dossier.showEntity', fominId);
    const before = api.index.queries.stats();
    await vscode.commands.executeCommand('dossier.rebuildIndex');
    assert.strictEqual(api.index.state, 'ready');
    assert.deepStrictEqual(api.index.queries.stats(), before);
  });

  it('shows plain-text articles with the News Article grammar', async () => {
    const other = await vscode.workspace.openTextDocument(uriOf('004_dbc757bebcad6a8f.txt'));
    if (other.languageId !== 'news-article') {
      const switched = new Promise<vscode.TextDocument>((resolve) => {
        const listener = vscode.workspace.onDidOpenTextDocument((d) => {
          if (d.uri.toString() === other.uri.toString() && d.languageId === 'news-article') {
            listener.dispose();
            resolve(d);
          }
        });
      });
      await vscode.window.showTextDocument(other, { preview: true });
      assert.strictEqual((await switched).languageId, 'news-article');
    }
    // Features keep working on the switched document.
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', other.uri);
    assert.ok(symbols.some((s) => s.name === 'People' && s.children.length > 0));
    await vscode.window.showTextDocument(doc);
  });

  it('maps paths of several workspace folders as "folder/relative"', async () => {
    const { CorpusPaths } = await import('../../src/extension/corpusPaths');
    const news = { uri: vscode.Uri.joinPath(folder.uri, '..', 'news'), name: 'news', index: 0 };
    const wires = { uri: vscode.Uri.joinPath(folder.uri, '..', 'wires'), name: 'wires', index: 1 };
    const twin = { uri: vscode.Uri.joinPath(folder.uri, '..', 'b', 'news'), name: 'news', index: 2 };
    const paths = new CorpusPaths([news, wires, twin]);
    const file = vscode.Uri.joinPath(wires.uri, '2022', 'a.txt');
    assert.strictEqual(paths.pathOf(file), 'wires/2022/a.txt');
    assert.strictEqual(paths.uriOf('wires/2022/a.txt')?.toString(), file.toString());
    assert.strictEqual(paths.folderRelative('wires/2022/a.txt'), '2022/a.txt');
    // Two folders with one name stay apart.
    const inTwin = vscode.Uri.joinPath(twin.uri, 'x.txt');
    assert.strictEqual(paths.pathOf(inTwin), 'news (2)/x.txt');
    assert.strictEqual(paths.uriOf('news (2)/x.txt')?.toString(), inTwin.toString());
    assert.strictEqual(paths.pathOf(vscode.Uri.joinPath(folder.uri, '..', 'elsewhere.txt')), undefined);
    const single = new CorpusPaths([folder]);
    assert.strictEqual(single.pathOf(uriOf(FOMIN_ARTICLE)), FOMIN_ARTICLE);
  });

  it('follows files created, changed and deleted on disk', async () => {
    const name = 'zz-watcher-test.txt';
    const uri = uriOf(name);
    const sentence = 'Alexander Fomin said on Wednesday: “We will keep our word.” He spoke in Istanbul.\n';
    const started = Date.now();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`Watcher test\n\n${sentence}`));
    await untilIndex(api, 'the new file to be indexed', () => (api.index.queries.article(name) ? true : undefined));
    report(`new file indexed ${Date.now() - started} ms after writing it`);
    const fominHere = () => api.index.queries.mentionsIn(name).filter((m) => m.text.includes('Fomin'));
    assert.strictEqual(fominHere().length, 1);

    const changed = Date.now();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`Watcher test\n\n${sentence}Later, Fomin added more.\n`));
    await untilIndex(api, 'the change to be indexed', () => (fominHere().length === 2 ? true : undefined));
    report(`changed file re-indexed ${Date.now() - changed} ms after writing it`);

    await vscode.workspace.fs.delete(uri);
    await untilIndex(api, 'the deleted file to leave the index', () => (api.index.queries.article(name) ? undefined : true));
  });

  it('skips a binary file and keeps indexing the rest', async () => {
    const binary = uriOf('zz-binary.txt');
    const good = uriOf('zz-after-binary.txt');
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x41, 0x00, 0x42, 0x00, 0xff, 0xfe]));
    await vscode.workspace.fs.writeFile(good, new TextEncoder().encode('After\n\nBoris Johnson spoke in London on Tuesday.\n'));
    await untilIndex(api, 'the good file to be indexed', () => (api.index.queries.article('zz-after-binary.txt') ? true : undefined));
    assert.strictEqual(api.index.queries.article('zz-binary.txt'), undefined);
    assert.ok(api.index.queries.mentionsIn('zz-after-binary.txt').some((m) => m.text === 'London'));
    await vscode.workspace.fs.delete(binary);
    await vscode.workspace.fs.delete(good);
    await untilIndex(api, 'the files to leave the index', () => (api.index.queries.article('zz-after-binary.txt') ? undefined : true));
  });

  it('shows a hostile article in the hover as text, with no foreign command links', async () => {
    const name = 'zz-hostile.txt';
    const uri = uriOf(name);
    const hostile =
      'Talks resume\n\nBoris Johnson said: “Read [this](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> `rm -rf` now.” ' +
      'Johnson\u202E spoke in London.\n\nLater Johnson said the talks were “fine”.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(hostile));
    try {
      await untilIndex(api, 'the hostile file', () => (api.index.queries.mentionsIn(name).some((m) => m.text.includes('Johnson')) ? true : undefined));
      const hostileDoc = await vscode.workspace.openTextDocument(uri);
      const text = await hoverText(uri, positionOf(hostileDoc, 'Johnson', 2));
      assert.match(text, /Johnson\*\* · person/);
      const links = [...text.matchAll(/\]\(([a-z]+:[^)\s]*)/g)].map((m) => m[1]);
      assert.ok(links.length > 0 && links.every((l) => l.startsWith('command:dossier.')), links.join('\n'));
      assert.ok(!text.includes('\u202E'), 'a bidi override reached the hover');
      assert.ok(!/<img/.test(text.replace(/\\</g, '')), 'raw HTML reached the hover');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('unsaved edits move the offsets the hover uses', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const prefix = 'EDITED INTRO LINE.\n\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), prefix));
    try {
      const text = await hoverText(doc.uri, positionOf(doc, 'Fomin'));
      assert.match(text, /· person/);
      const mention = api.index.queries.mentionAt(FOMIN_ARTICLE, doc.getText().indexOf('Fomin') + 1);
      assert.strictEqual(mention?.entity, fominId);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await untilIndex(api, 'the reverted text', () => (api.index.queries.mentionAt(FOMIN_ARTICLE, doc.getText().indexOf('Fomin') + 1)?.entity === fominId ? true : undefined));
  });
});
