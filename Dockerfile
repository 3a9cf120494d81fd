# syntax=docker/dockerfile:1
# One image for the API, the worker and the CLI (migrations, create-admin); the command picks which.
#   docker build -t lcm-match .
#   docker run --env-file .env lcm-match node dist/apps/api/src/main.js

# Build: all dependencies (the Nest CLI and TypeScript are dev dependencies), compile to dist/.
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
# patches/: applied by patch-package on install (postinstall), see docs/development.md.
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Production dependencies only, installed apart so the runtime image carries no compiler.
FROM node:24.22.3-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24.22.3-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
# The API on 3000; the worker's health routes on 3001 (WORKER_HEALTH_PORT).
EXPOSE 3000 3001
# The API by default; the compose file runs the worker and the migrations from the same image.
CMD ["node", "dist/apps/api/src/main.js"]
