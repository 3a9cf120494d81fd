import { type CodegenConfig } from '@graphql-codegen/cli';

/**
 * The e2e tests' operations typed from the committed schema (schema.gql, written by the API and
 * drift-checked by test/schema.e2e-spec.ts). Operations written with `gql(…)` are checked here
 * against the schema, so a renamed or removed field fails `npm test` at its type check, before any
 * test runs; their results and variables are typed (test/graphql/). Hostile and malformed
 * requests stay plain strings: they are meant not to match.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: [
    'test/**/*.ts',
    '!test/graphql/**',
    '!test/codegen.ts',
    // The bench's reference servers install their own packages (PostGraphile 5 ships .ts types).
    '!test/**/node_modules/**',
  ],
  ignoreNoDocuments: false,
  generates: {
    'test/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          JSON: 'unknown',
          Upload: 'unknown',
        },
      },
    },
  },
};

export default config;
