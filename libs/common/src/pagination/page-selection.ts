import { type GraphQLResolveInfo } from 'graphql';

import { selectedFields } from '../graphql/selected-fields';

/** What a query asks of a page (a connection): its nodes' fields and whether its count. */
export interface PageSelection {
  /** The GraphQL fields asked of each node (selectedFields); null: all of them. */
  nodeFields: readonly string[] | null;
  /** Whether `totalCount` is asked: the page and its count are then read in one statement. */
  totalCount: boolean;
}

/** Everything (a caller without a GraphQL query: jobs, the CLI, tests); the count when read. */
export const WHOLE_PAGE: PageSelection = { nodeFields: null, totalCount: false };

/** What the connection field being resolved is asked. */
export function pageSelection(info: GraphQLResolveInfo): PageSelection {
  return {
    nodeFields: selectedFields(info, ['edges', 'node']),
    totalCount: selectedFields(info)?.includes('totalCount') ?? false,
  };
}
