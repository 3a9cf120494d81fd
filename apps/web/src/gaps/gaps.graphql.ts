import { graphql } from '../graphql/generated';

/** How another item names a gap: its title, unit and member state (with a link to its page). */
export const GapSummaryFields = graphql(`
  fragment GapSummary on CapabilityGap {
    id
    title
    unit
    memberState {
      iso3
      name
    }
  }
`);

export const GapRowFields = graphql(`
  fragment GapRow on CapabilityGap {
    id
    title
    memberStateIso3
    memberState {
      iso3
      name
    }
    missionCode
    category
    capability
    priority
    status
    quantity
    remainingQuantity
    unit
    neededBy
  }
`);

export const GapsQuery = graphql(`
  query Gaps($first: Int!, $after: String, $filter: GapFilter, $orderBy: GapOrderBy) {
    gaps(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...GapRow
        }
      }
    }
  }
`);

export const GapQuery = graphql(`
  query Gap($id: ID!) {
    gap(id: $id) {
      ...GapRow
      description
      unitType
      source
      languages
      neededFrom
      preferredDeliveryModes
      reservedQuantity
      confirmedQuantity
      statusReason
      createdAt
      updatedAt
      mission {
        code
        name
      }
      objective {
        indicator
        baseline
        target
      }
      proposals(first: 20) {
        ...ProposalFields
        offer {
          donorIso3
        }
      }
    }
  }
`);

export const MissionsQuery = graphql(`
  query Missions {
    missions(first: 100) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

export const CreateGapMutation = graphql(`
  mutation CreateGap($input: CreateGapInput!) {
    createGap(input: $input) {
      id
      status
    }
  }
`);

export const UpdateGapMutation = graphql(`
  mutation UpdateGap($input: UpdateGapInput!) {
    updateGap(input: $input) {
      ...GapRow
      description
      unitType
      languages
      neededFrom
      preferredDeliveryModes
      objective {
        indicator
        baseline
        target
      }
    }
  }
`);

export const OpenGapMutation = graphql(`
  mutation OpenGap($input: GapIdInput!) {
    openGap(input: $input) {
      id
      status
    }
  }
`);

export const CancelGapMutation = graphql(`
  mutation CancelGap($input: CancelGapInput!) {
    cancelGap(input: $input) {
      id
      status
      statusReason
    }
  }
`);
