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
