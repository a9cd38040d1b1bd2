// Command line shared by both suite runners (code-server.ts and electron.ts).
import * as fs from 'fs';
import * as path from 'path';

export interface SuiteOptions {
  /** Corpus folder to open; the runners open a temporary copy of it. */
  workspace: string;
  timeoutSeconds: number;
  /** Regular expression over full test titles (mocha --grep). */
  grep?: string;
  verbose: boolean;
}

export const SUITE_USAGE = '[--workspace DIR] [--grep REGEXP] [--timeout SECONDS] [--verbose]';

const repoRoot = path.resolve(__dirname, '..', '..');

export function parseSuiteArgs(argv: string[]): SuiteOptions {
  const options: SuiteOptions = { workspace: path.join(repoRoot, 'samples', 'istanbul-talks'), timeoutSeconds: 600, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    if (argv[i] === '--workspace') options.workspace = path.resolve(value());
    else if (argv[i] === '--grep') options.grep = value();
    else if (argv[i] === '--timeout') options.timeoutSeconds = Number(value());
    else if (argv[i] === '--verbose') options.verbose = true;
    else throw new Error(`unknown argument ${argv[i]}; usage: ${SUITE_USAGE}`);
  }
  if (!fs.statSync(options.workspace, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`workspace ${options.workspace} is not a folder`);
  }
  if (!(options.timeoutSeconds > 0)) throw new Error('--timeout must be a positive number of seconds');
  return options;
}

/** The built suite and extension, or a clear message saying how to build them. */
export function builtSuite(): { extensionPath: string; suiteIndex: string } {
  const suiteIndex = path.join(repoRoot, 'dist', 'test', 'suite', 'index.js');
  for (const built of [suiteIndex, path.join(repoRoot, 'dist', 'extension.js')]) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(repoRoot, built)} is missing: run \`npm run build\` first`);
  }
  return { extensionPath: repoRoot, suiteIndex };
}
