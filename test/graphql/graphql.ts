/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptProposalInput = {
  id: string | number;
  /** Which party answers: a DONOR's or TPCC's own side by default; coordinators must say */
  side?: ProposalSide | null | undefined;
};

export type AddMilestoneInput = {
  /** YYYY-MM-DD */
  dueOn: string;
  partnershipId: string | number;
  title: string;
};

/** Capability category */
export type Category =
  | 'AVIATION'
  | 'BASIC_SKILLS'
  | 'COMMAND_AND_CONTROL'
  | 'CONDUCT_AND_DISCIPLINE'
  | 'ENGINEERING'
  | 'LEADERSHIP'
  | 'LOGISTICS'
  | 'MEDICAL'
  | 'OTHER'
  | 'POC_TRAINING'
  | 'SAFETY_AND_SECURITY'
  | 'TECHNOLOGY'
  | 'WOMEN_PARTICIPATION';

export type CompleteMilestoneInput = {
  /** YYYY-MM-DD */
  achievedOn: string;
  id: string | number;
  note?: string | null | undefined;
};

export type CoverageDimension =
  /** Capability code within its category (key `CATEGORY/CODE`) */
  | 'CAPABILITY'
  /** Gap category */
  | 'CATEGORY'
  /** The T/PCC with the gap */
  | 'MEMBER_STATE'
  /** Mission; gaps without one share the row with key null */
  | 'MISSION'
  /** M49 region of the gap's T/PCC */
  | 'REGION'
  /** M49 sub-region of the gap's T/PCC */
  | 'SUB_REGION';

export type CreateGapInput = {
  /** UPPER_SNAKE capability code, e.g. LEVEL_2_HOSPITAL */
  capability: string;
  category: Category;
  description?: string | null | undefined;
  /** Your reference for it (e.g. a row id in your own sheet); unique, fixed once set */
  externalRef?: string | null | undefined;
  /** Accepted languages, ISO 639-1, e.g. ["fr", "en"] */
  languages: Array<string>;
  /** ISO3 code of the T/PCC, e.g. RWA */
  memberState: string;
  /** Mission code, e.g. MINUSCA */
  mission?: string | null | undefined;
  /** Support needed by this day (inclusive) */
  neededBy: string;
  /** Support needed from this day, YYYY-MM-DD */
  neededFrom: string;
  objective?: GapObjectiveInput | null | undefined;
  /** Open the gap at once instead of saving a DRAFT */
  open?: boolean | null | undefined;
  preferredDeliveryModes?: Array<DeliveryMode> | null | undefined;
  priority: Priority;
  quantity: number;
  source?: GapSource | null | undefined;
  title: string;
  unit: QuantityUnit;
  unitType?: string | null | undefined;
};

export type CreateOfferInput = {
  /** Available from this day, YYYY-MM-DD */
  availableFrom: string;
  /** Available until this day (inclusive) */
  availableTo: string;
  /** Total budget, US dollars; needs costPerUnit */
  budget?: number | null | undefined;
  /** Capability codes offered; empty = the whole category */
  capabilities?: Array<string> | null | undefined;
  capacity: number;
  category: Category;
  /** US dollars per unit */
  costPerUnit?: number | null | undefined;
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  description?: string | null | undefined;
  /** ISO3 code of the donor member state, e.g. USA */
  donor: string;
  /** ISO3 codes or three-digit M49 region codes (002 = Africa); empty = all */
  eligible?: Array<string> | null | undefined;
  excluded?: Array<string> | null | undefined;
  /** Your reference for it (e.g. a row id in your own sheet); unique, fixed once set */
  externalRef?: string | null | undefined;
  /** Delivery languages, ISO 639-1, e.g. ["en", "fr"] */
  languages: Array<string>;
  /** Open the offer at once instead of saving a DRAFT */
  open?: boolean | null | undefined;
  title: string;
  unit: QuantityUnit;
};

export type DeclineProposalInput = {
  id: string | number;
  reason?: string | null | undefined;
  /** Which party answers: a DONOR's or TPCC's own side by default; coordinators must say */
  side?: ProposalSide | null | undefined;
};

/** How support is delivered */
export type DeliveryMode =
  | 'DONOR_COUNTRY'
  | 'IN_COUNTRY'
  | 'MOBILE_TEAM'
  | 'REGIONAL_TRAINING_CENTRE'
  | 'REMOTE';

export type DonorReportFilter = {
  category?: Array<Category> | null | undefined;
  /** Donors, ISO3 */
  donor?: Array<string> | null | undefined;
  /** Default: OPEN, PARTIALLY_ALLOCATED, FULLY_ALLOCATED, EXPIRED (not drafts or withdrawn) */
  status?: Array<OfferStatus> | null | undefined;
};

export type GapObjectiveInput = {
  baseline?: number | null | undefined;
  indicator: string;
  target?: number | null | undefined;
};

export type GapReportFilter = {
  category?: Array<Category> | null | undefined;
  /** T/PCCs, ISO3 */
  memberState?: Array<string> | null | undefined;
  /** Mission codes, e.g. MINUSCA */
  mission?: Array<string> | null | undefined;
  /** M49 region or sub-region codes of the gap's T/PCC, e.g. 002 or 014 */
  region?: Array<string> | null | undefined;
  /** Default: OPEN, PARTIALLY_MATCHED, MATCHED, CLOSED (not drafts or cancelled) */
  status?: Array<GapStatus> | null | undefined;
};

