// The conversations contract over HTTP: comments on a gap and a proposal as each role, mentions,
// edits kept in the audit log, deletion rules; and duplicated support as the API shows it (the
// report for staff, the warning on the proposal before anyone confirms it).
import { gql } from './graphql';
import { gapInput, offerInput } from './support/factories';
import { createOpen } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';
import { testEmail } from './support/test-users';

const ADD = gql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id subject gapId proposalId partnershipId body authorEmail authorRole authorMemberState
      editedAt createdAt deletableUntil
      mentions { userId email role memberState }
    }
  }
`);
const EDIT = gql(`
  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { id body editedAt } }
`);
const DELETE = gql(`
  mutation DeleteComment($id: ID!) { deleteComment(input: { id: $id }) { id body } }
`);
const COMMENTS = gql(`
  query Comments($gapId: ID, $proposalId: ID) {
    comments(gapId: $gapId, proposalId: $proposalId, first: 10) {
      totalCount
      edges { node { body authorRole } }
    }
  }
`);
const AUDIT = gql(`
  query CommentAudit($id: ID!) {
    auditEntries(first: 10, filter: { entityType: ["Comment"], entityId: [$id] }) {
      edges { node { action kind actorEmail changes { field before after } } }
    }
  }
`);
const DUPLICATES = gql(`
  query DuplicatedSupport($memberState: [String!]) {
    duplicatedSupport(memberState: $memberState) {
      groups { memberState category capability donors units demand excess message items { kind donor quantity } }
      offers { offerId memberState }
    }
  }
`);
const PROPOSAL_WARNING = gql(`
  query ProposalWarning {
    proposals(first: 10) {
      edges { node { id duplicationWarning { donors donorCount units demand excess message } } }
    }
  }
