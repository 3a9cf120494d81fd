import { graphql } from '../graphql/generated';

/** How another item names an offer: its title and donor (with a link to its page). */
export const OfferSummaryFields = graphql(`
  fragment OfferSummary on Offer {
    id
    title
    donor {
      iso3
      name
    }
  }
`);

export const OffersQuery = graphql(`
  query Offers($first: Int!, $after: String) {
    offers(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...OfferSummary
          category
          status
          capacity
          remainingCapacity
          unit
          availableFrom
          availableTo
        }
      }
    }
  }
`);

/** An offer as its page shows it; an update answers the same, so the page shows the saved offer. */
export const OfferDetailFields = graphql(`
  fragment OfferDetail on Offer {
    ...OfferSummary
    description
    category
    capabilities
    status
    statusReason
    capacity
    usableCapacity
    remainingCapacity
    reservedCapacity
    confirmedCapacity
    unit
    budget
    costPerUnit
    languages
    deliveryModes
    eligible
    excluded
    availableFrom
    availableTo
  }
`);

export const OfferQuery = graphql(`
  query Offer($id: ID!) {
    offer(id: $id) {
      ...OfferDetail
    }
  }
`);

export const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id
      status
    }
  }
`);

export const UpdateOfferMutation = graphql(`
  mutation UpdateOffer($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      ...OfferDetail
    }
  }
`);

export const OpenOfferMutation = graphql(`
  mutation OpenOffer($input: OfferIdInput!) {
    openOffer(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawOfferMutation = graphql(`
  mutation WithdrawOffer($input: WithdrawOfferInput!) {
    withdrawOffer(input: $input) {
      id
      status
      statusReason
    }
  }
`);