/** Where a gap was identified */
export type GapSource =
  | 'PCRS_ASSESSMENT'
  | 'PERFORMANCE_EVALUATION'
  | 'SELF_DECLARED';

export type GapStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'MATCHED'
  | 'OPEN'
  | 'PARTIALLY_MATCHED';

export type HypotheticalOfferInput = {
  /** Available from this day, YYYY-MM-DD */
  availableFrom: string;
  /** Available until this day (inclusive) */
  availableTo: string;
  /** Total budget, US dollars; needs costPerUnit */
  budget?: number | null | undefined;
  /** Capability codes offered; empty = the whole category */
  capabilities?: Array<string> | null | undefined;
  capacity: number;
  category: Category;
  /** US dollars per unit */
  costPerUnit?: number | null | undefined;
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  description?: string | null | undefined;
  /** ISO3 code of the donor member state, e.g. USA */
  donor: string;
  /** ISO3 codes or three-digit M49 region codes (002 = Africa); empty = all */
  eligible?: Array<string> | null | undefined;
  excluded?: Array<string> | null | undefined;
  /** Your reference for it (e.g. a row id in your own sheet); unique, fixed once set */
  externalRef?: string | null | undefined;
  /** Delivery languages, ISO 639-1, e.g. ["en", "fr"] */
  languages: Array<string>;
  title: string;
  unit: QuantityUnit;
};

export type MatchRunStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type MatchWeightsInput = {
  capability?: number | null | undefined;
  deliveryMode?: number | null | undefined;
  language?: number | null | undefined;
  partnership?: number | null | undefined;
  priority?: number | null | undefined;
  region?: number | null | undefined;
  urgency?: number | null | undefined;
};

export type OfferStatus =
  | 'DRAFT'
  | 'EXPIRED'
  | 'FULLY_ALLOCATED'
  | 'OPEN'
  | 'PARTIALLY_ALLOCATED'
  | 'WITHDRAWN';

export type OutcomeReportFilter = {
  category?: Array<Category> | null | undefined;
  /** Donors, ISO3 */
  donor?: Array<string> | null | undefined;
  /** Only partnerships whose indicator has been measured after delivery */
  measuredOnly?: boolean | null | undefined;
  /** Recipient T/PCCs, ISO3 */
  memberState?: Array<string> | null | undefined;
};

export type PartnershipFilter = {
  /** The gap's (and offer's) category */
  category?: Array<Category> | null | undefined;
  /** ISO3 codes of the offers' donors */
  donor?: Array<string> | null | undefined;
  gap?: Array<string | number> | null | undefined;
  /** ISO3 codes of the gaps' T/PCCs */
  memberState?: Array<string> | null | undefined;
  offer?: Array<string | number> | null | undefined;
  status?: Array<PartnershipStatus> | null | undefined;
};

export type PartnershipStatus =
  | 'ACTIVE'
  | 'COMPLETED';

export type Priority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type ProposalFilter = {
  /** The gap's (and offer's) category */
  category?: Array<Category> | null | undefined;
  /** ISO3 codes of the offers' donors */
  donor?: Array<string> | null | undefined;
  gap?: Array<string | number> | null | undefined;
  /** ISO3 codes of the gaps' T/PCCs */
  memberState?: Array<string> | null | undefined;
  /** Proposals scoring at least this, 0 to 1 */
  minScore?: number | null | undefined;
  offer?: Array<string | number> | null | undefined;
  run?: Array<string | number> | null | undefined;
  status?: Array<ProposalStatus> | null | undefined;
};

export type ProposalResponse =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

/** TPCC: the member state with the gap; DONOR: the member state making the offer */
export type ProposalSide =
  | 'DONOR'
  | 'TPCC';

export type ProposalStatus =
  | 'ACCEPTED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PROPOSED'
  | 'SUPERSEDED';

export type QuantityUnit =
  | 'COURSES'
  | 'ITEMS'
  | 'TRAINEES'
  | 'UNITS';

export type RecordDeliveryInput = {
  partnershipId: string | number;
  /** Units delivered now; added to what was delivered before */
  quantity: number;
};

export type RecordIndicatorInput = {
  /** YYYY-MM-DD */
  measuredOn: string;
  partnershipId: string | number;
  /** The gap's objective indicator, measured after delivery */
  value: number;
};

export type StartMatchRunInput = {
  weights?: MatchWeightsInput | null | undefined;
};

export type UpdateGapInput = {
  /** UPPER_SNAKE capability code, e.g. LEVEL_2_HOSPITAL */
  capability?: string | null | undefined;
  category?: Category | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  /** Accepted languages, ISO 639-1, e.g. ["fr", "en"] */
  languages?: Array<string> | null | undefined;
  /** Mission code, e.g. MINUSCA */
  mission?: string | null | undefined;
  /** Support needed by this day (inclusive) */
  neededBy?: string | null | undefined;
  /** Support needed from this day, YYYY-MM-DD */
  neededFrom?: string | null | undefined;
  objective?: GapObjectiveInput | null | undefined;
  preferredDeliveryModes?: Array<DeliveryMode> | null | undefined;
  priority?: Priority | null | undefined;
  quantity?: number | null | undefined;
  source?: GapSource | null | undefined;
  title?: string | null | undefined;
  unit?: QuantityUnit | null | undefined;
  unitType?: string | null | undefined;
};

