// "Merge with…", "Rename…", "Not a Person / Place…", "Ignore this Name", "Add Alias…": each writes
// the entity's folder's `.dossier.yaml` (keeping the reader's formatting) and re-applies it at once.
// Every command takes an entity id first (hover links, the panel); its further arguments, when
// given, answer the prompts, so the panel and tests can run them without a dialog.
import * as vscode from 'vscode';
import { addAlias, CurationEditError, ignoreName, mergeEntities, setKind } from '../../core/config';
import type { Curation } from '../../core/config';
import type { CorpusQueries, EntitySummary } from '../../core/index/queries';
import type { Entity, EntityKind } from '../../core/types';
import type { CurationFiles } from './curationFiles';
import type { Log } from '../log';
import { reasonOf } from '../log';
import { stripInvisible } from '../markdown';

/** What the commands need of the workspace index. */
export interface CurationIndex {
  readonly queries: CorpusQueries;
  uriOf(path: string): vscode.Uri | undefined;
  mentionAt(doc: vscode.TextDocument, position: vscode.Position): Promise<{ path: string; mention: { entity: string } } | undefined>;
}

export const CURATION_COMMANDS = {
  merge: 'dossier.mergeEntity',
  rename: 'dossier.renameEntity',
  setKind: 'dossier.setEntityKind',
  ignore: 'dossier.ignoreEntity',
  addAlias: 'dossier.addAlias',
  open: 'dossier.openCurationFile',
} as const;

const encoder = new TextEncoder();

