// The reader's corrections in VS Code: `.dossier.yaml` watched per workspace folder, its problems
// in the Problems panel, and the commands (also offered in entity hovers) that write it.
import * as vscode from 'vscode';
import type { Curation } from '../../core/config';
import { addHoverActions } from '../hover';
import type { Log } from '../log';
import { reasonOf } from '../log';
import { CURATION_COMMANDS, registerCurationCommands, type CurationIndex } from './commands';
import { CurationFiles } from './curationFiles';

export { CURATION_COMMANDS } from './commands';

/** What curation needs of the workspace index (WorkspaceIndex is one). */
export interface CurationHost extends CurationIndex {
  /** Read at each use: the paths are replaced when folders change. */
  readonly paths: { prefixOf(folder: vscode.WorkspaceFolder): string };
  /** Hands the corrections to the engine; resolves once the index reflects them. */
  setCuration(curation: Curation): Promise<void>;
}

export interface CurationService {
  /** Resolves with the corrections read at activation (also handed to `setCuration` when not empty). */
  readonly ready: Promise<Curation>;
  /** The corrections now in force. */
  readonly curation: Curation;
}

export function registerCuration(context: vscode.ExtensionContext, host: CurationHost, log: Log): CurationService {
  const files = new CurationFiles(log, (folder) => host.paths.prefixOf(folder));
  const apply = async (curation: Curation) => {
    const started = Date.now();
    try {
      await host.setCuration(curation);
      log.info(`Corrections applied in ${Date.now() - started} ms`);
    } catch (err) {
      log.error('curation', `applying .dossier.yaml failed: ${reasonOf(err)}`, err);
    }
  };
  context.subscriptions.push(
    files,
    files.onDidChange((curation) => void apply(curation)),
    ...registerCurationCommands(host, files, apply, log),
    addHoverActions((entity) => [
      { label: 'Merge with…', command: CURATION_COMMANDS.merge, args: [entity.id] },
      { label: 'Rename…', command: CURATION_COMMANDS.rename, args: [entity.id] },
      { label: `Not a ${entity.kind}…`, command: CURATION_COMMANDS.setKind, args: [entity.id] },
      { label: 'Ignore this name', command: CURATION_COMMANDS.ignore, args: [entity.id] },
      { label: 'Add alias…', command: CURATION_COMMANDS.addAlias, args: [entity.id] },
    ]),
  );
  const ready = files.load().then(async (curation) => {
    if (curation.entities.length || curation.ignore.length || Object.keys(curation.kinds).length || curation.splits.length || curation.sources.length) {
      await apply(curation);
    }
    return curation;
  });
  return { ready, get curation() { return files.curation; } };
}
