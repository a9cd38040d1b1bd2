import * as fs from 'node:fs';
import * as path from 'node:path';
import { EMPTY_CURATION } from './curation';
import type { Curation } from './curation';
import { CURATION_FILE, parseCuration } from './parse';
import type { CurationDiagnostic } from './parse';

export interface LoadedCuration {
  /** Absolute path of the folder's `.dossier.yaml` (whether or not it exists). */
  file: string;
  exists: boolean;
  /** The corrections in force: empty when there is no file, absent when the file has errors. */
  curation?: Curation;
  diagnostics: CurationDiagnostic[];
}

/** Reads `<dir>/.dossier.yaml` for the CLI. Never throws: an unreadable file is a diagnostic. */
export function loadCurationForFolder(dir: string): LoadedCuration {
  const file = path.join(dir, CURATION_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, exists: false, curation: EMPTY_CURATION, diagnostics: [] };
    const reason = code === 'EISDIR' ? 'it is a folder, not a file' : `cannot be read (${code ?? (error as Error).message})`;
    return { file, exists: true, diagnostics: [{ message: `${CURATION_FILE} ${reason}`, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error' }] };
  }
  return { file, exists: true, ...parseCuration(text.replace(/^\uFEFF/, '')) };
}
