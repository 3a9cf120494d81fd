#!/usr/bin/env bash
# The whole test suite: lint and formatting, type check, unit tests, end-to-end tests against the
# real PostgreSQL and Redis (each test file gets its own database and queue prefix), and the web
# app's type check, build and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# Node.js of .nvmrc (brought into .tools/ when the machine's is older).
. scripts/use-node.sh

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi

echo "== lint"
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
echo "== type check"
# The e2e tests' operations typed from schema.gql (test/graphql/, not committed): codegen refuses an
# operation the schema no longer has, and tsc a test that reads a field or type that changed.
npm run --silent test:codegen >/dev/null
npx tsc --noEmit -p tsconfig.json
# The web app's operations typed from schema.gql: codegen refuses an operation the schema no longer
# has, and tsc a page that reads a field or type that changed.
echo "== web: codegen, type check, build"
npm run --silent web:typecheck >/dev/null
npm run --silent build:web >/dev/null
echo "== unit, service and e2e tests"
# Two files at a time, then the files that bound wall-clock time one at a time (scripts/jest.sh).
bash scripts/jest.sh "$@"
# The web app in Debian's Chromium against the real API, worker, PostgreSQL and Redis.
echo "== web: browser tests (Playwright, Chromium)"
npx playwright test --config apps/web/playwright.config.ts