export type UpdateOfferInput = {
  /** Available from this day, YYYY-MM-DD */
  availableFrom?: string | null | undefined;
  /** Available until this day (inclusive) */
  availableTo?: string | null | undefined;
  /** Total budget, US dollars; needs costPerUnit */
  budget?: number | null | undefined;
  /** Capability codes offered; empty = the whole category */
  capabilities?: Array<string> | null | undefined;
  capacity?: number | null | undefined;
  category?: Category | null | undefined;
  /** US dollars per unit */
  costPerUnit?: number | null | undefined;
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  description?: string | null | undefined;
  /** ISO3 codes or three-digit M49 region codes (002 = Africa); empty = all */
  eligible?: Array<string> | null | undefined;
  excluded?: Array<string> | null | undefined;
  id: string | number;
  /** Delivery languages, ISO 639-1, e.g. ["en", "fr"] */
  languages?: Array<string> | null | undefined;
  title?: string | null | undefined;
  unit?: QuantityUnit | null | undefined;
};

export type WhatIfInput = {
  /** Offers to add to the open ones, as if they had been made (ids hypothetical-1, …) */
  offers?: Array<HypotheticalOfferInput> | null | undefined;
  weights?: MatchWeightsInput | null | undefined;
};

export type WithdrawOfferInput = {
  id: string | number;
  reason?: string | null | undefined;
};

export type AutomaticRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomaticRunsQuery = { matchRuns: { edges: Array<{ node: { id: string, status: MatchRunStatus, requestedBy: string, stats: { proposals: number } | null } }> } };

export type AutomaticProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomaticProposalsQuery = { proposals: { edges: Array<{ node: { gapId: string, offerId: string, quantity: number } }> } };

export type CreateGapMutationVariables = Exact<{
  input: CreateGapInput;
}>;


export type CreateGapMutation = { createGap: { id: string, status: GapStatus, memberStateIso3: string, missionCode: string | null, category: Category, capability: string, title: string, quantity: number, unit: QuantityUnit, priority: Priority, languages: Array<string>, neededFrom: string, neededBy: string, source: GapSource, statusReason: string | null, objective: { indicator: string | null, baseline: number | null, target: number | null }, memberState: { iso3: string, name: string, regionName: string }, mission: { code: string, name: string } | null } };

export type UpdateGapMutationVariables = Exact<{
  input: UpdateGapInput;
}>;


export type UpdateGapMutation = { updateGap: { id: string, status: GapStatus, memberStateIso3: string, missionCode: string | null, category: Category, capability: string, title: string, quantity: number, unit: QuantityUnit, priority: Priority, languages: Array<string>, neededFrom: string, neededBy: string, source: GapSource, statusReason: string | null, objective: { indicator: string | null, baseline: number | null, target: number | null }, memberState: { iso3: string, name: string, regionName: string }, mission: { code: string, name: string } | null } };

export type OpenGapMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenGapMutation = { openGap: { id: string, status: GapStatus } };

export type CancelGapMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelGapMutation = { cancelGap: { id: string, status: GapStatus, statusReason: string | null } };

export type GapQueryVariables = Exact<{
  id: string | number;
}>;


export type GapQuery = { gap: { id: string, status: GapStatus, memberStateIso3: string, missionCode: string | null, category: Category, capability: string, title: string, quantity: number, unit: QuantityUnit, priority: Priority, languages: Array<string>, neededFrom: string, neededBy: string, source: GapSource, statusReason: string | null, objective: { indicator: string | null, baseline: number | null, target: number | null }, memberState: { iso3: string, name: string, regionName: string }, mission: { code: string, name: string } | null } | null };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer: { id: string, status: OfferStatus, donorIso3: string, category: Category, capabilities: Array<string>, title: string, capacity: number, unit: QuantityUnit, costPerUnit: number | null, budget: number | null, languages: Array<string>, deliveryModes: Array<DeliveryMode>, eligible: Array<string>, excluded: Array<string>, availableFrom: string, availableTo: string, statusReason: string | null, donor: { iso3: string, name: string } } };

export type UpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type UpdateOfferMutation = { updateOffer: { id: string, status: OfferStatus, donorIso3: string, category: Category, capabilities: Array<string>, title: string, capacity: number, unit: QuantityUnit, costPerUnit: number | null, budget: number | null, languages: Array<string>, deliveryModes: Array<DeliveryMode>, eligible: Array<string>, excluded: Array<string>, availableFrom: string, availableTo: string, statusReason: string | null, donor: { iso3: string, name: string } } };

export type OpenOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenOfferMutation = { openOffer: { id: string, status: OfferStatus } };

export type WithdrawOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawOfferMutation = { withdrawOffer: { id: string, status: OfferStatus, statusReason: string | null } };

export type ProposalsQueryVariables = Exact<{
  filter?: ProposalFilter | null | undefined;
}>;


export type ProposalsQuery = { proposals: { edges: Array<{ node: { id: string, runId: string, gapId: string, offerId: string, quantity: number, status: ProposalStatus, statusReason: string | null, explanation: string, tpccResponse: ProposalResponse, donorResponse: ProposalResponse, tpccRespondedAt: string | null, donorRespondedAt: string | null, gap: { id: string, status: GapStatus, quantity: number, reservedQuantity: number, confirmedQuantity: number, remainingQuantity: number }, offer: { id: string, status: OfferStatus, capacity: number, reservedCapacity: number, confirmedCapacity: number, remainingCapacity: number }, partnership: { id: string, quantity: number, deliveredQuantity: number, status: PartnershipStatus } | null } }> } };

