import { graphql } from '../graphql/generated';

/** The score's part from each criterion, as the score chart draws it. */
export const ScoreBreakdownFields = graphql(`
  fragment ScoreBreakdownFields on ScoreBreakdown {
    capability
    deliveryMode
    language
    partnership
    priority
    region
    urgency
  }
`);

/** A proposal as its card shows it, on the proposals page and on its gap's page. */
export const ProposalFields = graphql(`
  fragment ProposalFields on Proposal {
    id
    quantity
    score
    status
    statusReason
    explanation
    duplicationWarning {
      ...DuplicationWarningFields
    }
    donorResponse
    tpccResponse
    createdAt
    breakdown {
      ...ScoreBreakdownFields
    }
    offer {
      ...OfferSummary
    }
    partnership {
      ...PartnershipSummary
    }
  }
`);

export const ProposalsQuery = graphql(`
  query Proposals($first: Int!, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...ProposalFields
          gap {
            ...GapSummary
          }
        }
      }
    }
  }
`);

export const AcceptProposalMutation = graphql(`
  mutation AcceptProposal($input: AcceptProposalInput!) {
    acceptProposal(input: $input) {
      id
      status
      donorResponse
      tpccResponse
      partnership {
        ...PartnershipSummary
      }
    }
  }
`);

export const DeclineProposalMutation = graphql(`
  mutation DeclineProposal($input: DeclineProposalInput!) {
    declineProposal(input: $input) {
      id
      status
      statusReason
      donorResponse
      tpccResponse
    }
  }
`);
