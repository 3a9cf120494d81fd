/**
 * The tables each field of a cached answer reads, by `Type.field`: what its resolver, loader,
 * report SQL, filters, ordering and access scope read. A cached answer stays valid until a write
 * to one of its tables commits (response-cache.ts), so a table missing here is a stale answer:
 * when in doubt, list it. Fields not listed are plain columns of the row their parent already
 * read; a field with a resolver of its own that is not listed makes the whole operation
 * uncacheable (read-tables-of.ts), and a test walks the schema for such fields.
 *
 * `users` is read by every request (the access guard loads the account: role, member state,
 * token version), so it is added to every answer's tables: an account changed or disabled
 * invalidates every cached answer.
 *
 * The root fields listed under Query are the only cacheable ones: their answer depends only on
 * the database rows and the signed-in user. Left out: fields that read the clock
 * (persistentGaps counts days open), Redis (match run progress), an engine run (whatIf) or the
 * session itself (me).
 */

/** Read by every request: the access guard's account. */
export const ALWAYS_READ = ['users'] as const;

/** The reports' shared statements: gaps with their T/PCC and mission, offers, commitments. */
const REPORT_TABLES = [
  'capability_gaps',
  'member_states',
  'missions',
  'offers',
  'proposals',
  'partnerships',
  'partnership_result_periods',
  'match_runs',
];

/**
 * A proposal list, top-level or nested under a gap or an offer: the rows, and its access scope
 * and filters (the gap's T/PCC and category, the offer's donor: match-runs/proposal.policy.ts,
 * proposal-filters.ts). Not partnerships: a partnership's follow-up (deliveries, milestones)
 * writes partnerships and never proposals, so it leaves proposal answers valid.
 */
const PROPOSAL_LIST = ['proposals', 'capability_gaps', 'offers'];

/** A partnership list: the rows, and its access scope and filters (as proposals'). */
const PARTNERSHIP_LIST = ['partnerships', 'capability_gaps', 'offers'];

export const FIELD_TABLES: Readonly<Record<string, readonly string[]>> = {
  // Gaps: the withoutProposal filter reads proposals.
  'Query.gaps': ['capability_gaps', 'proposals'],
  'Query.gap': ['capability_gaps'],
  'CapabilityGap.memberState': ['member_states'],
  'CapabilityGap.mission': ['missions'],
  'CapabilityGap.proposals': PROPOSAL_LIST,

  'Query.offers': ['offers', 'proposals'],
  'Query.offer': ['offers'],
  'Offer.donor': ['member_states'],
  'Offer.proposals': PROPOSAL_LIST,

  'Query.proposals': PROPOSAL_LIST,
  'Proposal.gap': ['capability_gaps'],
  'Proposal.offer': ['offers'],
  'Proposal.partnership': ['partnerships'],
  'Proposal.duplicationWarning': [
    'proposals',
    'partnerships',
    'offers',
    'capability_gaps',
    'member_states',
  ],

  'Query.partnerships': PARTNERSHIP_LIST,
  'Query.partnership': PARTNERSHIP_LIST,
  'Partnership.gap': ['capability_gaps'],
  'Partnership.offer': ['offers'],
  'Partnership.indicatorBaseline': ['capability_gaps'],
  'Partnership.milestones': ['partnership_milestones'],
  'Partnership.resultPeriods': ['partnership_result_periods'],

  'Query.memberStates': ['member_states'],
  'Query.memberState': ['member_states'],
  'Query.missions': ['missions'],
  'Query.mission': ['missions'],
  'Mission.hostCountry': ['member_states'],

  'Query.coverageReport': REPORT_TABLES,
  'Query.donorSummaries': REPORT_TABLES,
  'Query.languageFitReport': REPORT_TABLES,
  'Query.partnershipOutcomes': REPORT_TABLES,
};

/**
 * Extra tables when a field is given a `filter`: a report's gap period reads when each gap was
 * opened from the audit log (GAP_OPENED_AT). Any filter counts, whatever its fields: simpler
 * than reading the variables, and only a little more invalidation.
 */
export const FILTER_TABLES: Readonly<Record<string, readonly string[]>> = {
  'Query.coverageReport': ['audit_entries'],
  'Query.donorSummaries': ['audit_entries'],
  'Query.languageFitReport': ['audit_entries'],
  'Query.partnershipOutcomes': ['audit_entries'],
};
