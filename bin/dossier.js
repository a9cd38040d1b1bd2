#!/usr/bin/env node
'use strict';
// The `dossier` command: the bundled CLI (npm run build makes dist/cli.js).
const { main } = require('../dist/cli.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`dossier: internal error: ${(error && error.stack) || error}\n`);
    process.exitCode = 70;
  },
);
