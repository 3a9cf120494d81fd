import { Queue } from 'bullmq';

import { User } from '@app/auth';
import { QueueName } from '@app/queue';

import { startTestApi, type TestApi } from './support/test-api';
import { TEST_PASSWORD, testEmail, type TestIdentity } from './support/test-users';

const basic = (email: string, password: string) =>
  `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
const basicAs = (identity: TestIdentity) => basic(testEmail(identity), TEST_PASSWORD);

describe('queue dashboard (Bull Board) under /admin/queues', () => {
  let api: TestApi;
  let board: string;

  beforeAll(async () => {
    api = await startTestApi();
    board = api.url.replace(/\/graphql$/, '/admin/queues');
  });

  afterAll(async () => {
    await api?.close();
  });

  const open = (path = '', authorization?: string) =>
    fetch(`${board}${path}`, { headers: authorization ? { authorization } : {} });

  it('asks for credentials (401, Basic challenge) without any, or with wrong ones', async () => {
    for (const authorization of [
      undefined,
      basic(testEmail('admin'), 'not-the-password'),
      basic('nobody@test.lcm.local', TEST_PASSWORD),
      'Bearer not-a-token',
    ]) {
      const response = await open('', authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="lcm-match queues"/);
    }
    // The board's assets and API are behind the same door.
    expect((await open('/api/queues')).status).toBe(401);
  });

  it('refuses (403) a signed-in user who is not an admin, by Basic or Bearer', async () => {
    expect((await open('', basicAs('coordinator'))).status).toBe(403);
    expect((await open('', `Bearer ${api.tokens.coordinator}`)).status).toBe(403);
    expect((await open('/api/queues', `Bearer ${api.tokens.analyst}`)).status).toBe(403);
  });

  it('shows the board to an admin, by Basic (a browser) or Bearer', async () => {
    const page = await open('', basicAs('admin'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<base href="/admin/queues/" />');
    // Its scripts are served from under the same path, behind the same check.
    const script = /<script[^>]* src="(static\/[^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await open(`/${script}`, basicAs('admin'))).status).toBe(200);
    expect((await open(`/${script}`)).status).toBe(401);
    expect((await open('/', `Bearer ${api.tokens.admin}`)).status).toBe(200);
  });

  it('lists the matching queue of this deployment’s prefix in the board’s API', async () => {
    // A job in the test's queue (no worker runs here, so it waits) shows in the board's counts.
    const queue = new Queue(QueueName.MATCHING, {
      connection: { url: process.env.REDIS_URL },
      prefix: api.queuePrefix,
    });
    try {
      await queue.add('board-test', {}, { delay: 3_600_000 });
      const response = await open('/api/queues', basicAs('admin'));
      expect(response.status).toBe(200);
      const { queues } = (await response.json()) as {
        queues: { name: string; type: string; counts: Record<string, number> }[];
      };
      expect(queues).toHaveLength(1);
      expect(queues[0]).toMatchObject({ name: 'matching', type: 'bullmq' });
      expect(queues[0].counts.delayed).toBe(1);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  it('shuts a disabled admin out at once, even after a successful sign-in', async () => {
    const users = api.dataSource.getRepository(User);
    const admin = await users.findOneByOrFail({ email: testEmail('admin') });
    expect((await open('', basicAs('admin'))).status).toBe(200);
    await users.update(admin.id, { disabled: true });
    try {
      expect((await open('', basicAs('admin'))).status).toBe(401);
      expect((await open('', `Bearer ${api.tokens.admin}`)).status).toBe(401);
    } finally {
      await users.update(admin.id, { disabled: false });
    }
  });

  it('throttles Basic guesses like sign-ins: the account is locked after 5 failures', async () => {
    const email = testEmail('otherTpcc');
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await open('', basic(email, `guess-${attempt}`))).status).toBe(401);
    const locked = await open('', basic(email, TEST_PASSWORD));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
