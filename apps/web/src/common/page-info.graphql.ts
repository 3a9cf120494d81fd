import { graphql } from '../graphql/generated';

/** What every paged list asks of its connection's `pageInfo` to load the next page. */
export const NextPageFields = graphql(`
  fragment NextPage on PageInfo {
    hasNextPage
    endCursor
  }
`);
