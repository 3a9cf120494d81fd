/** A page of a list as both tiers read it: GraphQL's answer or a service's Connection. */
export interface IdPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

/** Every row's id, `first` at a time, following endCursor from the first page. */
export async function pageThrough(
  read: (first: number, after: string | null) => Promise<IdPage>,
  first: number,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const current = await read(first, after);
    ids.push(...current.edges.map((edge) => edge.node.id));
    if (!current.pageInfo.hasNextPage) return ids;
    after = current.pageInfo.endCursor;
  }
  throw new Error('did not reach the last page');
}
