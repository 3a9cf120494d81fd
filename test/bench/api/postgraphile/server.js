// A reference server of npm run bench:api (`postgraphile4`): PostGraphile 4.14 on the
// benchmark's database, with the options its documentation recommends for production (no query
// log, no watch, no GraphiQL, no introspection cache rebuilds) and a JWT checked on every
// request, as our API checks one.
// Plain CommonJS with its own node_modules (graphql 15), started by bench-api.ts as a child process.
//
//   DATABASE_URL=… PORT=… JWT_SECRET=… node test/bench/api/postgraphile/server.js
'use strict';

const http = require('node:http');

const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');

const { DATABASE_URL, PORT, JWT_SECRET } = process.env;
if (!DATABASE_URL || !PORT || !JWT_SECRET) {
  console.error('DATABASE_URL, PORT and JWT_SECRET are required');
  process.exit(2);
}

// Same pool size as the API's default DATABASE_POOL_SIZE.
const pool = new Pool({
  connectionString: DATABASE_URL,
  max: Number(process.env.PG_POOL_SIZE ?? 10),
});

const middleware = postgraphile(pool, ['public', 'lcm_bench'], {
  watchPg: false,
  graphiql: false,
  enhanceGraphiql: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  ignoreRBAC: true,
  setofFunctionsContainNulls: false,
  dynamicJson: true,
  extendedErrors: [],
  showErrorStack: false,
  // Verified on each request (HS256, audience "postgraphile"); its claims become
  // jwt.claims.* settings of the request's transaction, as in a PostGraphile deployment.
  jwtSecret: JWT_SECRET,
  jwtVerifyOptions: { algorithms: ['HS256'] },
});

const server = http.createServer(middleware);
server.keepAliveTimeout = 65_000;
server.listen(Number(PORT), '127.0.0.1', () => {
  console.log(`PostGraphile ready at http://127.0.0.1:${PORT}/graphql`);
});

function stop() {
  server.close(() => pool.end().then(() => process.exit(0)));
  setTimeout(() => process.exit(0), 2_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
