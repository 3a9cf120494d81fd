// Unit tests sit beside the code (*.spec.ts); service tests (test/service/*.service-spec.ts) call
// services on the real PostgreSQL without HTTP; e2e tests (test/*.e2e-spec.ts) go through HTTP.
// Both of the latter use the real Postgres and Redis.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      // Nest's DI and code-first GraphQL read the design:* metadata these emit.
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const base = {
  rootDir: __dirname,
  // Only our TypeScript is compiled. ES modules in node_modules (NestJS 12 ships pure ESM) are
  // loaded as they are: Jest 30.5 supports require(esm) on Node ≥ 24.9.
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: { '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
};

/**
 * E2E files whose assertions bound wall-clock time with little margin over what they measure on
 * a quiet machine: a worker's health probe under 500 ms (and its 1 s job lock renewed) through a
 * solve on both cores, five mutations within a 1.5 s debounce window, readiness failing within 5 s
 * of Redis going down. The `e2e-serial` project: `scripts/jest.sh` runs it alone (`--runInBand`)
 * after the others, so that no other test file of the suite competes with them for the CPU.
 */
const SERIAL_E2E = ['worker-responsiveness', 'automatic-runs', 'health'];
const serialE2e = SERIAL_E2E.map((name) => `<rootDir>/test/${name}.e2e-spec.ts`);

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...base,
      // Services on a real PostgreSQL (and Redis where they queue), without HTTP or GraphQL.
      displayName: 'service',
      testMatch: ['<rootDir>/test/service/**/*.service-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        ...serialE2e.map((path) => `^${path.replace(/\./g, '\\.')}$`),
      ],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...base,
      displayName: 'e2e-serial',
      testMatch: serialE2e,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  // A global option: Jest ignores testTimeout inside a project, so e2e tests would get 5 s.
  testTimeout: 30_000,
};
