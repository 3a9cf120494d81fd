#!/usr/bin/env bash
# Quick start: install, prepare the database (create, migrate, reference data, demo data), then run
# the worker and the API together. Uses DATABASE_URL / REDIS_URL when set, else the local services.
set -euo pipefail
cd "$(dirname "$0")/.."
# Node.js of .nvmrc (brought into .tools/ when the machine's is older).
. scripts/use-node.sh

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi

npm run --silent db:setup
npm run --silent db:seed

node -r @swc-node/register apps/worker/src/main.ts &
worker=$!
trap 'kill "$worker" 2>/dev/null || true' EXIT INT TERM

echo "Starting the API: GraphQL at http://localhost:${PORT:-3000}/graphql (Ctrl-C stops API and worker)"
node -r @swc-node/register apps/api/src/main.ts