export type AcceptProposalMutationVariables = Exact<{
  input: AcceptProposalInput;
}>;


export type AcceptProposalMutation = { acceptProposal: { id: string, runId: string, gapId: string, offerId: string, quantity: number, status: ProposalStatus, statusReason: string | null, explanation: string, tpccResponse: ProposalResponse, donorResponse: ProposalResponse, tpccRespondedAt: string | null, donorRespondedAt: string | null, gap: { id: string, status: GapStatus, quantity: number, reservedQuantity: number, confirmedQuantity: number, remainingQuantity: number }, offer: { id: string, status: OfferStatus, capacity: number, reservedCapacity: number, confirmedCapacity: number, remainingCapacity: number }, partnership: { id: string, quantity: number, deliveredQuantity: number, status: PartnershipStatus } | null } };

export type DeclineProposalMutationVariables = Exact<{
  input: DeclineProposalInput;
}>;


export type DeclineProposalMutation = { declineProposal: { id: string, runId: string, gapId: string, offerId: string, quantity: number, status: ProposalStatus, statusReason: string | null, explanation: string, tpccResponse: ProposalResponse, donorResponse: ProposalResponse, tpccRespondedAt: string | null, donorRespondedAt: string | null, gap: { id: string, status: GapStatus, quantity: number, reservedQuantity: number, confirmedQuantity: number, remainingQuantity: number }, offer: { id: string, status: OfferStatus, capacity: number, reservedCapacity: number, confirmedCapacity: number, remainingCapacity: number }, partnership: { id: string, quantity: number, deliveredQuantity: number, status: PartnershipStatus } | null } };

export type WithdrawOfferOfProposalMutationVariables = Exact<{
  input: WithdrawOfferInput;
}>;


export type WithdrawOfferOfProposalMutation = { withdrawOffer: { status: OfferStatus } };

export type ShrinkGapMutationVariables = Exact<{
  input: UpdateGapInput;
}>;


export type ShrinkGapMutation = { updateGap: { quantity: number } };

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type AddMilestoneMutation = { addPartnershipMilestone: { id: string, title: string, dueOn: string, achievedOn: string | null } };

export type CompleteMilestoneMutationVariables = Exact<{
  input: CompleteMilestoneInput;
}>;


export type CompleteMilestoneMutation = { completePartnershipMilestone: { achievedOn: string | null, note: string | null } };

export type RecordDeliveryMutationVariables = Exact<{
  input: RecordDeliveryInput;
}>;


export type RecordDeliveryMutation = { recordPartnershipDelivery: { deliveredQuantity: number, status: PartnershipStatus } };

export type RecordIndicatorMutationVariables = Exact<{
  input: RecordIndicatorInput;
}>;


export type RecordIndicatorMutation = { recordPartnershipIndicator: { indicatorAfter: number | null, indicatorMeasuredOn: string | null, indicatorBaseline: number | null } };

export type PartnershipsOfGapQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
}>;


export type PartnershipsOfGapQuery = { partnerships: { edges: Array<{ node: { id: string, gap: { id: string }, offer: { donorIso3: string }, milestones: Array<{ title: string, achievedOn: string | null }> } }> } };

export type ProposalPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ProposalPageQuery = { proposals: { edges: Array<{ node: { id: string, gap: { title: string, memberState: { name: string } }, offer: { title: string, donor: { name: string } }, partnership: { quantity: number, milestones: Array<{ title: string }> } | null } }> } };

export type CoverageReportQueryVariables = Exact<{
  by: CoverageDimension;
  filter?: GapReportFilter | null | undefined;
}>;


export type CoverageReportQuery = { coverageReport: { by: CoverageDimension, rows: Array<{ key: string | null, label: string, gaps: number, demand: number, proposed: number, confirmed: number, delivered: number, unmet: number, coveredPercent: number | null }>, totals: { gaps: number, demand: number, proposed: number, confirmed: number, delivered: number, unmet: number, coveredPercent: number | null } } };

export type CoverageNumbersFragment = { gaps: number, demand: number, proposed: number, confirmed: number, delivered: number, unmet: number, coveredPercent: number | null };

export type PersistentGapsQueryVariables = Exact<{
  days?: number | null | undefined;
  runs?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PersistentGapsQuery = { persistentGaps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { gapId: string, memberStateIso3: string, missionCode: string | null, category: Category, capability: string, priority: Priority, demand: number, confirmed: number, proposed: number, unmet: number, daysOpen: number, runsUnmet: number | null } }> } };

export type DonorSummariesQueryVariables = Exact<{
  filter?: DonorReportFilter | null | undefined;
}>;


export type DonorSummariesQuery = { donorSummaries: Array<{ donorIso3: string, donorName: string, offers: number, capacity: number, reserved: number, allocated: number, allocatedPercent: number | null, partnerships: number, delivered: number, byCategory: Array<{ category: Category, offers: number, capacity: number, reserved: number, allocated: number, partnerships: number, delivered: number }>, byRecipientRegion: Array<{ regionCode: string, regionName: string, partnerships: number, allocated: number, delivered: number }> }> };

