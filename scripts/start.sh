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

# The web app (apps/web) into dist/web, which the API serves at /.
echo "Building the web app…"
npm run --silent build:web >/dev/null
npm run --silent db:setup
npm run --silent db:seed

node -r @swc-node/register apps/worker/src/main.ts &
worker=$!
trap 'kill "$worker" 2>/dev/null || true' EXIT INT TERM

node -r @swc-node/register apps/api/src/main.ts &
api=$!
trap 'kill "$worker" "$api" 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 120); do
  node -e "fetch('http://127.0.0.1:${PORT:-3000}/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" && break
  kill -0 "$api" 2>/dev/null || exit 1
  sleep 0.5
done
echo "GraphQL at http://localhost:${PORT:-3000}/graphql (Ctrl-C stops API and worker)"
echo "open http://localhost:${PORT:-3000}/"
wait "$api"
