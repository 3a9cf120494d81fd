#!/usr/bin/env bash
# The whole test suite: lint and formatting, type check, unit tests, and end-to-end tests against the
# real PostgreSQL and Redis (each test file gets its own database and queue prefix).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi

echo "== lint"
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
echo "== type check"
npx tsc --noEmit -p tsconfig.json
echo "== unit and e2e tests"
npx jest "$@"
