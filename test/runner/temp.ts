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
  makeWritable(target); // the sources may be read-only (the samples, CI's copy of shared/)
  return target;
}

function makeWritable(file: string): void {
  const stat = fs.lstatSync(file);
  if (stat.isSymbolicLink()) return;
  fs.chmodSync(file, stat.mode | 0o200);
  if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) makeWritable(path.join(file, entry));
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
