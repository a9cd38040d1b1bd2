// Counting results the same way in every runner: each prints a closing `N passed, N failed` line.
import * as fs from 'fs';
import * as path from 'path';
import type { SuiteResult } from '../suite/protocol';

export type { SuiteResult };

export const CLOSING_LINE = /^(\d+) passed, (\d+) failed$/;

export function closingLine(result: SuiteResult): string {
  return `${result.passed} passed, ${result.failed} failed`;
}

/** Prints the closing line and exits: non-zero when a test failed or none ran. */
export function exitWith(result: SuiteResult): never {
  console.log(closingLine(result));
  process.exit(result.failed > 0 || result.passed === 0 ? 1 : 0);
}

/** A run that broke before it could count anything is one failure. */
export function brokenRun(what: string, err: unknown): SuiteResult {
  console.error(`${what} failed: ${err instanceof Error ? err.message : String(err)}`);
  return { passed: 0, failed: 1 };
}

/**
 * The suite's own counts, checked against the extension host's exit code: a run that died before
 * reporting, or that exited non-zero with no failed test (a load error), counts as one failure.
 */
export function suiteOutcome(resultFile: string, exitCode: number): SuiteResult {
  let reported: SuiteResult | undefined;
  try {
    reported = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as SuiteResult;
  } catch {
    console.error(`the suite ended (exit code ${exitCode}) without reporting its result`);
    return { passed: 0, failed: 1 };
  }
  if (exitCode !== 0 && reported.failed === 0) {
    console.error(`the extension host exited with ${exitCode} although no test failed`);
    return { ...reported, failed: 1 };
  }
  return reported;
}

/** Where a run keeps its logs and screenshots (git-ignored). */
export function resultsDir(...parts: string[]): string {
  const dir = path.join(__dirname, '..', '..', 'test-results', ...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
