import { type SessionUser } from './session';

/**
 * What the interface offers each role (docs/access-control.md). Only what is shown: the API
 * checks every action again and refuses what a role may not do.
 */
export const can = {
  editGaps: (user: SessionUser) => user.role === 'COORDINATOR',
  seeOffers: (user: SessionUser) => user.role !== 'TPCC',
  editOffers: (user: SessionUser) => user.role === 'COORDINATOR' || user.role === 'DONOR',
  answerProposals: (user: SessionUser) =>
    user.role === 'COORDINATOR' || user.role === 'DONOR' || user.role === 'TPCC',
  followUpPartnerships: (user: SessionUser) =>
    user.role === 'COORDINATOR' || user.role === 'DONOR' || user.role === 'TPCC',
  startRuns: (user: SessionUser) => user.role === 'COORDINATOR',
  /** Why a gap got what it got: staff, and a T/PCC for its own gaps (donors see offers' side). */
  seeGapDiagnosis: (user: SessionUser) => user.role !== 'DONOR',
  importGaps: (user: SessionUser) => user.role === 'COORDINATOR',
  // A donor imports offers of its own state only; the API refuses a file naming another.
  importOffers: (user: SessionUser) => user.role === 'COORDINATOR' || user.role === 'DONOR',
  seeRuns: (user: SessionUser) =>
    user.role === 'COORDINATOR' || user.role === 'ANALYST' || user.role === 'ADMIN',
  /** The reports (libs/reports ReportPolicy): staff across every state, donors and T/PCCs within theirs. */
  seeReports: (_user: SessionUser) => true,
  /** Donor summaries: not for T/PCCs (the API refuses them; docs/reports.md, Who sees what). */
  seeDonorSummaries: (user: SessionUser) => user.role !== 'TPCC',
  /** The pledge reports (libs/reports ReportPolicy.read): staff only, across every state. */
  seePledgeReports: (user: SessionUser) =>
    user.role === 'COORDINATOR' || user.role === 'ANALYST' || user.role === 'ADMIN',
  /** Pledges (docs/pledges.md): donors record their own state's, coordinators any. */
  recordPledges: (user: SessionUser) => user.role === 'COORDINATOR' || user.role === 'DONOR',
  /** Status and wording: coordinators, and the donor of the lead state (it answers for a joint pledge). */
  changePledge: (user: SessionUser, pledge: { leadIso3: string }) =>
    user.role === 'COORDINATOR' ||
    (user.role === 'DONOR' && user.memberStateIso3 === pledge.leadIso3),
  /** Linking offers: coordinators, and a donor of any of the pledge's states (its own offers). */
  linkPledgeOffers: (user: SessionUser, pledge: { leadIso3: string; memberIso3s: string[] }) =>
    user.role === 'COORDINATOR' ||
    (user.role === 'DONOR' &&
      [pledge.leadIso3, ...pledge.memberIso3s].includes(user.memberStateIso3 ?? '')),
  /** Ministerials and their requirement lists are kept by coordinators. */
  keepRequirementLists: (user: SessionUser) => user.role === 'COORDINATOR',
};

/** Which side of a proposal a donor or T/PCC officer answers for; coordinators choose. */
export function sideOf(user: SessionUser): 'DONOR' | 'TPCC' | undefined {
  if (user.role === 'DONOR') return 'DONOR';
  if (user.role === 'TPCC') return 'TPCC';
  return undefined;
}
