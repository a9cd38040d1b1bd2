// End-to-end checks as a reader would make them, in the browser: packages Dossier as a .vsix,
// installs it into code-server and runs test/e2e/*.e2e.ts with mocha.
//
//   node -r esbuild-register test/e2e/run.ts [--vsix FILE] [--workspace DIR]
//
// Needs `npm run build` (unless --vsix) and scripts/setup.sh. Screenshots and logs go to
// test-results/e2e/. The last line is `N passed, N failed`.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { repoRoot } from '../runner/codeServer';
import { exitWith, resultsDir, type SuiteResult } from '../runner/results';

function parseArgs(argv: string[]): { vsix?: string; workspace: string } {
  const options: { vsix?: string; workspace: string } = { workspace: path.join(repoRoot, 'samples', 'istanbul-talks') };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      return path.resolve(argv[++i]);
    };
    if (argv[i] === '--vsix') options.vsix = value();
    else if (argv[i] === '--workspace') options.workspace = value();
    else throw new Error(`unknown argument ${argv[i]}; usage: [--vsix FILE] [--workspace DIR]`);
  }
  return options;
}

/** `vsce package` over the current build, as a release would be made. */
function packageExtension(): string {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  const vsix = path.join(resultsDir(), 'dossier.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const started = Date.now();
  execFileSync(vsce, ['package', '--no-dependencies', '--skip-license', '--out', vsix], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`Packaged ${path.relative(repoRoot, vsix)} (${(fs.statSync(vsix).size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return vsix;
}

async function main(): Promise<void> {
  const result: SuiteResult = { passed: 0, failed: 0 };
  try {
    const options = parseArgs(process.argv.slice(2));
    const outDir = resultsDir('e2e');
    for (const old of fs.readdirSync(outDir)) fs.rmSync(path.join(outDir, old), { recursive: true, force: true });
    process.env.DOSSIER_E2E_VSIX = options.vsix ?? packageExtension();
    process.env.DOSSIER_E2E_CORPUS = options.workspace;
    process.env.DOSSIER_E2E_RESULTS = outDir;

    const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 300_000, bail: false });
    for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.e2e.ts')).sort()) mocha.addFile(path.join(__dirname, file));
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', () => result.passed++);
      runner.on('fail', () => result.failed++);
    });
    console.log(`Screenshots and logs: ${path.relative(repoRoot, outDir)}/`);
  } catch (err) {
    console.error(`e2e run failed: ${err instanceof Error ? err.message : String(err)}`);
    result.failed++;
  }
  exitWith(result);
}

void main();
