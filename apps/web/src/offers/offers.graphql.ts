import { graphql } from '../graphql/generated';

export const OffersQuery = graphql(`
  query Offers($first: Int!, $after: String) {
    offers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          donor {
            iso3
            name
          }
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

export const OfferQuery = graphql(`
  query Offer($id: ID!) {
    offer(id: $id) {
      id
      title
      description
      donor {
        iso3
        name
      }
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
      id
      title
      description
      category
      capabilities
      status
      capacity
      remainingCapacity
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
