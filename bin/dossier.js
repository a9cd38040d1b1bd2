#!/usr/bin/env node
'use strict';
// The `dossier` command: the bundled CLI (npm run build makes dist/cli.js).
const { main, preferThroughputTiering } = require('../dist/cli.js');
// Process-wide V8 tuning for a batch run: only here, in the command's own process (not in tests).
preferThroughputTiering();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`dossier: internal error: ${(error && error.stack) || error}\n`);
    process.exitCode = 70;
  },
);
