// Runs Dossier for a person to try: code-server with the packaged extension installed and a corpus
// open (default samples/istanbul-talks, the folder itself: curation edits land there). Started by
// scripts/demo.sh, which sets up and packages first.
//
//   node -r esbuild-register scripts/demo.ts VSIX [FOLDER]     (PORT and HOST from the environment)
import * as fs from 'fs';
import * as path from 'path';
import { installExtension, repoRoot, startCodeServer } from '../test/runner/codeServer';
import { makeTemp } from '../test/runner/temp';

async function main(): Promise<void> {
  const [vsix, folderArg] = process.argv.slice(2);
  if (!vsix) throw new Error('usage: demo.ts VSIX [FOLDER]');
  const folder = path.resolve(folderArg ?? path.join(repoRoot, 'samples', 'istanbul-talks'));
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${folder} is not a folder`);
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';

  const extensionsDir = makeTemp('demo-extensions');
  await installExtension(path.resolve(vsix), extensionsDir);
  const server = await startCodeServer({ extensionsDir, host, port, logFile: path.join(makeTemp('demo-log'), 'code-server.log') });
  const url = server.url(folder).replace('//0.0.0.0:', '//127.0.0.1:');
  console.log(`\nDossier is running on ${path.relative(process.cwd(), folder) || folder}. Open:\n\n    ${url}\n\nPress Ctrl-C to stop.`);
  const code = await server.exited;
  throw new Error(`code-server stopped (exit code ${code}); its log: ${server.logFile}`);
}

main().catch((err) => {
  console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
