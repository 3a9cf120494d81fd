#!/usr/bin/env bash
# The whole test suite: lint and formatting, type check, unit tests, and end-to-end tests against the
# real PostgreSQL and Redis (each test file gets its own database and queue prefix).
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
# The tests' GraphQL operations against the committed schema: an operation that no longer matches
# it, or generated types (test/graphql/) older than the schema and operations, fail here.
npx graphql-codegen --config test/codegen.ts --check >/dev/null || npx graphql-codegen --config test/codegen.ts --check
npx tsc --noEmit -p tsconfig.json
echo "== unit and e2e tests"
# Jest loads the ES modules of node_modules (NestJS 12) through its require(esm) support, which
# runs on Node's VM modules.
node --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js "$@"
