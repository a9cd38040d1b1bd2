import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'dossier.dossier';

/** Activates Dossier in this extension host (the runner installed it) and returns its API. */
export async function activateDossier(): Promise<DossierApi> {
  const extension = vscode.extensions.getExtension<DossierApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in this extension host`);
  return extension.activate();
}
