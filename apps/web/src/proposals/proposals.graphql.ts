import { graphql } from '../graphql/generated';

export const ProposalsQuery = graphql(`
  query Proposals($first: Int!, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
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
            capability
            deliveryMode
            language
            partnership
            priority
            region
            urgency
          }
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
          partnership {
            id
            status
            quantity
            deliveredQuantity
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
        id
        status
        quantity
        deliveredQuantity
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
