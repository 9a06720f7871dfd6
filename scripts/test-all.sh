#!/usr/bin/env bash
# The whole test suite: type check, unit and integration tests (SQLite and a
# real PostgreSQL), then the end-to-end tests in a real Chromium against the
# demo portal. Run through `./dev test`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh

export CI=true BACKSTAGE_TEST_DISABLE_DOCKER=1
if [ -z "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="$(bash scripts/postgres.sh start)"
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING
fi
CHROMIUM_PATH="$(bash scripts/chromium.sh)"
export CHROMIUM_PATH
# The SLI tests start their own Prometheus (Debian package) on loopback ports.
for tool in prometheus promtool; do
  command -v "$tool" >/dev/null || {
    echo "$tool is missing: apt-get install -y prometheus (.ci/run does this)" >&2
    exit 1
  }
done

echo "==> type check"
yarn tsc
echo "==> unit and integration tests (SQLite + PostgreSQL at $BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING)"
yarn backstage-cli repo test --maxWorkers=2 "$@"
echo "==> end-to-end tests in $CHROMIUM_PATH"
yarn test:e2e
