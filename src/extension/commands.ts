// Dossier's commands. `dossier.openLocation` and `dossier.showEntity` are also what hover links run.
import * as vscode from 'vscode';
import type { EntitySummary } from '../core/index/queries';
import { exportJsonText } from '../core/index/exportJson';
import { yieldToEventLoop } from '../core/index/yield';
import { stripInvisible } from './markdown';
import { Log, reasonOf } from './log';
import type { WorkspaceIndex } from './workspaceIndex';

/** Provided by the claims panel (src/extension/panel); used when it is there. */
const PANEL_REVEAL = 'dossier.revealEntity';

async function hasCommand(id: string): Promise<boolean> {
  return (await vscode.commands.getCommands(true)).includes(id);
}

export function registerCommands(index: WorkspaceIndex, log: Log): vscode.Disposable[] {
  const openLocation = async (path: unknown, start: unknown, end: unknown) => {
    if (typeof path !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
    const uri = index.uriOf(path);
    if (!uri) return;
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));
      const editor = await vscode.window.showTextDocument(doc, { selection, preview: true });
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch (err) {
      log.error('open', `cannot open ${path}: ${reasonOf(err)}`, err);
    }
  };

  /** The entity's page in the claims panel, or its first mention when the panel is not available. */
  const revealEntity = async (id: string) => {
    if (!index.queries.entity(id)) return;
    if (await hasCommand(PANEL_REVEAL)) {
      await vscode.commands.executeCommand(PANEL_REVEAL, id);
      return;
    }
    const first = index.queries.mentionsOf(id)[0];
    if (first) await openLocation(first.path, first.start, first.end);
  };

  const pickEntity = async (): Promise<string | undefined> => {
    type Item = vscode.QuickPickItem & { id: string };
    const plural = (n: number, w: string) => `${n.toLocaleString('en-US')} ${w}${n === 1 ? '' : 's'}`;
    const toItem = (e: EntitySummary): Item => ({
      id: e.id,
      label: `${e.kind === 'person' ? '$(person)' : '$(globe)'} ${stripInvisible(e.name)}`,
      description: `${plural(e.mentionCount, 'mention')} in ${plural(e.articleCount, 'article')}${e.quoteCount ? `, ${plural(e.quoteCount, 'quote')}` : ''}`,
      detail: e.aliases.length ? `also ${e.aliases.map(stripInvisible).join(', ')}` : undefined,
    });
    const items = index.queries
      .entities()
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
      .map(toItem);
    const partial = index.partial ? ' (indexing: partial list)' : '';
    const picked = await vscode.window.showQuickPick(items, {
      title: `Dossier: Show Entity${partial}`,
      placeHolder: items.length ? 'Type a name or alias' : 'No people or places found yet',
      matchOnDescription: false,
      matchOnDetail: true,
    });
    return picked?.id;
  };

  return [
    vscode.commands.registerCommand('dossier.openLocation', openLocation),
    vscode.commands.registerCommand('dossier.showEntity', async (id?: unknown) => {
      const chosen = typeof id === 'string' ? id : await pickEntity();
      if (chosen) await revealEntity(chosen);
    }),
    vscode.commands.registerCommand('dossier.rebuildIndex', () => index.rebuild({ fresh: true })),
    vscode.commands.registerCommand('dossier.exportIndex', async (target?: unknown) => {
      let uri = target instanceof vscode.Uri ? target : undefined;
      if (!uri) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        uri = await vscode.window.showSaveDialog({
          title: 'Dossier: Export Index as JSON',
          defaultUri: folder && vscode.Uri.joinPath(folder, 'dossier-index.json'),
          filters: { JSON: ['json'] },
        });
      }
      if (!uri) return undefined;
      try {
        // Made in slices: on a large corpus the JSON takes seconds, too long to hold the host.
        const json = await exportJsonText(index.queries.export(), yieldToEventLoop);
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(json + '\n'));
        log.info(`Exported the index to ${uri.toString(true)}`);
        return uri;
      } catch (err) {
        log.error('export', `cannot write the export to ${uri.toString(true)}: ${reasonOf(err)}`, err);
        return undefined;
      }
    }),
    vscode.commands.registerCommand('dossier.showLog', () => log.show()),
  ];
}
