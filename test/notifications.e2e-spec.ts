// Notifications written in the change's transaction, to the right people in their language; the
// inbox (notifications, markNotificationsRead) and the notificationAdded subscription.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { gapInput, offerInput } from './support/factories';
import { createOpen, startTestWorker, type TestWorker } from './support/match-runs';
import { emails, notificationRows, proposalInNewRun, recipientsOf } from './support/notifications';
import { startTestApi, type TestApi } from './support/test-api';
import { testEmail, type TestIdentity } from './support/test-users';

const ACCEPT = `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { status } }`;
const DECLINE = `mutation($input: DeclineProposalInput!) { declineProposal(input: $input) { status } }`;
const INBOX = `query($filter: NotificationFilter, $first: Int) {
  notifications(filter: $filter, first: $first) {
    unreadCount totalCount
    edges { node { id kind title path read gapId proposalId partnershipId quantity language } }
  }
}`;
const MARK_READ = `mutation($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) { marked unreadCount }
}`;

interface InboxNode {
  id: string;
  kind: string;
  title: string;
  path: string;
  read: boolean;
  gapId: string | null;
  proposalId: string | null;
  partnershipId: string | null;
  quantity: number | null;
  language: string;
}
interface Inbox {
  notifications: { unreadCount: number; totalCount: number; edges: { node: InboxNode }[] };
}

