import { graphql } from '../graphql/generated';

export const PartnershipsQuery = graphql(`
  query Partnerships($first: Int!, $after: String, $filter: PartnershipFilter) {
    partnerships(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          quantity
          deliveredQuantity
          createdAt
          gap {
            id
            title
            unit
            memberState {
              iso3
              name
            }
          }
          offer {
            id
            title
            donor {
              iso3
              name
            }
          }
        }
      }
    }
  }
`);

export const PartnershipFields = graphql(`
  fragment PartnershipDetail on Partnership {
    id
    status
    quantity
    deliveredQuantity
    indicatorAfter
    indicatorBaseline
    indicatorMeasuredOn
    createdAt
    milestones {
      id
      title
      dueOn
      achievedOn
      note
    }
    gap {
      id
      title
      unit
      memberState {
        iso3
        name
      }
      objective {
        indicator
        baseline
        target
      }
    }
    offer {
      id
      title
      donor {
        iso3
        name
      }
    }
  }
`);

export const PartnershipQuery = graphql(`
  query Partnership($id: ID!) {
    partnership(id: $id) {
      ...PartnershipDetail
    }
  }
`);

export const AddMilestoneMutation = graphql(`
  mutation AddMilestone($input: AddMilestoneInput!) {
    addPartnershipMilestone(input: $input) {
      id
      partnershipId
      title
      dueOn
      achievedOn
      note
    }
  }
`);

export const CompleteMilestoneMutation = graphql(`
  mutation CompleteMilestone($input: CompleteMilestoneInput!) {
    completePartnershipMilestone(input: $input) {
      id
      partnershipId
      title
      dueOn
      achievedOn
      note
    }
  }
`);

export const RecordDeliveryMutation = graphql(`
  mutation RecordDelivery($input: RecordDeliveryInput!) {
    recordPartnershipDelivery(input: $input) {
      ...PartnershipDetail
    }
  }
`);

export const RecordIndicatorMutation = graphql(`
  mutation RecordIndicator($input: RecordIndicatorInput!) {
    recordPartnershipIndicator(input: $input) {
      ...PartnershipDetail
    }
  }
`);
