// How the suite (test/suite/index.ts) reports to its runners (test/runner/). Runners pass these
// through the environment, which the extension host inherits.

/** Prefix of the suite's own output lines when they travel through code-server's workbench log. */
export const SUITE_LINE_TAG = '[dossier-suite] ';

/** Environment: file the suite writes its `SuiteResult` to as JSON when the run ends. */
export const RESULT_FILE_ENV = 'DOSSIER_SUITE_RESULT_FILE';

/** Environment: run only the tests whose full title matches this regular expression. */
export const GREP_ENV = 'DOSSIER_SUITE_GREP';

export interface SuiteResult {
  passed: number;
  failed: number;
}