export type LanguageFitQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type LanguageFitQuery = { languageFitReport: { language: string, onlyLanguage: { gaps: number, demand: number, confirmed: number, confirmedInLanguage: number, proposed: number, proposedInLanguage: number, unmet: number, coveredPercent: number | null, inLanguagePercent: number | null }, alsoOtherLanguages: { gaps: number, demand: number, confirmed: number, confirmedInLanguage: number, proposed: number, proposedInLanguage: number, unmet: number, coveredPercent: number | null, inLanguagePercent: number | null }, total: { gaps: number, demand: number, confirmed: number, confirmedInLanguage: number, proposed: number, proposedInLanguage: number, unmet: number, coveredPercent: number | null, inLanguagePercent: number | null }, supply: { offers: number, capacity: number, remaining: number } } };

export type LanguageNumbersFragment = { gaps: number, demand: number, confirmed: number, confirmedInLanguage: number, proposed: number, proposedInLanguage: number, unmet: number, coveredPercent: number | null, inLanguagePercent: number | null };

export type PartnershipOutcomesQueryVariables = Exact<{
  filter?: OutcomeReportFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PartnershipOutcomesQuery = { partnershipOutcomes: { totalCount: number, summary: { partnerships: number, measured: number, improved: number, reachedTarget: number, averageTargetProgressPercent: number | null }, edges: Array<{ node: { partnershipId: string, gapId: string, memberStateIso3: string, donorIso3: string, category: Category, capability: string, status: PartnershipStatus, quantity: number, delivered: number, indicator: string | null, baseline: number | null, target: number | null, after: number | null, measuredOn: string | null, change: number | null, targetProgressPercent: number | null } }> } };

export type DefaultLanguageFitQueryVariables = Exact<{ [key: string]: never; }>;


export type DefaultLanguageFitQuery = { languageFitReport: { language: string } };

export type GapFieldsFragment = { id: string, status: GapStatus, memberStateIso3: string, missionCode: string | null, category: Category, capability: string, title: string, quantity: number, unit: QuantityUnit, priority: Priority, languages: Array<string>, neededFrom: string, neededBy: string, source: GapSource, statusReason: string | null, objective: { indicator: string | null, baseline: number | null, target: number | null }, memberState: { iso3: string, name: string, regionName: string }, mission: { code: string, name: string } | null };

export type OfferFieldsFragment = { id: string, status: OfferStatus, donorIso3: string, category: Category, capabilities: Array<string>, title: string, capacity: number, unit: QuantityUnit, costPerUnit: number | null, budget: number | null, languages: Array<string>, deliveryModes: Array<DeliveryMode>, eligible: Array<string>, excluded: Array<string>, availableFrom: string, availableTo: string, statusReason: string | null, donor: { iso3: string, name: string } };

export type ProposalFieldsFragment = { id: string, runId: string, gapId: string, offerId: string, quantity: number, status: ProposalStatus, statusReason: string | null, explanation: string, tpccResponse: ProposalResponse, donorResponse: ProposalResponse, tpccRespondedAt: string | null, donorRespondedAt: string | null, gap: { id: string, status: GapStatus, quantity: number, reservedQuantity: number, confirmedQuantity: number, remainingQuantity: number }, offer: { id: string, status: OfferStatus, capacity: number, reservedCapacity: number, confirmedCapacity: number, remainingCapacity: number }, partnership: { id: string, quantity: number, deliveredQuantity: number, status: PartnershipStatus } | null };

export type StartMatchRunMutationVariables = Exact<{
  input?: StartMatchRunInput | null | undefined;
}>;


export type StartMatchRunMutation = { startMatchRun: { id: string, status: MatchRunStatus, progress: number, requestedBy: string, jobId: string | null, weights: { priority: number | null, urgency: number | null } } };

export type MatchRunQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchRunQuery = { matchRun: { id: string, status: MatchRunStatus, progress: number, phase: string | null, error: string | null, requestedBy: string, stats: { gaps: number, offers: number, candidatePairs: number, proposals: number, objective: number, covered: number, demand: number, durationMs: number } | null } | null };

export type CreateOpenGapMutationVariables = Exact<{
  input: CreateGapInput;
}>;


export type CreateOpenGapMutation = { createGap: { id: string } };

export type CreateOpenOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOpenOfferMutation = { createOffer: { id: string } };

export type WhatIfQueryVariables = Exact<{
  input?: WhatIfInput | null | undefined;
}>;


export type WhatIfQuery = { whatIf: { objective: number, covered: number, demand: number, coverage: number, gaps: number, offers: number, candidatePairs: number, allocations: Array<{ gapId: string, offerId: string, hypothetical: boolean, quantity: number, score: number, explanation: string, breakdown: { priority: number } }>, unmet: Array<{ gapId: string, quantity: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CoverageNumbersFragmentDoc = new TypedDocumentString(`
    fragment CoverageNumbers on CoverageFigures {
  gaps
  demand
  proposed
  confirmed
  delivered
  unmet
  coveredPercent
}
    `, {"fragmentName":"CoverageNumbers"}) as unknown as TypedDocumentString<CoverageNumbersFragment, unknown>;
export const LanguageNumbersFragmentDoc = new TypedDocumentString(`
    fragment LanguageNumbers on LanguageFitFigures {
  gaps
  demand
  confirmed
  confirmedInLanguage
  proposed
  proposedInLanguage
  unmet
  coveredPercent
  inLanguagePercent
}
    `, {"fragmentName":"LanguageNumbers"}) as unknown as TypedDocumentString<LanguageNumbersFragment, unknown>;
export const GapFieldsFragmentDoc = new TypedDocumentString(`
    fragment GapFields on CapabilityGap {
  id
  status
  memberStateIso3
  missionCode
  category
  capability
  title
  quantity
  unit
  priority
  languages
  neededFrom
  neededBy
  source
  statusReason
  objective {
    indicator
    baseline
    target
  }
  memberState {
    iso3
    name
    regionName
  }
  mission {
    code
    name
  }
}
    `, {"fragmentName":"GapFields"}) as unknown as TypedDocumentString<GapFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfferFields on Offer {
  id
  status
  donorIso3
  category
  capabilities
  title
  capacity
  unit
  costPerUnit
  budget
  languages
  deliveryModes
  eligible
  excluded
  availableFrom
  availableTo
  statusReason
  donor {
    iso3
    name
  }
}
    `, {"fragmentName":"OfferFields"}) as unknown as TypedDocumentString<OfferFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalFields on Proposal {
  id
  runId
  gapId
  offerId
  quantity
  status
  statusReason
  explanation
  tpccResponse
  donorResponse
  tpccRespondedAt
  donorRespondedAt
  gap {
    id
    status
    quantity
    reservedQuantity
    confirmedQuantity
    remainingQuantity
  }
  offer {
    id
    status
    capacity
    reservedCapacity
    confirmedCapacity
    remainingCapacity
  }
  partnership {
    id
    quantity
    deliveredQuantity
    status
  }
}
    `, {"fragmentName":"ProposalFields"}) as unknown as TypedDocumentString<ProposalFieldsFragment, unknown>;
export const AutomaticRunsDocument = new TypedDocumentString(`
    query AutomaticRuns {
  matchRuns(first: 20) {
    edges {
      node {
        id
        status
        requestedBy
        stats {
          proposals
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AutomaticRunsQuery, AutomaticRunsQueryVariables>;
export const AutomaticProposalsDocument = new TypedDocumentString(`
    query AutomaticProposals {
  proposals(first: 10) {
    edges {
      node {
        gapId
        offerId
        quantity
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AutomaticProposalsQuery, AutomaticProposalsQueryVariables>;
export const CreateGapDocument = new TypedDocumentString(`
    mutation CreateGap($input: CreateGapInput!) {
  createGap(input: $input) {
    ...GapFields
  }
}
    fragment GapFields on CapabilityGap {
  id
  status
  memberStateIso3
  missionCode
  category
  capability
  title
  quantity
  unit
  priority
  languages
  neededFrom
  neededBy
  source
  statusReason
  objective {
    indicator
    baseline
    target
  }
  memberState {
    iso3
    name
    regionName
  }
  mission {
    code
    name
  }
}`) as unknown as TypedDocumentString<CreateGapMutation, CreateGapMutationVariables>;
export const UpdateGapDocument = new TypedDocumentString(`
    mutation UpdateGap($input: UpdateGapInput!) {
  updateGap(input: $input) {
    ...GapFields
  }
}
    fragment GapFields on CapabilityGap {
  id
  status
  memberStateIso3
  missionCode
  category
  capability
  title
  quantity
  unit
  priority
  languages
  neededFrom
  neededBy
  source
  statusReason
  objective {
    indicator
    baseline
    target
  }
  memberState {
    iso3
    name
    regionName
  }
  mission {
    code
    name
  }
}`) as unknown as TypedDocumentString<UpdateGapMutation, UpdateGapMutationVariables>;
export const OpenGapDocument = new TypedDocumentString(`
    mutation OpenGap($id: ID!) {
  openGap(input: {id: $id}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenGapMutation, OpenGapMutationVariables>;
export const CancelGapDocument = new TypedDocumentString(`
    mutation CancelGap($id: ID!, $reason: String) {
  cancelGap(input: {id: $id, reason: $reason}) {
    id
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<CancelGapMutation, CancelGapMutationVariables>;
export const GapDocument = new TypedDocumentString(`
    query Gap($id: ID!) {
  gap(id: $id) {
    ...GapFields
  }
}
    fragment GapFields on CapabilityGap {
  id
  status
  memberStateIso3
  missionCode
  category
  capability
  title
  quantity
  unit
  priority
  languages
  neededFrom
  neededBy
  source
  statusReason
  objective {
    indicator
    baseline
    target
  }
  memberState {
    iso3
    name
    regionName
  }
  mission {
    code
    name
  }
}`) as unknown as TypedDocumentString<GapQuery, GapQueryVariables>;
export const CreateOfferDocument = new TypedDocumentString(`
    mutation CreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    ...OfferFields
  }
}
    fragment OfferFields on Offer {
  id
  status
  donorIso3
  category
  capabilities
  title
  capacity
  unit
  costPerUnit
  budget
  languages
  deliveryModes
  eligible
  excluded
  availableFrom
  availableTo
  statusReason
  donor {
    iso3
    name
  }
}`) as unknown as TypedDocumentString<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = new TypedDocumentString(`
    mutation UpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    ...OfferFields
  }
}
    fragment OfferFields on Offer {
  id
  status
  donorIso3
  category
  capabilities
  title
  capacity
  unit
  costPerUnit
  budget
  languages
  deliveryModes
  eligible
  excluded
  availableFrom
  availableTo
  statusReason
  donor {
    iso3
    name
  }
}`) as unknown as TypedDocumentString<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const OpenOfferDocument = new TypedDocumentString(`
    mutation OpenOffer($id: ID!) {
  openOffer(input: {id: $id}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenOfferMutation, OpenOfferMutationVariables>;
export const WithdrawOfferDocument = new TypedDocumentString(`
    mutation WithdrawOffer($id: ID!) {
  withdrawOffer(input: {id: $id, reason: "Budget cut"}) {
    id
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<WithdrawOfferMutation, WithdrawOfferMutationVariables>;
export const ProposalsDocument = new TypedDocumentString(`
    query Proposals($filter: ProposalFilter) {
  proposals(first: 100, filter: $filter) {
    edges {
      node {
        ...ProposalFields
      }
    }
  }
}
    fragment ProposalFields on Proposal {
  id
  runId
  gapId
  offerId
  quantity
  status
  statusReason
  explanation
  tpccResponse
  donorResponse
  tpccRespondedAt
  donorRespondedAt
  gap {
    id
    status
    quantity
    reservedQuantity
    confirmedQuantity
    remainingQuantity
  }
  offer {
    id
    status
    capacity
    reservedCapacity
    confirmedCapacity
    remainingCapacity
  }
  partnership {
    id
    quantity
    deliveredQuantity
    status
  }
}`) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
export const AcceptProposalDocument = new TypedDocumentString(`
    mutation AcceptProposal($input: AcceptProposalInput!) {
  acceptProposal(input: $input) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  runId
  gapId
  offerId
  quantity
  status
  statusReason
  explanation
  tpccResponse
  donorResponse
  tpccRespondedAt
  donorRespondedAt
  gap {
    id
    status
    quantity
    reservedQuantity
    confirmedQuantity
    remainingQuantity
  }
  offer {
    id
    status
    capacity
    reservedCapacity
    confirmedCapacity
    remainingCapacity
  }
  partnership {
    id
    quantity
    deliveredQuantity
    status
  }
}`) as unknown as TypedDocumentString<AcceptProposalMutation, AcceptProposalMutationVariables>;
export const DeclineProposalDocument = new TypedDocumentString(`
    mutation DeclineProposal($input: DeclineProposalInput!) {
  declineProposal(input: $input) {
    ...ProposalFields
  }
}
    fragment ProposalFields on Proposal {
  id
  runId
  gapId
  offerId
  quantity
  status
  statusReason
  explanation
  tpccResponse
  donorResponse
  tpccRespondedAt
  donorRespondedAt
  gap {
    id
    status
    quantity
    reservedQuantity
    confirmedQuantity
    remainingQuantity
  }
  offer {
    id
    status
    capacity
    reservedCapacity
    confirmedCapacity
    remainingCapacity
  }
  partnership {
    id
    quantity
    deliveredQuantity
    status
  }
}`) as unknown as TypedDocumentString<DeclineProposalMutation, DeclineProposalMutationVariables>;
export const WithdrawOfferOfProposalDocument = new TypedDocumentString(`
    mutation WithdrawOfferOfProposal($input: WithdrawOfferInput!) {
  withdrawOffer(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawOfferOfProposalMutation, WithdrawOfferOfProposalMutationVariables>;
export const ShrinkGapDocument = new TypedDocumentString(`
    mutation ShrinkGap($input: UpdateGapInput!) {
  updateGap(input: $input) {
    quantity
  }
}
    `) as unknown as TypedDocumentString<ShrinkGapMutation, ShrinkGapMutationVariables>;
export const AddMilestoneDocument = new TypedDocumentString(`
    mutation AddMilestone($input: AddMilestoneInput!) {
  addPartnershipMilestone(input: $input) {
    id
    title
    dueOn
    achievedOn
  }
}
    `) as unknown as TypedDocumentString<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const CompleteMilestoneDocument = new TypedDocumentString(`
    mutation CompleteMilestone($input: CompleteMilestoneInput!) {
  completePartnershipMilestone(input: $input) {
    achievedOn
    note
  }
}
    `) as unknown as TypedDocumentString<CompleteMilestoneMutation, CompleteMilestoneMutationVariables>;
export const RecordDeliveryDocument = new TypedDocumentString(`
    mutation RecordDelivery($input: RecordDeliveryInput!) {
  recordPartnershipDelivery(input: $input) {
    deliveredQuantity
    status
  }
}
    `) as unknown as TypedDocumentString<RecordDeliveryMutation, RecordDeliveryMutationVariables>;
export const RecordIndicatorDocument = new TypedDocumentString(`
    mutation RecordIndicator($input: RecordIndicatorInput!) {
  recordPartnershipIndicator(input: $input) {
    indicatorAfter
    indicatorMeasuredOn
    indicatorBaseline
  }
}
    `) as unknown as TypedDocumentString<RecordIndicatorMutation, RecordIndicatorMutationVariables>;
export const PartnershipsOfGapDocument = new TypedDocumentString(`
    query PartnershipsOfGap($filter: PartnershipFilter) {
  partnerships(first: 10, filter: $filter) {
    edges {
      node {
        id
        gap {
          id
        }
        offer {
          donorIso3
        }
        milestones {
          title
          achievedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsOfGapQuery, PartnershipsOfGapQueryVariables>;
export const ProposalPageDocument = new TypedDocumentString(`
    query ProposalPage($first: Int) {
  proposals(first: $first) {
    edges {
      node {
        id
        gap {
          title
          memberState {
            name
          }
        }
        offer {
          title
          donor {
            name
          }
        }
        partnership {
          quantity
          milestones {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalPageQuery, ProposalPageQueryVariables>;
export const CoverageReportDocument = new TypedDocumentString(`
    query CoverageReport($by: CoverageDimension!, $filter: GapReportFilter) {
  coverageReport(by: $by, filter: $filter) {
    by
    rows {
      key
      label
      gaps
      demand
      proposed
      confirmed
      delivered
      unmet
      coveredPercent
    }
    totals {
      ...CoverageNumbers
    }
  }
}
    fragment CoverageNumbers on CoverageFigures {
  gaps
  demand
  proposed
  confirmed
  delivered
  unmet
  coveredPercent
}`) as unknown as TypedDocumentString<CoverageReportQuery, CoverageReportQueryVariables>;
export const PersistentGapsDocument = new TypedDocumentString(`
    query PersistentGaps($days: Int, $runs: Int, $first: Int, $after: String) {
  persistentGaps(
    openLongerThanDays: $days
    unmetInLastRuns: $runs
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        gapId
        memberStateIso3
        missionCode
        category
        capability
        priority
        demand
        confirmed
        proposed
        unmet
        daysOpen
        runsUnmet
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersistentGapsQuery, PersistentGapsQueryVariables>;
export const DonorSummariesDocument = new TypedDocumentString(`
    query DonorSummaries($filter: DonorReportFilter) {
  donorSummaries(filter: $filter) {
    donorIso3
    donorName
    offers
    capacity
    reserved
    allocated
    allocatedPercent
    partnerships
    delivered
    byCategory {
      category
      offers
      capacity
      reserved
      allocated
      partnerships
      delivered
    }
    byRecipientRegion {
      regionCode
      regionName
      partnerships
      allocated
      delivered
    }
  }
}
    `) as unknown as TypedDocumentString<DonorSummariesQuery, DonorSummariesQueryVariables>;
export const LanguageFitDocument = new TypedDocumentString(`
    query LanguageFit($language: String) {
  languageFitReport(language: $language) {
    language
    onlyLanguage {
      ...LanguageNumbers
    }
    alsoOtherLanguages {
      ...LanguageNumbers
    }
    total {
      ...LanguageNumbers
    }
    supply {
      offers
      capacity
      remaining
    }
  }
}
    fragment LanguageNumbers on LanguageFitFigures {
  gaps
  demand
  confirmed
  confirmedInLanguage
  proposed
  proposedInLanguage
  unmet
  coveredPercent
  inLanguagePercent
}`) as unknown as TypedDocumentString<LanguageFitQuery, LanguageFitQueryVariables>;
export const PartnershipOutcomesDocument = new TypedDocumentString(`
    query PartnershipOutcomes($filter: OutcomeReportFilter, $first: Int) {
  partnershipOutcomes(filter: $filter, first: $first) {
    totalCount
    summary {
      partnerships
      measured
      improved
      reachedTarget
      averageTargetProgressPercent
    }
    edges {
      node {
        partnershipId
        gapId
        memberStateIso3
        donorIso3
        category
        capability
        status
        quantity
        delivered
        indicator
        baseline
        target
        after
        measuredOn
        change
        targetProgressPercent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipOutcomesQuery, PartnershipOutcomesQueryVariables>;
export const DefaultLanguageFitDocument = new TypedDocumentString(`
    query DefaultLanguageFit {
  languageFitReport {
    language
  }
}
    `) as unknown as TypedDocumentString<DefaultLanguageFitQuery, DefaultLanguageFitQueryVariables>;
export const StartMatchRunDocument = new TypedDocumentString(`
    mutation StartMatchRun($input: StartMatchRunInput) {
  startMatchRun(input: $input) {
    id
    status
    progress
    requestedBy
    jobId
    weights {
      priority
      urgency
    }
  }
}
    `) as unknown as TypedDocumentString<StartMatchRunMutation, StartMatchRunMutationVariables>;
export const MatchRunDocument = new TypedDocumentString(`
    query MatchRun($id: ID!) {
  matchRun(id: $id) {
    id
    status
    progress
    phase
    error
    requestedBy
    stats {
      gaps
      offers
      candidatePairs
      proposals
      objective
      covered
      demand
      durationMs
    }
  }
}
    `) as unknown as TypedDocumentString<MatchRunQuery, MatchRunQueryVariables>;
export const CreateOpenGapDocument = new TypedDocumentString(`
    mutation CreateOpenGap($input: CreateGapInput!) {
  createGap(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOpenGapMutation, CreateOpenGapMutationVariables>;
export const CreateOpenOfferDocument = new TypedDocumentString(`
    mutation CreateOpenOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOpenOfferMutation, CreateOpenOfferMutationVariables>;
export const WhatIfDocument = new TypedDocumentString(`
    query WhatIf($input: WhatIfInput) {
  whatIf(input: $input) {
    allocations {
      gapId
      offerId
      hypothetical
      quantity
      score
      explanation
      breakdown {
        priority
      }
    }
    unmet {
      gapId
      quantity
    }
    objective
    covered
    demand
    coverage
    gaps
    offers
    candidatePairs
  }
}
    `) as unknown as TypedDocumentString<WhatIfQuery, WhatIfQueryVariables>;