import { gapInput, offerInput } from './support/factories';
import { createOpen } from './support/match-runs';
import { startTestApi, type TestApi } from './support/test-api';
import { type TestIdentity, TEST_USERS } from './support/test-users';
import { uploadMutation, type UploadFile } from './support/uploads';

type Caller = TestIdentity | null;
const CALLERS: Caller[] = [...(Object.keys(TEST_USERS) as TestIdentity[]), null];
const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/**
 * Every table a mutation could write, fingerprinted: equal fingerprints, nothing written (and no
 * audit entry).
 */
const TABLES = [
  'users',
  'capability_gaps',
  'offers',
  'match_runs',
  'proposals',
  'partnerships',
  'partnership_milestones',
  'partnership_result_periods',
  'audit_entries',
  'comments',
  'ministerials',
  'ministerial_requirements',
  'pledges',
  'pledge_offers',
  'pledge_status_changes',
  'notifications',
  'notification_preferences',
];

interface MutationCase {
  name: string;
  document: string;
  variables: () => Record<string, unknown>;
  /** Who passes the access check (the call may still fail on its own merits, e.g. CONFLICT). */
  allowed: Caller[];
  /** Sent as the `file` variable of a GraphQL multipart request. */
  upload?: UploadFile;
}

/** One valid row of each import (the coordinator's own import is tested in import.e2e-spec). */
const GAPS_FILE: UploadFile = {
  name: 'gaps.csv',
  content:
    'memberState,category,capability,title,quantity,unit,priority,languages,neededFrom,neededBy,objectiveIndicator,objectiveBaseline,objectiveTarget\n' +
    'RWA,MEDICAL,CASEVAC,Imported,5,TRAINEES,HIGH,fr,2027-01-01,2027-02-01,Indicator,1,2\n',
};
const OFFERS_FILE: UploadFile = {
  name: 'offers.csv',
  content:
    'donor,category,capabilities,title,capacity,unit,languages,deliveryModes,eligible,availableFrom,availableTo\n' +
    'USA,MEDICAL,CASEVAC,Imported,5,TRAINEES,en,MOBILE_TEAM,002,2027-01-01,2027-12-31\n',
};

const REQUIREMENTS_FILE: UploadFile = {
  name: 'requirements.csv',
  content:
    'ministerial,category,capability,quantity,unit\n' + 'BERLIN_2025,MEDICAL,CASEVAC,5,TRAINEES\n',
};

