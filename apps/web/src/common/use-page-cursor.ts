import { useSearchParams } from 'react-router';

import { type Paging } from './PagedList';

/**
 * The cursor of the page shown, kept in the URL (`?after=`) so a reload or a shared link shows the
 * same page, for lists that have no other state in the URL.
 */
export function usePageCursor(): Paging {
  const [params, setParams] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const goTo = (cursor: string | undefined) => setParams(cursor ? { after: cursor } : {});
  return { after, goTo };
}
