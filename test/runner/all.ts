// `npm test`: the build, then every test in order of speed, each step's output streamed as it runs:
//   unit   mocha over test/unit in plain Node (fast)
//   suite  the extension-host suite in code-server on a copy of samples/istanbul-talks
//   e2e    the packaged .vsix in the browser, checked as a reader would
//   bbc    the suite's large-corpus test on ../shared/corpus/bbc, when that folder is there
// Every step runs even if an earlier one failed. The last line sums them: `N passed, N failed`.
//
//   node -r esbuild-register test/runner/all.ts [unit] [suite] [e2e] [bbc]   (default: all)
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLOSING_LINE, closingLine, type SuiteResult } from './results';

const repoRoot = path.resolve(__dirname, '..', '..');
const tsNode = [process.execPath, '-r', 'esbuild-register'];

interface Step {
  name: string;
  command: string[];
  /** The step's counts from its output, if it printed them. */
  counts(output: string): SuiteResult | undefined;
}

/** Our runners close with `N passed, N failed`. */
function closingCounts(output: string): SuiteResult | undefined {
  const last = output.trimEnd().split('\n').reverse().find((line) => CLOSING_LINE.test(line.trim()));
  const match = last && CLOSING_LINE.exec(last.trim());
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}

/** Mocha's spec reporter closes with `N passing (…)` and, if any, `N failing`. */
function mochaCounts(output: string): SuiteResult | undefined {
  const passing = /^\s*(\d+) passing/m.exec(output);
  if (!passing) return undefined;
  const failing = /^\s*(\d+) failing/m.exec(output);
  return { passed: Number(passing[1]), failed: failing ? Number(failing[1]) : 0 };
}

const STEPS: Step[] = [
  { name: 'unit', command: [process.execPath, path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js')], counts: mochaCounts },
  { name: 'suite', command: [...tsNode, path.join(__dirname, 'code-server.ts')], counts: closingCounts },
  { name: 'e2e', command: [...tsNode, path.join(repoRoot, 'test', 'e2e', 'run.ts')], counts: closingCounts },
];

// The large-corpus part of the suite (hovers answer while ~2,100 BBC articles are indexed) needs the
// shared corpus beside the repository, as CI lays it out; without it the step is left out, and says so.
const BBC = path.resolve(repoRoot, '..', 'shared', 'corpus', 'bbc');
if (fs.existsSync(BBC)) {
  STEPS.push({ name: 'bbc', command: [...tsNode, path.join(__dirname, 'code-server.ts'), '--workspace', BBC, '--grep', 'large corpus'], counts: closingCounts });
} else {
  console.log(`(step bbc left out: no corpus at ${BBC})`);
}

function run(command: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('error', (err) => resolve({ code: 1, output: `${output}\n${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !STEPS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`unknown step(s) ${unknown.join(', ')}; steps: ${STEPS.map((s) => s.name).join(', ')}`);

  const total: SuiteResult = { passed: 0, failed: 0 };
  const summary: string[] = [];
  for (const step of STEPS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    console.log(`\n===== ${step.name} =====`);
    const started = Date.now();
    const { code, output } = await run(step.command);
    const found = step.counts(output.replace(/\x1b\[[0-9;]*m/g, ''));
    if (!found) console.error(`${step.name}: no test counts in its output (exit code ${code}); counted as one failure`);
    let counts = found ?? { passed: 0, failed: 1 };
    // A step that exits non-zero without a counted failure (a crash, a load error) is one failure.
    if (code !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
    total.passed += counts.passed;
    total.failed += counts.failed;
    summary.push(`  ${step.name.padEnd(6)} ${closingLine(counts).padEnd(22)} ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  console.log(`\n===== summary =====\n${summary.join('\n')}`);
  console.log(closingLine(total));
  process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  console.log(closingLine({ passed: 0, failed: 1 }));
  process.exit(1);
});