describe('access control: every mutation, and the report queries, as every role', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};

  /** A proposal of 5 units, as a finished run would have written it. */
  async function proposalInNewRun(gapId: string, offerId: string): Promise<string> {
    const [{ id: runId }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id`,
    );
    const [{ id }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
       VALUES ($1, $2, $3, 5, 0.5, '{}', 'test') RETURNING id`,
      [runId, gapId, offerId],
    );
    return id;
  }

  async function fingerprint(): Promise<string> {
    const parts = await Promise.all(
      TABLES.map(async (table) => {
        const [{ digest }] = await api.dataSource.query<{ digest: string | null }[]>(
          `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
        );
        return `${table}:${digest}`;
      }),
    );
    return parts.join(',');
  }

  beforeAll(async () => {
    api = await startTestApi();
    ids.gap = await createOpen(api, 'Gap', gapInput());
    ids.offer = await createOpen(api, 'Offer', offerInput());
    ids.otherOffer = await createOpen(api, 'Offer', offerInput({ donor: 'GBR' }));
    ids.proposal = await proposalInNewRun(ids.gap, ids.offer);
    // Another proposal becomes a partnership (both sides accepted by a coordinator).
    const confirmed = await proposalInNewRun(ids.gap, ids.offer);
    for (const side of ['TPCC', 'DONOR']) {
      const answer = await api.graphql<{ acceptProposal: { status: string } }>(
        `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { status } }`,
        { input: { id: confirmed, side } },
      );
      expect(answer.body.errors).toBeUndefined();
    }
    const [{ id: partnership }] = await api.dataSource.query<{ id: string }[]>(
      `SELECT id FROM partnerships WHERE proposal_id = $1`,
      [confirmed],
    );
    ids.partnership = partnership;
    const milestone = await api.graphql<{ addPartnershipMilestone: { id: string } }>(
      `mutation($input: AddMilestoneInput!) { addPartnershipMilestone(input: $input) { id } }`,
      { input: { partnershipId: partnership, title: 'Course one', dueOn: '2027-03-01' } },
    );
    ids.milestone = milestone.body.data!.addPartnershipMilestone.id;
    const period = await api.graphql<{ recordPartnershipResultPeriod: { id: string } }>(
      `mutation($input: RecordResultPeriodInput!) { recordPartnershipResultPeriod(input: $input) { id } }`,
      {
        input: {
          partnershipId: partnership,
          periodStart: '2027-01-01',
          periodEnd: '2027-03-31',
          actual: 35,
        },
      },
    );
    ids.resultPeriod = period.body.data!.recordPartnershipResultPeriod.id;
    // A user of its own to update: updating a test user would revoke its token (tokenVersion).
    const user = await api.as('admin')<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: { email: 'target@example.org', password: 'a long enough password', role: 'ANALYST' },
      },
    );
    ids.user = user.body.data!.createUser.id;
  });

  afterAll(async () => {
    await api?.close();
  });

  const staff: Caller[] = ['coordinator'];
  const parties: Caller[] = ['coordinator', 'donor', 'tpcc'];
  let sequence = 0;
  const unique = () => `${Date.now()}-${(sequence += 1)}`;

  const CASES: MutationCase[] = [
    {
      name: 'createUser',
      document: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      variables: () => ({
        input: { email: `u${unique()}@x.org`, password: 'a long enough password', role: 'ANALYST' },
      }),
      allowed: ['admin'],
    },
    {
      name: 'updateUser',
      document: `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.user, role: 'ANALYST' } }),
      allowed: ['admin'],
    },
    {
      // Every signed-in user, for its own account only (auth.e2e-spec checks it is its own).
      name: 'setPreferredLanguage',
      document: `mutation($input: SetPreferredLanguageInput!) {
        setPreferredLanguage(input: $input) { preferredLanguage }
      }`,
      variables: () => ({ input: { language: 'fr' } }),
      allowed: CALLERS.filter((caller) => caller !== null),
    },
    {
      // Every signed-in user, on their own notifications only (notifications.e2e-spec).
      name: 'markNotificationsRead',
      document: `mutation($input: MarkNotificationsReadInput!) {
        markNotificationsRead(input: $input) { marked }
      }`,
      variables: () => ({ input: { all: true } }),
      allowed: CALLERS.filter((caller) => caller !== null),
    },
    {
      name: 'setNotificationPreference',
      document: `mutation($input: SetNotificationPreferenceInput!) {
        setNotificationPreference(input: $input) { kind delivery }
      }`,
      variables: () => ({ input: { kind: 'PROPOSAL_NEW', delivery: 'DAILY_DIGEST' } }),
      allowed: CALLERS.filter((caller) => caller !== null),
    },
    {
      name: 'createGap',
      document: `mutation($input: CreateGapInput!) { createGap(input: $input) { id } }`,
      variables: () => ({ input: gapInput({ title: `Gap ${unique()}` }) }),
      allowed: staff,
    },
    {
      name: 'updateGap',
      document: `mutation($input: UpdateGapInput!) { updateGap(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.gap, title: `Renamed ${unique()}` } }),
      allowed: staff,
    },
    {
      name: 'openGap',
      document: `mutation($input: GapIdInput!) { openGap(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.gap } }),
      allowed: staff,
    },
    {
      name: 'cancelGap',
      document: `mutation($input: CancelGapInput!) { cancelGap(input: $input) { id } }`,
      // A gap of its own, so cancelling it leaves the others for later cases.
      variables: () => ({ input: { id: ids.gap2 } }),
      allowed: staff,
    },
    {
      name: 'createOffer',
      document: `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      variables: () => ({ input: offerInput({ title: `Offer ${unique()}` }) }),
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'updateOffer',
      document: `mutation($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.offer, title: `Renamed ${unique()}` } }),
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'openOffer',
      document: `mutation($input: OfferIdInput!) { openOffer(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.offer } }),
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'withdrawOffer',
      document: `mutation($input: WithdrawOfferInput!) { withdrawOffer(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.offer3 } }),
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'startMatchRun',
      document: `mutation { startMatchRun { id } }`,
      variables: () => ({}),
      allowed: staff,
    },
    {
      name: 'cancelMatchRun',
      document: `mutation($input: CancelMatchRunInput!) { cancelMatchRun(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.queuedRun } }),
      allowed: staff,
    },
    {
      name: 'acceptProposal',
      document: `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.proposal } }),
      allowed: parties,
    },
    {
      name: 'declineProposal',
      document: `mutation($input: DeclineProposalInput!) { declineProposal(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.proposal2 } }),
      allowed: parties,
    },
    {
      name: 'addPartnershipMilestone',
      document: `mutation($input: AddMilestoneInput!) { addPartnershipMilestone(input: $input) { id } }`,
      variables: () => ({
        input: { partnershipId: ids.partnership, title: `Step ${unique()}`, dueOn: '2027-04-01' },
      }),
      allowed: parties,
    },
    {
      name: 'completePartnershipMilestone',
      document: `mutation($input: CompleteMilestoneInput!) { completePartnershipMilestone(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.milestone, achievedOn: '2027-03-02' } }),
      allowed: parties,
    },
    {
      name: 'recordPartnershipDelivery',
      document: `mutation($input: RecordDeliveryInput!) { recordPartnershipDelivery(input: $input) { id } }`,
      variables: () => ({ input: { partnershipId: ids.partnership, quantity: 1 } }),
      allowed: parties,
    },
    {
      name: 'importGaps',
      document: `mutation($file: Upload!) { importGaps(file: $file) { imported } }`,
      variables: () => ({}),
      upload: GAPS_FILE,
      allowed: staff,
    },
    {
      // The dry run follows the import's rules (and writes nothing: test/import.e2e-spec.ts).
      name: 'importGaps',
      document: `mutation($file: Upload!) { importGaps(file: $file, dryRun: true) { wouldImport } }`,
      variables: () => ({}),
      upload: GAPS_FILE,
      allowed: staff,
    },
    {
      name: 'importOffers',
      document: `mutation($file: Upload!) { importOffers(file: $file, dryRun: true) { wouldImport } }`,
      variables: () => ({}),
      upload: OFFERS_FILE,
      allowed: ['coordinator', 'donor'],
    },
    {
      // A donor passes for its own state's rows (another state's: FORBIDDEN row errors, tested apart).
      name: 'importOffers',
      document: `mutation($file: Upload!) { importOffers(file: $file) { imported } }`,
      variables: () => ({}),
      upload: OFFERS_FILE,
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'importMinisterialRequirements',
      document: `mutation($file: Upload!) { importMinisterialRequirements(file: $file) { imported } }`,
      variables: () => ({}),
      upload: REQUIREMENTS_FILE,
      allowed: staff,
    },
    {
      name: 'recordPartnershipIndicator',
      document: `mutation($input: RecordIndicatorInput!) { recordPartnershipIndicator(input: $input) { id } }`,
      variables: () => ({
        input: { partnershipId: ids.partnership, value: 50, measuredOn: '2027-05-01' },
      }),
      allowed: parties,
    },
    {
      // Each allowed call overlaps the period before it: CONFLICT, not a denial.
      name: 'recordPartnershipResultPeriod',
      document: `mutation($input: RecordResultPeriodInput!) { recordPartnershipResultPeriod(input: $input) { id } }`,
      variables: () => ({
        input: {
          partnershipId: ids.partnership,
          periodStart: '2027-07-01',
          periodEnd: '2027-09-30',
          actual: 40,
        },
      }),
      allowed: parties,
    },
    {
      name: 'correctPartnershipResultPeriod',
      document: `mutation($input: CorrectResultPeriodInput!) { correctPartnershipResultPeriod(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.resultPeriod, actual: 41 } }),
      allowed: parties,
    },
    {
      // Any role that writes may comment on a gap it may see (another state's T/PCC passes the role
      // check and is answered NOT_FOUND: test/comments.e2e-spec.ts); analysts and admins only read.
      name: 'addComment',
      document: `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      variables: () => ({ input: { gapId: ids.gap, body: `Comment ${unique()}` } }),
      allowed: ['coordinator', 'donor', 'otherDonor', 'tpcc', 'otherTpcc'],
    },
    {
      name: 'editComment',
      document: `mutation($input: EditCommentInput!) { editComment(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.comment, body: `Edited ${unique()}` } }),
      allowed: ['donor'],
    },
    {
      // A comment of the donor's own per call: the author within the window, coordinators always.
      name: 'deleteComment',
      document: `mutation($input: CommentIdInput!) { deleteComment(input: $input) { id } }`,
      variables: () => ({ input: { id: deletableComments.shift() } }),
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'createMinisterial',
      document: `mutation($input: CreateMinisterialInput!) { createMinisterial(input: $input) { id } }`,
      variables: () => ({
        input: {
          code: `TEST_${unique().replace('-', '_')}`,
          name: 'Test Ministerial',
          city: 'Geneva',
          heldOn: '2027-05-01',
          endsOn: '2027-05-02',
        },
      }),
      allowed: staff,
    },
    {
      name: 'addMinisterialRequirement',
      document: `mutation($input: AddMinisterialRequirementInput!) { addMinisterialRequirement(input: $input) { id } }`,
      variables: () => ({
        input: {
          ministerialId: ids.ministerial,
          category: 'MEDICAL',
          capability: 'CASEVAC',
          quantity: 5,
          unit: 'TRAINEES',
        },
      }),
      allowed: staff,
    },
    {
      name: 'removeMinisterialRequirement',
      document: `mutation($input: MinisterialRequirementIdInput!) { removeMinisterialRequirement(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.requirement } }),
      allowed: staff,
    },
    {
      // Another state's donor passes the role check and is refused by the service (lead only).
      name: 'createPledge',
      document: `mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }`,
      variables: () => ({ input: pledgeFields() }),
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'updatePledge',
      document: `mutation($input: UpdatePledgeInput!) { updatePledge(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.pledge, textEn: `Renamed ${unique()}` } }),
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'changePledgeStatus',
      document: `mutation($input: ChangePledgeStatusInput!) { changePledgeStatus(input: $input) { id } }`,
      variables: () => ({ input: { id: ids.pledge2, status: 'COMMITTED', reason: 'Approved' } }),
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'linkPledgeOffer',
      document: `mutation($input: PledgeOfferInput!) { linkPledgeOffer(input: $input) { id } }`,
      variables: () => ({ input: { pledgeId: ids.pledge, offerId: ids.offer } }),
      allowed: ['coordinator', 'donor'],
    },
    {
      name: 'unlinkPledgeOffer',
      document: `mutation($input: PledgeOfferInput!) { unlinkPledgeOffer(input: $input) { id } }`,
      variables: () => ({ input: { pledgeId: ids.pledge, offerId: ids.offer } }),
      allowed: ['coordinator', 'donor'],
    },
  ];

  const deletableComments: string[] = [];

  beforeAll(async () => {
    const comment = async () => {
      const added = await api.as('donor')<{ addComment: { id: string } }>(
        `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
        { input: { gapId: ids.gap, body: 'We could help in May.' } },
      );
      return added.body.data!.addComment.id;
    };
    ids.comment = await comment();
    for (const _caller of CALLERS) deletableComments.push(await comment());
  });

  /** A pledge led by the donor's state (USA) at the Berlin Ministerial. */
  const pledgeFields = () => ({
    ministerialId: ids.ministerial,
    lead: 'USA',
    kind: 'TRAINING_AND_CAPACITY_BUILDING',
    category: 'MEDICAL',
    textEn: `Pledge ${unique()}`,
  });

  beforeAll(async () => {
    [{ id: ids.ministerial }] = await api.dataSource.query<{ id: string }[]>(
      `SELECT id FROM ministerials WHERE code = 'BERLIN_2025'`,
    );
    const requirement = await api.graphql<{ addMinisterialRequirement: { id: string } }>(
      `mutation($input: AddMinisterialRequirementInput!) { addMinisterialRequirement(input: $input) { id } }`,
      {
        input: {
          ministerialId: ids.ministerial,
          category: 'MEDICAL',
          capability: 'CASEVAC',
          quantity: 10,
          unit: 'TRAINEES',
        },
      },
    );
    ids.requirement = requirement.body.data!.addMinisterialRequirement.id;
    for (const key of ['pledge', 'pledge2']) {
      const created = await api.graphql<{ createPledge: { id: string } }>(
        `mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }`,
        { input: pledgeFields() },
      );
      ids[key] = created.body.data!.createPledge.id;
    }
  });

  beforeAll(async () => {
    ids.gap2 = await createOpen(api, 'Gap', gapInput({ title: 'To cancel' }));
    ids.offer3 = await createOpen(api, 'Offer', offerInput({ title: 'To withdraw' }));
    ids.proposal2 = await proposalInNewRun(ids.gap, ids.offer);
    // A run no worker takes (none runs here): QUEUED until cancelled.
    [{ id: ids.queuedRun }] = await api.dataSource.query<{ id: string }[]>(
      `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'QUEUED') RETURNING id`,
    );
  });

  it('covers every mutation of the schema', async () => {
    const schema = await api.graphql<{
      __schema: { mutationType: { fields: { name: string }[] } };
    }>('{ __schema { mutationType { fields { name } } } }');
    const names = schema.body.data!.__schema.mutationType.fields.map((field) => field.name);
    const tested = new Set([...CASES.map((c) => c.name), 'login', 'refreshToken']);
    expect(names.filter((name) => !tested.has(name))).toEqual([]);
  });

  // The report queries, by role (what a donor or T/PCC sees in them: test/reports-scope.e2e-spec.ts).
  const STAFF: Caller[] = ['coordinator', 'analyst', 'admin'];
  const SCOPED: Caller[] = [...STAFF, 'donor', 'otherDonor', 'tpcc', 'otherTpcc'];
  const REPORT_QUERIES: { name: string; document: string; allowed: Caller[] }[] = [
    {
      name: 'coverageReport',
      document: '{ coverageReport(by: CATEGORY) { totals { gaps } } }',
      allowed: SCOPED,
    },
    {
      name: 'persistentGaps',
      document: '{ persistentGaps(openLongerThanDays: 1) { totalCount } }',
      allowed: SCOPED,
    },
    { name: 'languageFitReport', document: '{ languageFitReport { language } }', allowed: SCOPED },
    {
      name: 'partnershipOutcomes',
      document: '{ partnershipOutcomes { totalCount } }',
      allowed: SCOPED,
    },
    {
      name: 'gapTrend',
      document:
        '{ gapTrend(filter: { period: { from: "2027-01-01", to: "2027-03-31" } }) { totals { opened } } }',
      allowed: SCOPED,
    },
    {
      name: 'openDemandByMemberState',
      document: '{ openDemandByMemberState { gaps } }',
      allowed: SCOPED,
    },
    {
      name: 'donorSummaries',
      document: '{ donorSummaries { donorIso3 } }',
      allowed: [...STAFF, 'donor', 'otherDonor'],
    },
    {
      name: 'pledgeFollowUpReport',
      document: '{ pledgeFollowUpReport { totals { pledges } } }',
      allowed: STAFF,
    },
  ];

  describe.each(REPORT_QUERIES)('query $name', (report) => {
    it.each(CALLERS.map((caller) => [caller ?? 'anonymous', caller] as const))(
      'as %s',
      async (_label, caller) => {
        const response = await api.as(caller)(report.document, {});
        const code = response.body.errors?.[0]?.extensions?.code as string | undefined;
        if (report.allowed.includes(caller)) {
          expect(code).toBeUndefined();
        } else {
          expect(code).toBe(caller ? 'FORBIDDEN' : 'UNAUTHENTICATED');
          expect(response.body.data).toBeNull();
        }
      },
    );
  });

  describe.each(CASES)('$name', (testCase) => {
    it.each(CALLERS.map((caller) => [caller ?? 'anonymous', caller] as const))(
      'as %s',
      async (_label, caller) => {
        const before = await fingerprint();
        const response = testCase.upload
          ? await uploadMutation<Record<string, unknown>>(
              api.url,
              caller ? api.tokens[caller] : null,
              testCase.document,
              testCase.upload,
            )
          : await api.as(caller)(testCase.document, testCase.variables());
        const code = response.body.errors?.[0]?.extensions?.code as string | undefined;
        if (testCase.allowed.includes(caller)) {
          expect(DENIED.has(code ?? '')).toBe(false);
        } else {
          expect(code).toBe(caller ? 'FORBIDDEN' : 'UNAUTHENTICATED');
          expect(response.body.data?.[testCase.name] ?? null).toBeNull();
          expect(await fingerprint()).toBe(before);
        }
      },
    );
  });
});
