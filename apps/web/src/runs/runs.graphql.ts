import { graphql } from '../graphql/generated';

export const MatchRunFields = graphql(`
  fragment MatchRunFields on MatchRun {
    id
    status
    progress
    phase
    error
    requestedBy
    createdAt
    startedAt
    finishedAt
    weights {
      capability
      deliveryMode
      language
      partnership
      priority
      region
      urgency
    }
    stats {
      gaps
      offers
      candidatePairs
      proposals
      demand
      covered
      objective
      durationMs
    }
  }
`);

export const MatchRunsQuery = graphql(`
  query MatchRuns($first: Int!, $after: String) {
    matchRuns(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...MatchRunFields
        }
      }
    }
  }
`);

export const MatchRunQuery = graphql(`
  query MatchRun($id: ID!) {
    matchRun(id: $id) {
      ...MatchRunFields
    }
  }
`);

export const RunProposalsQuery = graphql(`
  query RunProposals($run: ID!) {
    proposals(first: 100, filter: { run: [$run] }) {
      totalCount
      edges {
        node {
          id
          quantity
          score
          status
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

export const StartMatchRunMutation = graphql(`
  mutation StartMatchRun($input: StartMatchRunInput) {
    startMatchRun(input: $input) {
      ...MatchRunFields
    }
  }
`);

export const CancelMatchRunMutation = graphql(`
  mutation CancelMatchRun($input: CancelMatchRunInput!) {
    cancelMatchRun(input: $input) {
      ...MatchRunFields
    }
  }
`);

export const MatchRunUpdatedSubscription = graphql(`
  subscription MatchRunUpdated($id: ID!) {
    matchRunUpdated(id: $id) {
      ...MatchRunFields
    }
  }
`);

export const MatchRunsUpdatedSubscription = graphql(`
  subscription MatchRunsUpdated {
    matchRunsUpdated {
      ...MatchRunFields
    }
  }
`);

export const WhatIfQuery = graphql(`
  query WhatIf($input: WhatIfInput) {
    whatIf(input: $input) {
      gaps
      offers
      candidatePairs
      demand
      covered
      coverage
      objective
      allocations {
        gapId
        offerId
        hypothetical
        quantity
        score
        explanation
      }
      unmet {
        gapId
        quantity
      }
    }
  }
`);

export const GapTitleQuery = graphql(`
  query GapTitle($id: ID!) {
    gap(id: $id) {
      ...GapSummary
    }
  }
`);

export const OfferTitleQuery = graphql(`
  query OfferTitle($id: ID!) {
    offer(id: $id) {
      ...OfferSummary
    }
  }
`);
