// Bundles every runnable piece with esbuild. One entry per line; add yours here.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// ES2022, not 'node20': for a Node target esbuild rewrites every regular expression literal with \p{…}
// into `new RegExp(…)`, which then builds a RegExp object each time the line runs (~100 hot sites in the
// analysis; BBC cold index CPU -4% without). Node 20 and VS Code's runtimes run ES2022 as it is.
const node = { bundle: true, platform: 'node', target: 'es2022', format: 'cjs', sourcemap: !production, minify: production, external: ['vscode'], logLevel: 'warning' };

/**
 * The analysis stack (tokenizer, gazetteers, lexicons: ~0.75 MB) lives in dist/analyze.js alone. analyzeFile
 * requires it on first use, so the extension host compiles it only if it ever analyses in its own
 * thread (workers fail), and the worker shares the same file.
 */
function analysisApart() {
  const importer = /[\\/]core[\\/]index[\\/]analyzeFile\.ts$/;
  return { name: 'analysis-apart', setup(b) { b.onResolve({ filter: /^\.\.\/analyze$/ }, (a) => (importer.test(a.importer) ? { path: './analyze.js', external: true } : undefined)); } };
}

const builds = [
  // The extension host entry and the worker it starts for indexing, sharing dist/analyze.js.
  { ...node, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', plugins: [analysisApart()] },
  { ...node, entryPoints: ['src/core/analyze.ts'], outfile: 'dist/analyze.js' },
  { ...node, entryPoints: ['src/core/index/worker.ts'], outfile: 'dist/worker.js', plugins: [analysisApart()] },
  // Command line, benchmark and evaluation. The command and the bench analyse in workers (or, for a few
  // files, through analyzeFile): their own thread, which links, need not parse the analysis stack.
  { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [analysisApart()] },
  { ...node, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js', plugins: [analysisApart()] },
  { ...node, entryPoints: ['bench/instructions.ts'], outfile: 'dist/instructions.js' },
  { ...node, entryPoints: ['test/gold/eval.ts'], outfile: 'dist/eval.js' },
  // The extension-host test suite: its loader and every test file, one bundle each (mocha stays external).
  { ...node, entryPoints: ['test/suite/index.ts', 'test/suite/**/*.test.ts'], outbase: 'test/suite', outdir: 'dist/test/suite', external: ['vscode', 'mocha'] },
  // The claims panel's browser code, apart from the extension.
  { bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: !production, minify: production, entryPoints: ['webview/panel.ts'], outfile: 'media/panel.js', logLevel: 'warning' },
];

// The claims panel's icon font: the webview may load only from media/, so it is copied there.
mkdirSync('media/codicons', { recursive: true });
for (const file of ['codicon.css', 'codicon.ttf']) cpSync(`node_modules/@vscode/codicons/dist/${file}`, `media/codicons/${file}`);

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