export function registerCurationCommands(
  index: CurationIndex,
  files: CurationFiles,
  apply: (curation: Curation) => Promise<void>,
  log: Log,
): vscode.Disposable[] {
  /** Runs one edit of the file of the folder the entity lives in, then re-indexes with it. */
  const edit = async (entity: Entity, change: (text: string) => string): Promise<boolean> => {
    const uri = fileFor(entity);
    if (!uri) {
      void vscode.window.showErrorMessage('Dossier: open a folder to keep corrections in .dossier.yaml.');
      return false;
    }
    try {
      const before = await files.currentText(uri);
      const after = change(before);
      if (after === before) return false;
      const clean = await write(uri, before, after);
      if (files.applyWritten(uri, after)) await apply(files.curation);
      if (!clean) log.info(`${vscode.workspace.asRelativePath(uri)} has unsaved edits; the correction was added to them and applied`);
      return true;
    } catch (err) {
      const message = err instanceof CurationEditError ? err.message : `cannot write ${vscode.workspace.asRelativePath(uri)}: ${reasonOf(err)}`;
      log.info(message);
      void vscode.window.showErrorMessage(`Dossier: ${message}`, 'Open .dossier.yaml').then((choice) => {
        if (choice) void vscode.window.showTextDocument(uri);
      });
      return false;
    }
  };

  /** The `.dossier.yaml` of the folder holding the entity's first mention (or the first folder). */
  const fileFor = (entity: Entity): vscode.Uri | undefined => {
    const first = index.queries.mentionsOf(entity.id)[0];
    const article = first && index.uriOf(first.path);
    const folder = (article && vscode.workspace.getWorkspaceFolder(article)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder && files.fileOf(folder);
  };

  /** The entity the command is about: its id as argument, else the name under the cursor, else a pick. */
  const target = async (arg: unknown, title: string): Promise<Entity | undefined> => {
    if (typeof arg === 'string') {
      const entity = index.queries.entity(arg);
      if (!entity) void vscode.window.showWarningMessage('Dossier: that person or place is no longer in the index; try again from a fresh hover.');
      return entity;
    }
    const editor = vscode.window.activeTextEditor;
    if (editor) {
      const hit = await index.mentionAt(editor.document, editor.selection.active);
      if (hit) return index.queries.entity(hit.mention.entity);
    }
    const [picked] = await pickEntities(index.queries, { title, exclude: undefined, many: false });
    return picked;
  };

  const merge = async (arg?: unknown, others?: unknown, canonical?: unknown) => {
    const entity = await target(arg, 'Dossier: Merge which person or place?');
    if (!entity) return false;
    const with_ = Array.isArray(others)
      ? others.map((id) => index.queries.entity(String(id))).filter((e): e is Entity => e !== undefined)
      : await pickEntities(index.queries, { title: `Dossier: Merge "${stripInvisible(entity.name)}" with…`, exclude: entity, many: true, kind: entity.kind });
    if (!with_.length) return false;
    const names = [...new Set([entity.name, ...with_.map((e) => e.name)])];
    const name = typeof canonical === 'string' ? canonical : await pickName(names, 'Dossier: Which name should the merged entity have?');
    if (!name) return false;
    const spellings = [...new Set([entity, ...with_].flatMap((e) => spellingsOf(index.queries, e)))];
    return edit(entity, (text) => mergeEntities(text, spellings, name, entity.kind));
  };

  const rename = async (arg?: unknown, newName?: unknown) => {
    const entity = await target(arg, 'Dossier: Rename which person or place?');
    if (!entity) return false;
    const name = typeof newName === 'string' ? newName : await vscode.window.showInputBox({
      title: `Dossier: Rename "${stripInvisible(entity.name)}"`,
      value: entity.name,
      prompt: 'The name shown everywhere; the current one is kept as an alias.',
      validateInput: (v) => (v.trim() ? undefined : 'A name cannot be empty'),
    });
    if (!name?.trim() || name.trim() === entity.name) return false;
    return edit(entity, (text) => mergeEntities(text, spellingsOf(index.queries, entity), name.trim(), entity.kind));
  };

  const changeKind = async (arg?: unknown, kind?: unknown) => {
    const entity = await target(arg, 'Dossier: Which name is not what it seems?');
    if (!entity) return false;
    let chosen = typeof kind === 'string' && ['person', 'place', 'other'].includes(kind) ? (kind as EntityKind | 'other') : undefined;
    if (!chosen) {
      const options: Array<vscode.QuickPickItem & { value: EntityKind | 'other' }> = [
        { value: 'other', label: '$(circle-slash) Neither a person nor a place', description: 'an organisation, a club, a thing…' },
        { value: 'person', label: '$(person) A person' },
        { value: 'place', label: '$(globe) A place' },
      ];
      const picked = await vscode.window.showQuickPick(options.filter((o) => o.value !== entity.kind), {
        title: `Dossier: "${stripInvisible(entity.name)}" is not a ${entity.kind}; it is…`,
      });
      chosen = picked?.value;
    }
    if (!chosen || chosen === entity.kind) return false;
    return edit(entity, (text) => setKind(text, entity.name, chosen!));
  };

  const ignore = async (arg?: unknown) => {
    const entity = await target(arg, 'Dossier: Ignore which name?');
    if (!entity) return false;
    return edit(entity, (text) => ignoreName(text, entity.name));
  };

  const alias = async (arg?: unknown, spelling?: unknown) => {
    const entity = await target(arg, 'Dossier: Add an alias to which person or place?');
    if (!entity) return false;
    const value = typeof spelling === 'string' ? spelling : await vscode.window.showInputBox({
      title: `Dossier: Another spelling of "${stripInvisible(entity.name)}"`,
      prompt: 'Mentions written this way will be counted as this entity.',
      validateInput: (v) => (v.trim() ? undefined : 'An alias cannot be empty'),
    });
    if (!value?.trim()) return false;
    return edit(entity, (text) => addAlias(text, entity.name, value.trim()));
  };

  const open = async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    const uri = files.fileOf(folder);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      await vscode.workspace.fs.writeFile(uri, encoder.encode('# Corrections to what Dossier finds here. See the README, "Correcting Dossier".\n'));
    }
    await vscode.window.showTextDocument(uri);
  };

  return [
    vscode.commands.registerCommand(CURATION_COMMANDS.merge, merge),
    vscode.commands.registerCommand(CURATION_COMMANDS.rename, rename),
    vscode.commands.registerCommand(CURATION_COMMANDS.setKind, changeKind),
    vscode.commands.registerCommand(CURATION_COMMANDS.ignore, ignore),
    vscode.commands.registerCommand(CURATION_COMMANDS.addAlias, alias),
    vscode.commands.registerCommand(CURATION_COMMANDS.open, open),
  ];
}

