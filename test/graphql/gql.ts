/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AutomaticRuns {\n    matchRuns(first: 20) { edges { node { id status requestedBy stats { proposals } } } }\n  }\n": typeof types.AutomaticRunsDocument,
    "\n  query AutomaticProposals { proposals(first: 10) { edges { node { gapId offerId quantity } } } }\n": typeof types.AutomaticProposalsDocument,
    "\n  mutation CreateGap($input: CreateGapInput!) { createGap(input: $input) { ...GapFields } }\n": typeof types.CreateGapDocument,
    "\n  mutation UpdateGap($input: UpdateGapInput!) { updateGap(input: $input) { ...GapFields } }\n": typeof types.UpdateGapDocument,
    "\n  mutation OpenGap($id: ID!) { openGap(input: { id: $id }) { id status } }\n": typeof types.OpenGapDocument,
    "\n  mutation CancelGap($id: ID!, $reason: String) {\n    cancelGap(input: { id: $id, reason: $reason }) { id status statusReason }\n  }\n": typeof types.CancelGapDocument,
    "\n  query Gap($id: ID!) { gap(id: $id) { ...GapFields } }\n": typeof types.GapDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { ...OfferFields } }\n": typeof types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { ...OfferFields } }\n": typeof types.UpdateOfferDocument,
    "\n  mutation OpenOffer($id: ID!) { openOffer(input: { id: $id }) { id status } }\n": typeof types.OpenOfferDocument,
    "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(input: { id: $id, reason: \"Budget cut\" }) { id status statusReason }\n  }\n": typeof types.WithdrawOfferDocument,
    "\n  query Proposals($filter: ProposalFilter) {\n    proposals(first: 100, filter: $filter) { edges { node { ...ProposalFields } } }\n  }\n": typeof types.ProposalsDocument,
    "\n  mutation AcceptProposal($input: AcceptProposalInput!) {\n    acceptProposal(input: $input) { ...ProposalFields }\n  }\n": typeof types.AcceptProposalDocument,
    "\n  mutation DeclineProposal($input: DeclineProposalInput!) {\n    declineProposal(input: $input) { ...ProposalFields }\n  }\n": typeof types.DeclineProposalDocument,
    "\n  mutation WithdrawOfferOfProposal($input: WithdrawOfferInput!) {\n    withdrawOffer(input: $input) { status }\n  }\n": typeof types.WithdrawOfferOfProposalDocument,
    "\n  mutation ShrinkGap($input: UpdateGapInput!) { updateGap(input: $input) { quantity } }\n": typeof types.ShrinkGapDocument,
    "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addPartnershipMilestone(input: $input) { id title dueOn achievedOn }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($input: CompleteMilestoneInput!) {\n    completePartnershipMilestone(input: $input) { achievedOn note }\n  }\n": typeof types.CompleteMilestoneDocument,
    "\n  mutation RecordDelivery($input: RecordDeliveryInput!) {\n    recordPartnershipDelivery(input: $input) { deliveredQuantity status }\n  }\n": typeof types.RecordDeliveryDocument,
    "\n  mutation RecordIndicator($input: RecordIndicatorInput!) {\n    recordPartnershipIndicator(input: $input) {\n      indicatorAfter indicatorMeasuredOn indicatorBaseline\n    }\n  }\n": typeof types.RecordIndicatorDocument,
    "\n  query PartnershipsOfGap($filter: PartnershipFilter) {\n    partnerships(first: 10, filter: $filter) {\n      edges { node { id gap { id } offer { donorIso3 } milestones { title achievedOn } } }\n    }\n  }\n": typeof types.PartnershipsOfGapDocument,
    "\n  query ProposalPage($first: Int) {\n    proposals(first: $first) {\n      edges {\n        node {\n          id gap { title memberState { name } } offer { title donor { name } }\n          partnership { quantity milestones { title } }\n        }\n      }\n    }\n  }\n": typeof types.ProposalPageDocument,
    "\n    query CoverageReport($by: CoverageDimension!, $filter: GapReportFilter) {\n      coverageReport(by: $by, filter: $filter) {\n        by\n        rows { key label gaps demand proposed confirmed delivered unmet coveredPercent }\n        totals { ...CoverageNumbers }\n      }\n    }\n    fragment CoverageNumbers on CoverageFigures {\n      gaps demand proposed confirmed delivered unmet coveredPercent\n    }\n  ": typeof types.CoverageReportDocument,
    "\n    query PersistentGaps($days: Int, $runs: Int, $first: Int, $after: String) {\n      persistentGaps(\n        openLongerThanDays: $days, unmetInLastRuns: $runs, first: $first, after: $after\n      ) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            gapId memberStateIso3 missionCode category capability priority demand\n            confirmed proposed unmet daysOpen runsUnmet\n          }\n        }\n      }\n    }\n  ": typeof types.PersistentGapsDocument,
    "\n    query DonorSummaries($filter: DonorReportFilter) {\n      donorSummaries(filter: $filter) {\n        donorIso3 donorName offers capacity reserved allocated allocatedPercent partnerships\n        delivered\n        byCategory { category offers capacity reserved allocated partnerships delivered }\n        byRecipientRegion { regionCode regionName partnerships allocated delivered }\n      }\n    }\n  ": typeof types.DonorSummariesDocument,
    "\n    query LanguageFit($language: String) {\n      languageFitReport(language: $language) {\n        language\n        onlyLanguage { ...LanguageNumbers }\n        alsoOtherLanguages { ...LanguageNumbers }\n        total { ...LanguageNumbers }\n        supply { offers capacity remaining }\n      }\n    }\n    fragment LanguageNumbers on LanguageFitFigures {\n      gaps demand confirmed confirmedInLanguage proposed proposedInLanguage\n      unmet coveredPercent inLanguagePercent\n    }\n  ": typeof types.LanguageFitDocument,
    "\n    query PartnershipOutcomes($filter: OutcomeReportFilter, $first: Int) {\n      partnershipOutcomes(filter: $filter, first: $first) {\n        totalCount\n        summary { partnerships measured improved reachedTarget averageTargetProgressPercent }\n        edges {\n          node {\n            partnershipId gapId memberStateIso3 donorIso3 category capability status\n            quantity delivered indicator baseline target after measuredOn change\n            targetProgressPercent\n          }\n        }\n      }\n    }\n  ": typeof types.PartnershipOutcomesDocument,
    "\n    query DefaultLanguageFit { languageFitReport { language } }\n  ": typeof types.DefaultLanguageFitDocument,
    "\n  fragment GapFields on CapabilityGap {\n    id status memberStateIso3 missionCode category capability title quantity unit priority\n    languages neededFrom neededBy source statusReason\n    objective { indicator baseline target }\n    memberState { iso3 name regionName }\n    mission { code name }\n  }\n": typeof types.GapFieldsFragmentDoc,
    "\n  fragment OfferFields on Offer {\n    id status donorIso3 category capabilities title capacity unit costPerUnit budget languages\n    deliveryModes eligible excluded availableFrom availableTo statusReason\n    donor { iso3 name }\n  }\n": typeof types.OfferFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id runId gapId offerId quantity status statusReason explanation\n    tpccResponse donorResponse tpccRespondedAt donorRespondedAt\n    gap { id status quantity reservedQuantity confirmedQuantity remainingQuantity }\n    offer { id status capacity reservedCapacity confirmedCapacity remainingCapacity }\n    partnership { id quantity deliveredQuantity status }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  mutation StartMatchRun($input: StartMatchRunInput) {\n    startMatchRun(input: $input) {\n      id status progress requestedBy jobId weights { priority urgency }\n    }\n  }\n": typeof types.StartMatchRunDocument,
    "\n  query MatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id status progress phase error requestedBy\n      stats { gaps offers candidatePairs proposals objective covered demand durationMs }\n    }\n  }\n": typeof types.MatchRunDocument,
    "\n  mutation CreateOpenGap($input: CreateGapInput!) { createGap(input: $input) { id } }\n": typeof types.CreateOpenGapDocument,
    "\n  mutation CreateOpenOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n": typeof types.CreateOpenOfferDocument,
    "\n  query WhatIf($input: WhatIfInput) {\n    whatIf(input: $input) {\n      allocations { gapId offerId hypothetical quantity score explanation breakdown { priority } }\n      unmet { gapId quantity }\n      objective covered demand coverage gaps offers candidatePairs\n    }\n  }\n": typeof types.WhatIfDocument,
};
const documents: Documents = {
    "\n  query AutomaticRuns {\n    matchRuns(first: 20) { edges { node { id status requestedBy stats { proposals } } } }\n  }\n": types.AutomaticRunsDocument,
    "\n  query AutomaticProposals { proposals(first: 10) { edges { node { gapId offerId quantity } } } }\n": types.AutomaticProposalsDocument,
    "\n  mutation CreateGap($input: CreateGapInput!) { createGap(input: $input) { ...GapFields } }\n": types.CreateGapDocument,
    "\n  mutation UpdateGap($input: UpdateGapInput!) { updateGap(input: $input) { ...GapFields } }\n": types.UpdateGapDocument,
    "\n  mutation OpenGap($id: ID!) { openGap(input: { id: $id }) { id status } }\n": types.OpenGapDocument,
    "\n  mutation CancelGap($id: ID!, $reason: String) {\n    cancelGap(input: { id: $id, reason: $reason }) { id status statusReason }\n  }\n": types.CancelGapDocument,
    "\n  query Gap($id: ID!) { gap(id: $id) { ...GapFields } }\n": types.GapDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { ...OfferFields } }\n": types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { ...OfferFields } }\n": types.UpdateOfferDocument,
    "\n  mutation OpenOffer($id: ID!) { openOffer(input: { id: $id }) { id status } }\n": types.OpenOfferDocument,
    "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(input: { id: $id, reason: \"Budget cut\" }) { id status statusReason }\n  }\n": types.WithdrawOfferDocument,
    "\n  query Proposals($filter: ProposalFilter) {\n    proposals(first: 100, filter: $filter) { edges { node { ...ProposalFields } } }\n  }\n": types.ProposalsDocument,
    "\n  mutation AcceptProposal($input: AcceptProposalInput!) {\n    acceptProposal(input: $input) { ...ProposalFields }\n  }\n": types.AcceptProposalDocument,
    "\n  mutation DeclineProposal($input: DeclineProposalInput!) {\n    declineProposal(input: $input) { ...ProposalFields }\n  }\n": types.DeclineProposalDocument,
    "\n  mutation WithdrawOfferOfProposal($input: WithdrawOfferInput!) {\n    withdrawOffer(input: $input) { status }\n  }\n": types.WithdrawOfferOfProposalDocument,
    "\n  mutation ShrinkGap($input: UpdateGapInput!) { updateGap(input: $input) { quantity } }\n": types.ShrinkGapDocument,
    "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addPartnershipMilestone(input: $input) { id title dueOn achievedOn }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation CompleteMilestone($input: CompleteMilestoneInput!) {\n    completePartnershipMilestone(input: $input) { achievedOn note }\n  }\n": types.CompleteMilestoneDocument,
    "\n  mutation RecordDelivery($input: RecordDeliveryInput!) {\n    recordPartnershipDelivery(input: $input) { deliveredQuantity status }\n  }\n": types.RecordDeliveryDocument,
    "\n  mutation RecordIndicator($input: RecordIndicatorInput!) {\n    recordPartnershipIndicator(input: $input) {\n      indicatorAfter indicatorMeasuredOn indicatorBaseline\n    }\n  }\n": types.RecordIndicatorDocument,
    "\n  query PartnershipsOfGap($filter: PartnershipFilter) {\n    partnerships(first: 10, filter: $filter) {\n      edges { node { id gap { id } offer { donorIso3 } milestones { title achievedOn } } }\n    }\n  }\n": types.PartnershipsOfGapDocument,
    "\n  query ProposalPage($first: Int) {\n    proposals(first: $first) {\n      edges {\n        node {\n          id gap { title memberState { name } } offer { title donor { name } }\n          partnership { quantity milestones { title } }\n        }\n      }\n    }\n  }\n": types.ProposalPageDocument,
    "\n    query CoverageReport($by: CoverageDimension!, $filter: GapReportFilter) {\n      coverageReport(by: $by, filter: $filter) {\n        by\n        rows { key label gaps demand proposed confirmed delivered unmet coveredPercent }\n        totals { ...CoverageNumbers }\n      }\n    }\n    fragment CoverageNumbers on CoverageFigures {\n      gaps demand proposed confirmed delivered unmet coveredPercent\n    }\n  ": types.CoverageReportDocument,
    "\n    query PersistentGaps($days: Int, $runs: Int, $first: Int, $after: String) {\n      persistentGaps(\n        openLongerThanDays: $days, unmetInLastRuns: $runs, first: $first, after: $after\n      ) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            gapId memberStateIso3 missionCode category capability priority demand\n            confirmed proposed unmet daysOpen runsUnmet\n          }\n        }\n      }\n    }\n  ": types.PersistentGapsDocument,
    "\n    query DonorSummaries($filter: DonorReportFilter) {\n      donorSummaries(filter: $filter) {\n        donorIso3 donorName offers capacity reserved allocated allocatedPercent partnerships\n        delivered\n        byCategory { category offers capacity reserved allocated partnerships delivered }\n        byRecipientRegion { regionCode regionName partnerships allocated delivered }\n      }\n    }\n  ": types.DonorSummariesDocument,
    "\n    query LanguageFit($language: String) {\n      languageFitReport(language: $language) {\n        language\n        onlyLanguage { ...LanguageNumbers }\n        alsoOtherLanguages { ...LanguageNumbers }\n        total { ...LanguageNumbers }\n        supply { offers capacity remaining }\n      }\n    }\n    fragment LanguageNumbers on LanguageFitFigures {\n      gaps demand confirmed confirmedInLanguage proposed proposedInLanguage\n      unmet coveredPercent inLanguagePercent\n    }\n  ": types.LanguageFitDocument,
    "\n    query PartnershipOutcomes($filter: OutcomeReportFilter, $first: Int) {\n      partnershipOutcomes(filter: $filter, first: $first) {\n        totalCount\n        summary { partnerships measured improved reachedTarget averageTargetProgressPercent }\n        edges {\n          node {\n            partnershipId gapId memberStateIso3 donorIso3 category capability status\n            quantity delivered indicator baseline target after measuredOn change\n            targetProgressPercent\n          }\n        }\n      }\n    }\n  ": types.PartnershipOutcomesDocument,
    "\n    query DefaultLanguageFit { languageFitReport { language } }\n  ": types.DefaultLanguageFitDocument,
    "\n  fragment GapFields on CapabilityGap {\n    id status memberStateIso3 missionCode category capability title quantity unit priority\n    languages neededFrom neededBy source statusReason\n    objective { indicator baseline target }\n    memberState { iso3 name regionName }\n    mission { code name }\n  }\n": types.GapFieldsFragmentDoc,
    "\n  fragment OfferFields on Offer {\n    id status donorIso3 category capabilities title capacity unit costPerUnit budget languages\n    deliveryModes eligible excluded availableFrom availableTo statusReason\n    donor { iso3 name }\n  }\n": types.OfferFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id runId gapId offerId quantity status statusReason explanation\n    tpccResponse donorResponse tpccRespondedAt donorRespondedAt\n    gap { id status quantity reservedQuantity confirmedQuantity remainingQuantity }\n    offer { id status capacity reservedCapacity confirmedCapacity remainingCapacity }\n    partnership { id quantity deliveredQuantity status }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  mutation StartMatchRun($input: StartMatchRunInput) {\n    startMatchRun(input: $input) {\n      id status progress requestedBy jobId weights { priority urgency }\n    }\n  }\n": types.StartMatchRunDocument,
    "\n  query MatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id status progress phase error requestedBy\n      stats { gaps offers candidatePairs proposals objective covered demand durationMs }\n    }\n  }\n": types.MatchRunDocument,
    "\n  mutation CreateOpenGap($input: CreateGapInput!) { createGap(input: $input) { id } }\n": types.CreateOpenGapDocument,
    "\n  mutation CreateOpenOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n": types.CreateOpenOfferDocument,
    "\n  query WhatIf($input: WhatIfInput) {\n    whatIf(input: $input) {\n      allocations { gapId offerId hypothetical quantity score explanation breakdown { priority } }\n      unmet { gapId quantity }\n      objective covered demand coverage gaps offers candidatePairs\n    }\n  }\n": types.WhatIfDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query AutomaticRuns {\n    matchRuns(first: 20) { edges { node { id status requestedBy stats { proposals } } } }\n  }\n"): typeof import('./graphql').AutomaticRunsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query AutomaticProposals { proposals(first: 10) { edges { node { gapId offerId quantity } } } }\n"): typeof import('./graphql').AutomaticProposalsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CreateGap($input: CreateGapInput!) { createGap(input: $input) { ...GapFields } }\n"): typeof import('./graphql').CreateGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation UpdateGap($input: UpdateGapInput!) { updateGap(input: $input) { ...GapFields } }\n"): typeof import('./graphql').UpdateGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation OpenGap($id: ID!) { openGap(input: { id: $id }) { id status } }\n"): typeof import('./graphql').OpenGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CancelGap($id: ID!, $reason: String) {\n    cancelGap(input: { id: $id, reason: $reason }) { id status statusReason }\n  }\n"): typeof import('./graphql').CancelGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Gap($id: ID!) { gap(id: $id) { ...GapFields } }\n"): typeof import('./graphql').GapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { ...OfferFields } }\n"): typeof import('./graphql').CreateOfferDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { ...OfferFields } }\n"): typeof import('./graphql').UpdateOfferDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation OpenOffer($id: ID!) { openOffer(input: { id: $id }) { id status } }\n"): typeof import('./graphql').OpenOfferDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(input: { id: $id, reason: \"Budget cut\" }) { id status statusReason }\n  }\n"): typeof import('./graphql').WithdrawOfferDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Proposals($filter: ProposalFilter) {\n    proposals(first: 100, filter: $filter) { edges { node { ...ProposalFields } } }\n  }\n"): typeof import('./graphql').ProposalsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation AcceptProposal($input: AcceptProposalInput!) {\n    acceptProposal(input: $input) { ...ProposalFields }\n  }\n"): typeof import('./graphql').AcceptProposalDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation DeclineProposal($input: DeclineProposalInput!) {\n    declineProposal(input: $input) { ...ProposalFields }\n  }\n"): typeof import('./graphql').DeclineProposalDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation WithdrawOfferOfProposal($input: WithdrawOfferInput!) {\n    withdrawOffer(input: $input) { status }\n  }\n"): typeof import('./graphql').WithdrawOfferOfProposalDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation ShrinkGap($input: UpdateGapInput!) { updateGap(input: $input) { quantity } }\n"): typeof import('./graphql').ShrinkGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addPartnershipMilestone(input: $input) { id title dueOn achievedOn }\n  }\n"): typeof import('./graphql').AddMilestoneDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CompleteMilestone($input: CompleteMilestoneInput!) {\n    completePartnershipMilestone(input: $input) { achievedOn note }\n  }\n"): typeof import('./graphql').CompleteMilestoneDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation RecordDelivery($input: RecordDeliveryInput!) {\n    recordPartnershipDelivery(input: $input) { deliveredQuantity status }\n  }\n"): typeof import('./graphql').RecordDeliveryDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation RecordIndicator($input: RecordIndicatorInput!) {\n    recordPartnershipIndicator(input: $input) {\n      indicatorAfter indicatorMeasuredOn indicatorBaseline\n    }\n  }\n"): typeof import('./graphql').RecordIndicatorDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query PartnershipsOfGap($filter: PartnershipFilter) {\n    partnerships(first: 10, filter: $filter) {\n      edges { node { id gap { id } offer { donorIso3 } milestones { title achievedOn } } }\n    }\n  }\n"): typeof import('./graphql').PartnershipsOfGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query ProposalPage($first: Int) {\n    proposals(first: $first) {\n      edges {\n        node {\n          id gap { title memberState { name } } offer { title donor { name } }\n          partnership { quantity milestones { title } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalPageDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n    query CoverageReport($by: CoverageDimension!, $filter: GapReportFilter) {\n      coverageReport(by: $by, filter: $filter) {\n        by\n        rows { key label gaps demand proposed confirmed delivered unmet coveredPercent }\n        totals { ...CoverageNumbers }\n      }\n    }\n    fragment CoverageNumbers on CoverageFigures {\n      gaps demand proposed confirmed delivered unmet coveredPercent\n    }\n  "): typeof import('./graphql').CoverageReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n    query PersistentGaps($days: Int, $runs: Int, $first: Int, $after: String) {\n      persistentGaps(\n        openLongerThanDays: $days, unmetInLastRuns: $runs, first: $first, after: $after\n      ) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            gapId memberStateIso3 missionCode category capability priority demand\n            confirmed proposed unmet daysOpen runsUnmet\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').PersistentGapsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n    query DonorSummaries($filter: DonorReportFilter) {\n      donorSummaries(filter: $filter) {\n        donorIso3 donorName offers capacity reserved allocated allocatedPercent partnerships\n        delivered\n        byCategory { category offers capacity reserved allocated partnerships delivered }\n        byRecipientRegion { regionCode regionName partnerships allocated delivered }\n      }\n    }\n  "): typeof import('./graphql').DonorSummariesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n    query LanguageFit($language: String) {\n      languageFitReport(language: $language) {\n        language\n        onlyLanguage { ...LanguageNumbers }\n        alsoOtherLanguages { ...LanguageNumbers }\n        total { ...LanguageNumbers }\n        supply { offers capacity remaining }\n      }\n    }\n    fragment LanguageNumbers on LanguageFitFigures {\n      gaps demand confirmed confirmedInLanguage proposed proposedInLanguage\n      unmet coveredPercent inLanguagePercent\n    }\n  "): typeof import('./graphql').LanguageFitDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n    query PartnershipOutcomes($filter: OutcomeReportFilter, $first: Int) {\n      partnershipOutcomes(filter: $filter, first: $first) {\n        totalCount\n        summary { partnerships measured improved reachedTarget averageTargetProgressPercent }\n        edges {\n          node {\n            partnershipId gapId memberStateIso3 donorIso3 category capability status\n            quantity delivered indicator baseline target after measuredOn change\n            targetProgressPercent\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').PartnershipOutcomesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n    query DefaultLanguageFit { languageFitReport { language } }\n  "): typeof import('./graphql').DefaultLanguageFitDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment GapFields on CapabilityGap {\n    id status memberStateIso3 missionCode category capability title quantity unit priority\n    languages neededFrom neededBy source statusReason\n    objective { indicator baseline target }\n    memberState { iso3 name regionName }\n    mission { code name }\n  }\n"): typeof import('./graphql').GapFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment OfferFields on Offer {\n    id status donorIso3 category capabilities title capacity unit costPerUnit budget languages\n    deliveryModes eligible excluded availableFrom availableTo statusReason\n    donor { iso3 name }\n  }\n"): typeof import('./graphql').OfferFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment ProposalFields on Proposal {\n    id runId gapId offerId quantity status statusReason explanation\n    tpccResponse donorResponse tpccRespondedAt donorRespondedAt\n    gap { id status quantity reservedQuantity confirmedQuantity remainingQuantity }\n    offer { id status capacity reservedCapacity confirmedCapacity remainingCapacity }\n    partnership { id quantity deliveredQuantity status }\n  }\n"): typeof import('./graphql').ProposalFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation StartMatchRun($input: StartMatchRunInput) {\n    startMatchRun(input: $input) {\n      id status progress requestedBy jobId weights { priority urgency }\n    }\n  }\n"): typeof import('./graphql').StartMatchRunDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query MatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id status progress phase error requestedBy\n      stats { gaps offers candidatePairs proposals objective covered demand durationMs }\n    }\n  }\n"): typeof import('./graphql').MatchRunDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CreateOpenGap($input: CreateGapInput!) { createGap(input: $input) { id } }\n"): typeof import('./graphql').CreateOpenGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CreateOpenOffer($input: CreateOfferInput!) { createOffer(input: $input) { id } }\n"): typeof import('./graphql').CreateOpenOfferDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query WhatIf($input: WhatIfInput) {\n    whatIf(input: $input) {\n      allocations { gapId offerId hypothetical quantity score explanation breakdown { priority } }\n      unmet { gapId quantity }\n      objective covered demand coverage gaps offers candidatePairs\n    }\n  }\n"): typeof import('./graphql').WhatIfDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
