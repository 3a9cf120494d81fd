import { graphql } from '../graphql/generated';

/** A partnership as a proposal or a pledge shows it: its state and how much is delivered. */
export const PartnershipSummaryFields = graphql(`
  fragment PartnershipSummary on Partnership {
    id
    status
    quantity
    deliveredQuantity
  }
`);

export const MilestoneFields = graphql(`
  fragment MilestoneFields on PartnershipMilestone {
    id
    partnershipId
    title
    dueOn
    achievedOn
    note
  }
`);

export const PartnershipsQuery = graphql(`
  query Partnerships($first: Int!, $after: String, $filter: PartnershipFilter) {
    partnerships(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...PartnershipSummary
          createdAt
          gap {
            ...GapSummary
          }
          offer {
            ...OfferSummary
          }
        }
      }
    }
  }
`);

export const PartnershipFields = graphql(`
  fragment PartnershipDetail on Partnership {
    ...PartnershipSummary
    indicatorAfter
    indicatorBaseline
    indicatorMeasuredOn
    createdAt
    milestones {
      ...MilestoneFields
    }
    gap {
      ...GapSummary
      objective {
        indicator
        baseline
        target
      }
    }
    offer {
      ...OfferSummary
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
      ...MilestoneFields
    }
  }
`);

export const CompleteMilestoneMutation = graphql(`
  mutation CompleteMilestone($input: CompleteMilestoneInput!) {
    completePartnershipMilestone(input: $input) {
      ...MilestoneFields
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
