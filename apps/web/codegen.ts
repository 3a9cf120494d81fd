import { type CodegenConfig } from '@graphql-codegen/cli';

/**
 * The web app's operations typed from the committed schema (schema.gql, written by the API and
 * drift-checked by test/schema.e2e-spec.ts). An operation that no longer matches the schema fails
 * here, and a changed result type fails the web type check.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          JSON: 'unknown',
          Upload: 'File',
        },
      },
    },
  },
};

export default config;
