import { type AuditResult, serverAudits } from 'graphql-http';

import { startTestApi, type TestApi } from './support/test-api';

/**
 * GraphQL over HTTP conformance (issue 15), checked by the specification's own audit suite
 * (graphql-http's `serverAudits`): every MUST passes. The SHOULDs and MAYs are run too and their
 * failures printed, not judged.
 */
describe('GraphQL over HTTP: the audits of graphql-http', () => {
  let api: TestApi;
  const audits = serverAudits({ url: () => api.url });
  const others: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    if (others.length > 0) {
      process.stdout.write(`GraphQL over HTTP, not followed (SHOULD/MAY):\n${others.join('\n')}\n`);
    }
    await api?.close();
  });

  const describeFailure = async (result: AuditResult) =>
    result.status === 'ok'
      ? 'ok'
      : `${result.status}: ${result.reason} (HTTP ${result.response.status}: ${(await result.response.text()).slice(0, 300)})`;

  it.each(
    audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit]),
  )('%s', async (_, audit) => {
    expect(await describeFailure(await audit.fn())).toBe('ok');
  });

  it('runs the SHOULD and MAY audits', async () => {
    for (const audit of audits.filter((candidate) => !candidate.name.startsWith('MUST'))) {
      const result = await audit.fn();
      if (result.status !== 'ok') others.push(`  ${audit.name}: ${await describeFailure(result)}`);
    }
  });
});
