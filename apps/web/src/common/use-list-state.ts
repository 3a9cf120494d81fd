import { useSearchParams } from 'react-router';

import { type Paging } from './PagedList';

/**
 * A filtered register's state, all of it in the URL (read and written by the register's own
 * functions). A change of filter or order starts again at the first page; paging keeps the rest.
 */
export function useListState<State extends { after?: string }>(
  read: (params: URLSearchParams) => State,
  write: (state: State) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const state = read(params);
  const update = (change: Partial<State>, keepPage = false) =>
    setParams(write({ ...state, ...change, after: keepPage ? change.after : undefined }));
  const reset = () => setParams(new URLSearchParams());
  const paging: Paging = {
    after: state.after,
    goTo: (after) => update({ after } as Partial<State>, true),
  };
  return { state, update, reset, paging };
}
