// Unit tests sit beside the code (*.spec.ts); e2e tests live in test/ (*.e2e-spec.ts) and talk to
// the real Postgres and Redis.
const transformer = '<rootDir>/tools/jest/swc-transformer.js';

const base = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|m?j)s$': transformer },
  // Every file goes to the transformer, which compiles only our code and ES modules.
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: { '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  // A global option: Jest ignores testTimeout inside a project, so e2e tests would get 5 s.
  testTimeout: 30_000,
};
