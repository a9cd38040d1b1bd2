// Offline runner of the extension-host suite: the same mocha suite @vscode/test-electron runs
// (test/suite/), inside code-server's real VS Code, driven by headless Chromium.
//
//   node -r esbuild-register test/runner/code-server.ts [--workspace DIR] [--grep RE] [--timeout S] [--verbose]
//
// The workspace (default samples/istanbul-talks) is copied to a temporary folder first, so tests
// may edit it. Needs `npm run build` and scripts/setup.sh. Exit code = the suite's result; the last
// line is `N passed, N failed`. Logs go to test-results/suite/<workspace name>/.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { GREP_ENV, RESULT_FILE_ENV, SUITE_LINE_TAG } from '../suite/protocol';
import { openBrowser, repoRoot, startCodeServer, withTimeout } from './codeServer';
import { copyWorkspace, makeTemp } from './temp';
import { brokenRun, exitWith, resultsDir, suiteOutcome, type SuiteResult } from './results';
import { builtSuite, parseSuiteArgs, type SuiteOptions } from './suiteArgs';

/** A workbench log message: a string or console-style arguments. */
function formatMessage(message: unknown): string {
  return Array.isArray(message) ? util.format(...message) : String(message);
}

async function runSuite(options: SuiteOptions, logDir: string): Promise<SuiteResult> {
  const { extensionPath, suiteIndex } = builtSuite();
  const workspace = copyWorkspace(options.workspace);
  const resultFile = path.join(makeTemp('suite-result'), 'result.json');
  const server = await startCodeServer({
    logFile: path.join(logDir, 'code-server.log'),
    env: { [RESULT_FILE_ENV]: resultFile, ...(options.grep ? { [GREP_ENV]: options.grep } : {}) },
  });
  const browser = await openBrowser();
  const workbenchLog: string[] = [];
  try {
    // The suite's output arrives through the workbench log, tagged; everything else is the workbench's.
    await browser.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
      const text = formatMessage(message);
      workbenchLog.push(`[${level}] ${text}`);
      if (options.verbose) console.log(`  workbench [${level}] ${text}`);
      for (const line of text.split('\n')) {
        if (line.startsWith(SUITE_LINE_TAG)) console.log(line.slice(SUITE_LINE_TAG.length));
      }
    });
    const exited = new Promise<number>((resolve) => {
      void browser.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    const page = await browser.newPage();
    const crashed = new Promise<never>((_, reject) => page.on('crash', () => reject(new Error('the workbench page crashed'))));

    const started = Date.now();
    await page.goto(server.url(workspace, [
      ['extensionDevelopmentPath', server.remote(extensionPath)],
      ['extensionTestsPath', server.remote(suiteIndex)],
    ]));
    const code = await withTimeout(Promise.race([exited, crashed]), options.timeoutSeconds * 1000,
      `the suite did not finish within ${options.timeoutSeconds} s`);
    console.log(`(extension host exited with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return suiteOutcome(resultFile, code);
  } finally {
    fs.writeFileSync(path.join(logDir, 'workbench.log'), workbenchLog.join('\n') + '\n');
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  let result: SuiteResult;
  try {
    const options = parseSuiteArgs(process.argv.slice(2));
    const logDir = resultsDir('suite', path.basename(options.workspace));
    console.log(`Extension-host suite in code-server, on a copy of ${options.workspace} (logs: ${path.relative(repoRoot, logDir)}/)`);
    result = await runSuite(options, logDir);
  } catch (err) {
    result = brokenRun('suite run', err);
  }
  exitWith(result);
}

void main();