`);

describe('comments and duplicated support (real API, Postgres)', () => {
  let api: TestApi;
  let gapId: string;
  let proposalId: string;

  beforeAll(async () => {
    api = await startTestApi();
    // Rwanda's CASEVAC need logged twice: the United States confirmed on one, Britain proposed
    // on the other (proposals written as a run writes them).
    gapId = await createOpen(api, 'Gap', gapInput());
    const twice = await createOpen(api, 'Gap', gapInput({ source: 'SELF_DECLARED' }));
    const usa = await createOpen(api, 'Offer', offerInput());
    const gbr = await createOpen(api, 'Offer', offerInput({ donor: 'GBR' }));
    const [{ id: runId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id`,
    );
    const [{ id: confirmed }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation, status)
       VALUES ($1, $2, $3, 40, 0.6, '{}', 'test', 'CONFIRMED') RETURNING id`,
      [runId, gapId, usa],
    );
    await api.dataSource.query(
      'INSERT INTO partnerships (proposal_id, gap_id, offer_id, quantity) VALUES ($1, $2, $3, 40)',
      [confirmed, gapId, usa],
    );
    [{ id: proposalId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
       VALUES ($1, $2, $3, 40, 0.6, '{}', 'test') RETURNING id`,
      [runId, twice, gbr],
    );
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lets the T/PCC, donors and coordinators talk on a gap, mentioning users who may see it', async () => {
    const added = await api.as('tpcc')(ADD, {
      input: {
        gapId,
        body: 'Both company bases need CASEVAC teams before the rainy season.',
        mentions: [testEmail('coordinator')],
      },
    });
    expect(added.body.errors).toBeUndefined();
    const comment = added.body.data!.addComment;
    expect(comment).toMatchObject({
      subject: 'GAP',
      gapId,
      proposalId: null,
      authorEmail: testEmail('tpcc'),
      authorRole: 'TPCC',
      authorMemberState: 'RWA',
      editedAt: null,
      mentions: [{ email: testEmail('coordinator'), role: 'COORDINATOR', memberState: null }],
    });
    expect(Date.parse(comment.deletableUntil) - Date.parse(comment.createdAt)).toBe(900_000);
    const donor = await api.as('donor')(ADD, {
      input: { gapId, body: 'Could English-only work?' },
    });
    expect(donor.body.errors).toBeUndefined();

    const read = await api.as('analyst')(COMMENTS, { gapId });
    expect(read.body.data!.comments!.totalCount).toBe(2);
    // Another T/PCC: null, as for gap(id); analysts and admins only read.
    expect((await api.as('otherTpcc')(COMMENTS, { gapId })).body.data).toEqual({ comments: null });
    for (const identity of ['analyst', 'admin'] as const) {
      const refused = await api.as(identity)(ADD, { input: { gapId, body: 'Hello' } });
      expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const mentioned = await api.as('coordinator')(ADD, {
      input: { gapId, body: 'See this', mentions: [testEmail('otherTpcc')] },
    });
    expect(mentioned.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.mentions[0]',
    });
  });

  it('keeps every edit in the audit log, and lets only the author delete at first', async () => {
    // Britain's proposal: its donor and Rwanda talk; the American donor is no party to it.
    const added = await api.as('otherDonor')(ADD, {
      input: { proposalId, body: 'We start 1 March.' },
    });
    expect(added.body.errors).toBeUndefined();
    const { id } = added.body.data!.addComment;
    const outsider = await api.as('donor')(ADD, { input: { proposalId, body: 'And us?' } });
    expect(outsider.body.errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.proposalId',
    });
    expect(
      (await api.as('tpcc')(ADD, { input: { proposalId, body: 'March suits us.' } })).body.errors,
    ).toBeUndefined();

    const notAuthor = await api.as('coordinator')(EDIT, { input: { id, body: 'Changed' } });
    expect(notAuthor.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const edited = await api.as('otherDonor')(EDIT, { input: { id, body: 'We start 8 March.' } });
    expect(edited.body.data!.editComment).toMatchObject({
      body: 'We start 8 March.',
      editedAt: expect.any(String),
    });

    const stranger = await api.as('tpcc')(DELETE, { id });
    expect(stranger.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const deleted = await api.as('otherDonor')(DELETE, { id });
    expect(deleted.body.data!.deleteComment).toEqual({ id, body: 'We start 8 March.' });
    const read = await api.as('otherDonor')(COMMENTS, { proposalId });
    expect(read.body.data!.comments!.edges.map((edge) => edge.node.body)).toEqual([
      'March suits us.',
    ]);

    // Every version is in the audit log: written, edited (before and after), deleted.
    const audit = await api.graphql(AUDIT, { id });
    const entries = audit.body.data!.auditEntries.edges.map((edge) => edge.node);
    expect(entries.map((entry) => [entry.action, entry.kind])).toEqual([
      ['deleteComment', 'DELETE'],
      ['editComment', 'UPDATE'],
      ['addComment', 'INSERT'],
    ]);
    expect(entries[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'body', before: 'We start 1 March.', after: 'We start 8 March.' },
      ]),
    );
    expect(entries.every((entry) => entry.actorEmail === testEmail('otherDonor'))).toBe(true);
  });

  it('flags duplicated support in the report (staff) and on the proposal before it is confirmed', async () => {
    const report = await api.graphql(DUPLICATES, { memberState: ['RWA'] });
    expect(report.body.errors).toBeUndefined();
    expect(report.body.data!.duplicatedSupport.groups).toEqual([
      expect.objectContaining({
        memberState: 'RWA',
        category: 'MEDICAL',
        capability: 'CASEVAC',
        donors: ['GBR', 'USA'],
        units: 80,
        demand: 40,
        excess: 40,
      }),
    ]);
    for (const identity of ['donor', 'tpcc'] as const) {
      const refused = await api.as(identity)(DUPLICATES, { memberState: null });
      expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const warningOf = async (identity: 'coordinator' | 'otherDonor' | 'tpcc') => {
      const response = await api.as(identity)(PROPOSAL_WARNING, {});
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.proposals.edges.find((edge) => edge.node.id === proposalId)!.node
        .duplicationWarning;
    };
    expect(await warningOf('coordinator')).toMatchObject({
      donors: ['GBR', 'USA'],
      donorCount: 2,
      excess: 40,
    });
    expect(await warningOf('tpcc')).toMatchObject({ donors: ['GBR', 'USA'] });
    // Britain's donor is not shown which other donor serves Rwanda.
    const britain = await warningOf('otherDonor');
    expect(britain).toMatchObject({ donors: ['GBR'], donorCount: 2 });
    expect(britain!.message).toContain('from United Kingdom (GBR) and 1 other donor');
    expect(britain!.message).not.toContain('USA');
  });
});
