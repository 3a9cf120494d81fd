// The GraphQL contract is committed (schema.gql at the repository root) and checked here: a change
// of the API's schema fails `npm test` until the file is written again with `npm run schema:write`,
// so every change of the contract shows in review. The web app's operations are typed from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';

import { startTestApi, type TestApi } from './support/test-api';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');
const HEADER =
  '# The GraphQL schema of lcm-match, written by `npm run schema:write` from the running API.\n' +
  '# Do not edit: `npm test` fails when the API and this file differ.\n\n';

describe('the committed GraphQL schema', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('is the schema the API serves (npm run schema:write after a change)', () => {
    const served = HEADER + printSchema(api.app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env.LCM_WRITE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, served);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== served) {
      const committedLines = committed.split('\n');
      const servedLines = served.split('\n');
      const first = servedLines.findIndex((line, index) => line !== committedLines[index]);
      throw new Error(
        `schema.gql differs from the API's schema from line ${first + 1}:\n` +
          `  committed: ${committedLines[first] ?? '(end of file)'}\n` +
          `  served:    ${servedLines[first] ?? '(end of file)'}\n` +
          'If the change is intended, run `npm run schema:write` and commit schema.gql.',
      );
    }
  });
});