describe('notifications: outbox rows in the change’s transaction, the inbox and its subscription', () => {
  let api: TestApi;
  let gapId: string;
  let offerId: string;

  const inbox = async (who: TestIdentity, filter?: Record<string, unknown>) => {
    const response = await api.as(who)<Inbox>(INBOX, { filter, first: 50 });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.notifications;
  };

  beforeAll(async () => {
    api = await startTestApi();
    // The T/PCC reads French: its notifications are written in French.
    await api.dataSource.query(`UPDATE users SET preferred_language = 'fr' WHERE email = $1`, [
      testEmail('tpcc'),
    ]);
    gapId = await createOpen(api, 'Gap', gapInput({ title: 'Équipes CASEVAC' }));
    offerId = await createOpen(api, 'Offer', offerInput());
  });

  afterAll(async () => {
    await api?.close();
  });

  it('tells both parties but the actor when one side accepts, then both of the partnership', async () => {
    const proposal = await proposalInNewRun(api, gapId, offerId);
    const donorAnswer = await api.as('donor')(ACCEPT, { input: { id: proposal } });
    expect(donorAnswer.body.errors).toBeUndefined();
    expect(await recipientsOf(api, 'PROPOSAL_ACCEPTED')).toEqual(emails('tpcc'));

    const tpccAnswer = await api.as('tpcc')(ACCEPT, { input: { id: proposal } });
    expect(tpccAnswer.body.data).toEqual({ acceptProposal: { status: 'CONFIRMED' } });
    expect(await recipientsOf(api, 'PROPOSAL_ACCEPTED')).toEqual(emails('donor', 'tpcc'));
    expect(await recipientsOf(api, 'PARTNERSHIP_CONFIRMED')).toEqual(emails('donor'));

    const rows = await notificationRows(api);
    expect(rows.find((row) => row.email === testEmail('tpcc'))!.language).toBe('fr');
    expect(rows.find((row) => row.email === testEmail('donor'))!.language).toBe('en');
    expect(rows.every((row) => row.email_status === 'PENDING')).toBe(true);
    // Nobody else: not the other states' users, not staff.
    expect(new Set(rows.map((row) => row.email))).toEqual(new Set(emails('donor', 'tpcc')));
  });

  it('writes nothing when the change is refused (same transaction)', async () => {
    const before = await notificationRows(api);
    const proposal = await proposalInNewRun(api, gapId, offerId, 10_000);
    const refused = await api.as('donor')(ACCEPT, { input: { id: proposal } });
    expect(refused.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await notificationRows(api)).toEqual(before);
  });

  it('answering twice notifies once (idempotency key)', async () => {
    const proposal = await proposalInNewRun(api, gapId, offerId);
    await api.as('donor')(ACCEPT, { input: { id: proposal } });
    await api.as('donor')(ACCEPT, { input: { id: proposal } });
    const keys = (await notificationRows(api)).map((row) => row.idempotency_key);
    expect(keys.filter((key) => key.includes(proposal))).toHaveLength(1);
    await api.as('tpcc')(DECLINE, { input: { id: proposal } });
    expect(await recipientsOf(api, 'PROPOSAL_DECLINED')).toEqual(emails('donor'));
  });

  it('lists only the caller’s own notifications, filters by kind, and marks them read', async () => {
    const tpcc = await inbox('tpcc');
    expect(tpcc.edges.length).toBeGreaterThan(0);
    expect(tpcc.unreadCount).toBe(tpcc.totalCount);
    const confirmed = await inbox('donor', { kinds: ['PARTNERSHIP_CONFIRMED'] });
    expect(confirmed.edges).toHaveLength(1);
    expect(confirmed.edges[0].node).toMatchObject({
      kind: 'PARTNERSHIP_CONFIRMED',
      title: 'Équipes CASEVAC',
      read: false,
      quantity: 5,
    });
    expect(confirmed.edges[0].node.path).toBe(
      `/partnerships/${confirmed.edges[0].node.partnershipId}`,
    );
    expect((await inbox('otherDonor')).totalCount).toBe(0);
    expect((await inbox('coordinator')).totalCount).toBe(0);

    // The donor's id in the T/PCC's call marks nothing of the donor's.
    const donorBefore = await inbox('donor');
    const foreign = await api.as('tpcc')<{ markNotificationsRead: { marked: number } }>(MARK_READ, {
      input: { ids: donorBefore.edges.map((edge) => edge.node.id) },
    });
    expect(foreign.body.data!.markNotificationsRead.marked).toBe(0);
    expect((await inbox('donor')).unreadCount).toBe(donorBefore.unreadCount);

    const one = await api.as('tpcc')<{
      markNotificationsRead: { marked: number; unreadCount: number };
    }>(MARK_READ, { input: { ids: [tpcc.edges[0].node.id] } });
    expect(one.body.data!.markNotificationsRead).toEqual({
      marked: 1,
      unreadCount: tpcc.unreadCount - 1,
    });
    expect((await inbox('tpcc', { unread: false })).edges.map((edge) => edge.node.id)).toEqual([
      tpcc.edges[0].node.id,
    ]);
    const all = await api.as('tpcc')<{ markNotificationsRead: { unreadCount: number } }>(
      MARK_READ,
      {
        input: { all: true },
      },
    );
    expect(all.body.data!.markNotificationsRead.unreadCount).toBe(0);
  });

  it('tells a mentioned user, not the author', async () => {
    const added = await api.as('donor')(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { gapId, body: 'Can you confirm the dates?', mentions: [testEmail('tpcc')] } },
    );
    expect(added.body.errors).toBeUndefined();
    expect(await recipientsOf(api, 'COMMENT_MENTION')).toEqual(emails('tpcc'));
  });

  describe('match runs', () => {
    let worker: TestWorker;

    beforeAll(async () => {
      worker = await startTestWorker(api);
    });

    afterAll(async () => {
      await worker?.close();
    });

    it('tells each party of a new pairing once, not again when a later run proposes it again', async () => {
      const newGap = await createOpen(api, 'Gap', gapInput({ title: 'Fresh gap', quantity: 3 }));
      const first = await worker.runToCompletion();
      expect(first.status).toBe('SUCCEEDED');
      const rows = (await notificationRows(api)).filter((row) => row.kind === 'PROPOSAL_NEW');
      const forNewGap = await api.dataSource.query<{ email: string }[]>(
        `SELECT u.email FROM notifications n JOIN users u ON u.id = n.recipient_user_id
          WHERE n.kind = 'PROPOSAL_NEW' AND n.gap_id = $1 ORDER BY u.email`,
        [newGap],
      );
      expect(forNewGap.map((row) => row.email)).toEqual(emails('donor', 'tpcc'));
      await worker.runToCompletion();
      const again = (await notificationRows(api)).filter((row) => row.kind === 'PROPOSAL_NEW');
      expect(again).toHaveLength(rows.length);
    });
  });

  describe('notificationAdded', () => {
    const clients: Client[] = [];
    const connect = (who: TestIdentity): Client => {
      const client = createClient({
        url: api.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${api.tokens[who]}` },
      });
      clients.push(client);
      return client;
    };

    afterAll(async () => {
      await Promise.all(clients.map((client) => client.dispose()));
    });

    it('pushes each user their own notifications only', async () => {
      const query = 'subscription { notificationAdded { id kind title proposalId } }';
      const donorUpdates = connect('donor').iterate<{ notificationAdded: InboxNode }>({ query });
      const tpccUpdates = connect('tpcc').iterate<{ notificationAdded: InboxNode }>({ query });
      // Give both subscriptions time to be registered before the changes.
      await new Promise((resolve) => setTimeout(resolve, 500));

      // The T/PCC declines: only the donor is told.
      const declined = await proposalInNewRun(api, gapId, offerId);
      await api.as('tpcc')(DECLINE, { input: { id: declined } });
      // The donor declines another: only the T/PCC is told.
      const other = await proposalInNewRun(api, gapId, offerId);
      await api.as('donor')(DECLINE, { input: { id: other } });

      const donorFirst = await donorUpdates.next();
      expect(donorFirst.value.data.notificationAdded).toMatchObject({
        kind: 'PROPOSAL_DECLINED',
        proposalId: declined,
      });
      const tpccFirst = await tpccUpdates.next();
      expect(tpccFirst.value.data.notificationAdded).toMatchObject({
        kind: 'PROPOSAL_DECLINED',
        proposalId: other,
      });
    });

    it('refuses a subscription without a token', async () => {
      const anonymous = createClient({
        url: api.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
      });
      clients.push(anonymous);
      const updates = anonymous.iterate({ query: 'subscription { notificationAdded { id } }' });
      // graphql-ws rejects the iteration with the operation's errors.
      await expect(updates.next()).rejects.toEqual([
        expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }),
      ]);
    });
  });
});
