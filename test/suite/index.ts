// The extension-host entry point (`extensionTestsPath`): VS Code requires this module inside the
// extension host and calls `run()`; resolving passes the run, rejecting fails it. The same file
// serves @vscode/test-electron (test/runner/electron.ts) and the offline code-server runner
// (test/runner/code-server.ts).
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { GREP_ENV, RESULT_FILE_ENV, SUITE_LINE_TAG, type SuiteResult } from './protocol';

function findTestFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...findTestFiles(full));
    else if (entry.name.endsWith('.test.js')) files.push(full);
  }
  return files.sort();
}

export function run(): Promise<void> {
  // In code-server the extension host's console reaches the runner mixed with the workbench's own
  // log, so the reporter's lines are tagged there; a desktop VS Code prints them to stdout as they are.
  const tag = vscode.env.appName === 'code-server' ? SUITE_LINE_TAG : '';
  const print = (...args: unknown[]) => {
    for (const line of util.format(...args).split('\n')) console.log(tag + line);
  };
  Mocha.reporters.Base.consoleLog = print;

  // Each test/suite/**/*.test.ts is bundled next to this file by scripts/build.mjs.
  const files = findTestFiles(__dirname);
  const grep = process.env[GREP_ENV];
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  for (const file of files) mocha.addFile(file);

  const report = (result: SuiteResult) => {
    const file = process.env[RESULT_FILE_ENV];
    if (file) fs.writeFileSync(file, JSON.stringify(result));
  };

  return new Promise((resolve, reject) => {
    const result: SuiteResult = { passed: 0, failed: 0 };
    try {
      const runner = mocha.run(() => {
        report(result);
        if (files.length === 0) reject(new Error(`no test files next to ${__filename}`));
        else if (result.failed > 0) reject(new Error(`${result.failed} test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => result.passed++);
      runner.on('fail', () => result.failed++);
    } catch (err) {
      report({ ...result, failed: result.failed + 1 });
      reject(err);
    }
  });
}
