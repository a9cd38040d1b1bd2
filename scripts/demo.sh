#!/usr/bin/env bash
# Try Dossier on a fresh machine: sets everything up, packages the extension, and starts a local
# VS Code (code-server) with Dossier installed and samples/istanbul-talks open; prints the URL.
# Usage: bash scripts/demo.sh [FOLDER]      (PORT=8080 and HOST=127.0.0.1 by default)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/setup.sh
printf '\n== demo: packaging Dossier (production build)\n'
mkdir -p test-results
node_modules/.bin/vsce package --no-dependencies --out test-results/dossier.vsix < /dev/null > /dev/null
exec node -r esbuild-register scripts/demo.ts test-results/dossier.vsix "$@"
