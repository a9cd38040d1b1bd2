// Runner of the extension-host suite in desktop VS Code via @vscode/test-electron, for machines
// with internet access (it downloads VS Code into .vscode-test/). Same suite, same arguments as
// the offline runner test/runner/code-server.ts:
//
//   npm run test:vscode -- [--workspace DIR] [--grep RE] [--timeout S]
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { GREP_ENV, RESULT_FILE_ENV } from '../suite/protocol';
import { withTimeout } from './codeServer';
import { copyWorkspace, makeTemp } from './temp';
import { brokenRun, exitWith, suiteOutcome, type SuiteResult } from './results';
import { builtSuite, parseSuiteArgs } from './suiteArgs';

async function main(): Promise<void> {
  let result: SuiteResult;
  try {
    const options = parseSuiteArgs(process.argv.slice(2));
    const { extensionPath, suiteIndex } = builtSuite();
    const workspace = copyWorkspace(options.workspace);
    const resultFile = path.join(makeTemp('suite-result'), 'result.json');
    const code = await withTimeout(
      runTests({
        extensionDevelopmentPath: extensionPath,
        extensionTestsPath: suiteIndex,
        extensionTestsEnv: { [RESULT_FILE_ENV]: resultFile, ...(options.grep ? { [GREP_ENV]: options.grep } : {}) },
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', makeTemp('user-data')],
      }).catch((err: unknown) => {
        // Also when tests fail; the counts come from the result file either way.
        console.error(`@vscode/test-electron: ${err instanceof Error ? err.message : String(err)}`);
        return 1;
      }),
      options.timeoutSeconds * 1000,
      `the suite did not finish within ${options.timeoutSeconds} s`,
    );
    result = suiteOutcome(resultFile, code);
  } catch (err) {
    result = brokenRun('suite run', err);
  }
  exitWith(result);
}

void main();
