// A reference server of npm run bench:api: PostGraphile 5 (the current major release) on the
// benchmark's database, configured as its documentation recommends for production (amber preset,
// no GraphiQL, no watch, errors masked) and as close as V5 allows to the 4.14 server beside it
// (../postgraphile/server.js): same schemas, same pool size, RBAC ignored, indexes ignored for
// ordering and conditions, set-returning functions without nulls, and an HS256 JWT verified on
// every request whose claims become jwt.claims.* settings of the request's transaction.
// Plain CommonJS with its own node_modules (graphql 16, Node ≥ 22), started by bench-api.ts as a
// child process.
//
//   DATABASE_URL=… PORT=… JWT_SECRET=… node test/bench/api/postgraphile5/server.js
'use strict';

const http = require('node:http');

const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');
const { makePgService } = require('postgraphile/adaptors/pg');
const { grafserv } = require('postgraphile/grafserv/node');
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber');
const { PgLazyJWTPreset } = require('postgraphile/presets/lazy-jwt');

const { DATABASE_URL, PORT, JWT_SECRET } = process.env;
if (!DATABASE_URL || !PORT || !JWT_SECRET) {
  console.error('DATABASE_URL, PORT and JWT_SECRET are required');
  process.exit(2);
}

// Same pool size as the API's default DATABASE_POOL_SIZE and the 4.14 server's.
const pool = new Pool({
  connectionString: DATABASE_URL,
  max: Number(process.env.PG_POOL_SIZE ?? 10),
});

/** @type {GraphileConfig.Preset} */
const preset = {
  // PgLazyJWTPreset is V5's form of V4's `jwtSecret`: it verifies the bearer token (HS256,
  // audience "postgraphile") in grafserv/node and turns the claims into pgSettings
  // jwt.claims.* — the same check and the same settings as the 4.14 server.
  extends: [PostGraphileAmberPreset, PgLazyJWTPreset],
  // V4's `ignoreRBAC: true` and its default `ignoreIndexes: true` (the 4.14 server orders by
  // any column); V5's amber preset would otherwise apply both.
  disablePlugins: ['PgRBACPlugin', 'PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ pool, schemas: ['public', 'lcm_bench'], pubsub: false })],
  gather: { installWatchFixtures: false },
  schema: {
    // V4's `setofFunctionsContainNulls: false`.
    pgForbidSetofFunctionsToReturnNull: true,
    pgJwtSecret: JWT_SECRET,
  },
  grafserv: {
    graphiql: false,
    watch: false,
    websockets: false,
    pgJwtSecret: JWT_SECRET,
    pgJwtVerifyOptions: { algorithms: ['HS256'], audience: 'postgraphile' },
  },
  grafast: { explain: false },
};

async function main() {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  server.keepAliveTimeout = 65_000;
  // Build the schema before listening, so the first measured request does not build it.
  await pgl.getSchema();
  await serv.addTo(server);
  server.listen(Number(PORT), '127.0.0.1', () => {
    console.log(`PostGraphile 5 ready at http://127.0.0.1:${PORT}/graphql`);
  });

  const stop = () => {
    server.close(() =>
      Promise.resolve(serv.release())
        .then(() => pgl.release())
        .then(() => pool.end())
        .then(() => process.exit(0)),
    );
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
