// Hover over a name or a quotation: who or what it is across the corpus (content in hoverContent.ts).
import * as vscode from 'vscode';
import { readSettings } from './config';
import type { Entity } from '../core/types';
import { entityHover, quoteHover, type HoverLinks } from './hoverContent';
import { commandLink, escapeMarkdown } from './markdown';
import type { WorkspaceIndex } from './workspaceIndex';

/** The only commands a hover link may run: Dossier's own. */
export const HOVER_COMMANDS = ['dossier.openLocation', 'dossier.showEntity'];

export const hoverLinks: HoverLinks = {
  open: (path, span) => commandLink('dossier.openLocation', [path, span.start, span.end]),
  showEntity: (id) => commandLink('dossier.showEntity', [id]),
};

/** An extra link under an entity's hover, e.g. curation's "Rename…"; `command` must be Dossier's. */
export interface HoverAction {
  label: string;
  command: string;
  args: unknown[];
}

const actionProviders: Array<(entity: Entity) => HoverAction[]> = [];

/** Lets another part of Dossier (curation) add links to entity hovers. */
export function addHoverActions(provider: (entity: Entity) => HoverAction[]): vscode.Disposable {
  actionProviders.push(provider);
  return new vscode.Disposable(() => actionProviders.splice(actionProviders.indexOf(provider), 1));
}


export class DossierHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const settings = readSettings(doc.uri);
    if (!settings.hoverEnabled) return undefined;
    await this.index.settle(doc);
    const path = this.index.articlePath(doc);
    if (path === undefined) return undefined;
    const q = this.index.queries;
    const offset = doc.offsetAt(position);
    const hit = q.hitAt(path, offset);
    if (!hit) return undefined;
    const links = hoverLinks;
    const commands = [...HOVER_COMMANDS];
    const progress = this.index.partial;
    let markdown: string;
    let span: { start: number; end: number };
    if (hit.type === 'mention') {
      markdown = entityHover(q, hit.entity, hit.mention, { maxMentions: settings.hoverMaxMentions, maxQuotes: settings.hoverMaxQuotes }, links, progress);
      span = hit.mention;
      const actions = actionProviders.flatMap((provide) => provide(hit.entity)).filter((a) => a.command.startsWith('dossier.'));
      if (actions.length) {
        markdown += '\n\n' + actions.map((a) => `[${escapeMarkdown(a.label)}](${commandLink(a.command, a.args)})`).join(' · ');
        commands.push(...actions.map((a) => a.command));
      }
    } else {
      markdown = quoteHover(q, hit.quote, links, progress);
      span = hit.quote;
    }
    const content = new vscode.MarkdownString(markdown);
    content.isTrusted = { enabledCommands: commands };
    content.supportHtml = false;
    content.supportThemeIcons = false;
    return new vscode.Hover(content, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
  }
}
