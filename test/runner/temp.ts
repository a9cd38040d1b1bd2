// Temporary folders for test runs, removed when the process exits however it exits.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const temps: string[] = [];

export function makeTemp(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dossier-${prefix}-`));
  temps.push(dir);
  return dir;
}

/** Copies a corpus folder (keeping its name) into a temporary folder, so tests may edit it. */
export function copyWorkspace(source: string): string {
  const target = path.join(makeTemp('workspace'), path.basename(path.resolve(source)));
  fs.cpSync(source, target, { recursive: true });
  return target;
}

process.on('exit', () => {
  for (const dir of temps.splice(0)) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // A browser profile still being written as Chromium dies; the OS cleans /tmp eventually.
    }
  }
});
