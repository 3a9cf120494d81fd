#!/usr/bin/env bash
# The Jest suite as `npm test` runs it, in two runs:
# - unit, service and e2e tests on TEST_WORKERS processes at once (default 2): each test file has
#   its own database and queue prefix, so files do not see each other;
# - the `e2e-serial` project (jest.config.js: the files that bound wall-clock time on other
#   processes) one file at a time, with nothing else of the suite beside them.
# Arguments go to both runs (e.g. a file path; a run that finds none of its files passes).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-node.sh

# Jest loads the ES modules of node_modules (NestJS 12) through its require(esm) support, which
# runs on Node's VM modules.
jest() {
  node --experimental-vm-modules --disable-warning=ExperimentalWarning node_modules/jest/bin/jest.js \
    --passWithNoTests "$@"
}

# Both runs run; the script fails if either did.
status=0
jest --selectProjects unit service e2e --maxWorkers="${TEST_WORKERS:-2}" "$@" || status=$?
jest --selectProjects e2e-serial --runInBand "$@" || status=$?
exit "$status"
