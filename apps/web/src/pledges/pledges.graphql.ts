import { graphql } from '../graphql/generated';

/** One step of a pledge's status history: who moved it, when, from what to what and why. */
export const PledgeStatusChangeFields = graphql(`
  fragment PledgeStatusChangeFields on PledgeStatusChange {
    id
    changedAt
    fromStatus
    toStatus
    reason
    actorEmail
    actorRole
    actorMemberState
  }
`);

/** A follow-up row's counts: of one state's pledges, or of all (the totals). */
export const PledgeFollowUpFigures = graphql(`
  fragment PledgeFollowUpFigures on PledgeFollowUpRow {
    led
    joined
    pledges
    announced
    committed
    inProgress
    fulfilled
    withdrawn
    nothingLinked
    linkedOffersExpired
  }
`);

/** What the pages show of a Ministerial itself. */
export const MinisterialFields = graphql(`
  fragment MinisterialFields on Ministerial {
    id
    code
    name
    city
    heldOn
    endsOn
    hostCountryIso3
  }
`);

export const PledgeRowFields = graphql(`
  fragment PledgeRow on Pledge {
    id
    ministerialId
    ministerial {
      id
      code
      city
      heldOn
    }
    leadIso3
    memberIso3s
    joint
    kind
    category
    capability
    textEn
    textFr
    quantity
    unit
    status
    statusChangedAt
    flags
    fulfilment {
      linkedOffers
      partnerships
      committedQuantity
      deliveredQuantity
      percent
    }
  }
`);

export const PledgesQuery = graphql(`
  query Pledges($first: Int!, $after: String, $filter: PledgeFilter) {
    pledges(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...PledgeRow
        }
      }
    }
  }
`);

export const MinisterialsQuery = graphql(`
  query Ministerials {
    ministerials(first: 100) {
      edges {
        node {
          ...MinisterialFields
        }
      }
    }
  }
`);

export const PledgeQuery = graphql(`
  query Pledge($id: ID!) {
    pledge(id: $id) {
      ...PledgeRow
      statusReason
      nextStatuses
      createdAt
      statusHistory {
        ...PledgeStatusChangeFields
      }
      offers {
        id
        title
        donorIso3
        status
        capacity
        unit
        availableTo
        proposals(first: 50, status: [CONFIRMED]) {
          id
          partnership {
            ...PartnershipSummary
            gap {
              id
              title
              memberStateIso3
            }
          }
        }
      }
    }
  }
`);

/** Offers of the pledge's states the user may see, for linking. */
export const LinkableOffersQuery = graphql(`
  query LinkableOffers($donor: [String!]) {
    offers(first: 100, filter: { donor: $donor }) {
      edges {
        node {
          id
          title
          donorIso3
          status
          category
        }
      }
    }
  }
`);

export const CreatePledgeMutation = graphql(`
  mutation CreatePledge($input: CreatePledgeInput!) {
    createPledge(input: $input) {
      id
      status
    }
  }
`);

export const ChangePledgeStatusMutation = graphql(`
  mutation ChangePledgeStatus($input: ChangePledgeStatusInput!) {
    changePledgeStatus(input: $input) {
      id
      status
      statusReason
      statusChangedAt
      nextStatuses
      flags
      statusHistory {
        ...PledgeStatusChangeFields
      }
    }
  }
`);

export const LinkPledgeOfferMutation = graphql(`
  mutation LinkPledgeOffer($input: PledgeOfferInput!) {
    linkPledgeOffer(input: $input) {
      id
    }
  }
`);

export const UnlinkPledgeOfferMutation = graphql(`
  mutation UnlinkPledgeOffer($input: PledgeOfferInput!) {
    unlinkPledgeOffer(input: $input) {
      id
    }
  }
`);

export const MinisterialReportQuery = graphql(`
  query MinisterialReport($id: ID!, $filter: PledgeReportFilter!, $reports: Boolean!) {
    ministerial(id: $id) {
      ...MinisterialFields
      requirements {
        id
        category
        capability
        missionCode
        quantity
        unit
        description
      }
    }
    pledgeRequirementsReport(filter: $filter) @include(if: $reports) {
      ministerial {
        id
      }
      requirementLines
      unfilledLines
      pledges
      rows {
        category
        capability
        unit
        requirementLines
        required
        pledges
        pledged
        committed
        delivered
        shortfall
        coveredPercent
        fulfilledPercent
        unfilled
      }
    }
    pledgeFollowUpReport(filter: $filter) @include(if: $reports) {
      rows {
        stateIso3
        ...PledgeFollowUpFigures
      }
      totals {
        ...PledgeFollowUpFigures
      }
    }
  }
`);

export const AddRequirementMutation = graphql(`
  mutation AddMinisterialRequirement($input: AddMinisterialRequirementInput!) {
    addMinisterialRequirement(input: $input) {
      id
    }
  }
`);

export const RemoveRequirementMutation = graphql(`
  mutation RemoveMinisterialRequirement($input: MinisterialRequirementIdInput!) {
    removeMinisterialRequirement(input: $input) {
      id
    }
  }
`);

export const PublicPledgeSummaryQuery = graphql(`
  query PublicPledgeSummary {
    publicPledgeSummary {
      ministerialCode
      city
      heldOn
      category
      pledges
      fulfilledPledges
      withdrawnPledges
      pledgingStates
      quantities {
        unit
        required
        pledged
        delivered
        coveredPercent
        fulfilledPercent
      }
    }
  }
`);