/**
 * Writes the new text: into the open editor when the file is open (as a minimal edit, so the
 * reader's cursor and undo history survive, then saved unless it held unsaved edits), else to disk.
 * Returns false when the open file had unsaved edits, which are left unsaved.
 */
async function write(uri: vscode.Uri, before: string, after: string): Promise<boolean> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc) {
    await vscode.workspace.fs.writeFile(uri, encoder.encode(after));
    return true;
  }
  const wasDirty = doc.isDirty;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const change = new vscode.WorkspaceEdit();
  change.replace(uri, new vscode.Range(doc.positionAt(start), doc.positionAt(before.length - end)), after.slice(start, after.length - end));
  if (!(await vscode.workspace.applyEdit(change))) throw new Error('the editor refused the edit');
  if (wasDirty) return false;
  // The change is applied either way; an unsaved file only shows as modified in its editor.
  if (!(await doc.save())) void vscode.window.showWarningMessage(`Dossier: ${vscode.workspace.asRelativePath(uri)} was changed but could not be saved; save it to keep the correction.`);
  return true;
}

/**
 * The spellings that stand for this entity in `.dossier.yaml`: its name and the aliases no other
 * entity uses. A curated alias claims that spelling in every article, so a surname shared by two
 * people ("Brown") must not be written for one of them.
 */
function spellingsOf(queries: CorpusQueries, entity: Entity): string[] {
  const others = new Set(queries.entities().filter((e) => e.id !== entity.id).flatMap((e) => [e.name, ...e.aliases]));
  return [entity.name, ...entity.aliases.filter((a) => !others.has(a))];
}

async function pickEntities(
  queries: CorpusQueries,
  options: { title: string; exclude: Entity | undefined; many: boolean; kind?: EntityKind },
): Promise<Entity[]> {
  type Item = vscode.QuickPickItem & { entity: EntitySummary };
  const items: Item[] = queries
    .entities()
    .filter((e) => e.id !== options.exclude?.id)
    // Same kind first: merging a person with a place is rarely meant.
    .sort((a, b) => Number(b.kind === options.kind) - Number(a.kind === options.kind) || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
    .map((e) => ({
      entity: e,
      label: `${e.kind === 'person' ? '$(person)' : '$(globe)'} ${stripInvisible(e.name)}`,
      description: `${e.mentionCount} mention${e.mentionCount === 1 ? '' : 's'}`,
      detail: e.aliases.length ? `also ${e.aliases.map(stripInvisible).join(', ')}` : undefined,
    }));
  if (options.many) {
    const picked = await vscode.window.showQuickPick(items, { title: options.title, canPickMany: true, matchOnDetail: true, placeHolder: 'Type a name or alias' });
    return (picked ?? []).map((i) => i.entity);
  }
  const picked = await vscode.window.showQuickPick(items, { title: options.title, matchOnDetail: true, placeHolder: 'Type a name or alias' });
  return picked ? [picked.entity] : [];
}

async function pickName(names: string[], title: string): Promise<string | undefined> {
  const typed = '$(edit) Another name…';
  const picked = await vscode.window.showQuickPick([...names.map(stripInvisible), typed], { title });
  if (picked !== typed) return picked && names[names.map(stripInvisible).indexOf(picked)];
  const value = await vscode.window.showInputBox({ title, value: names[0], validateInput: (v) => (v.trim() ? undefined : 'A name cannot be empty') });
  return value?.trim() || undefined;
}
