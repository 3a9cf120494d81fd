import {
  type PledgeFilter,
  type PledgeFlag,
  type PledgeKind,
  type PledgeStatus,
} from '../graphql/generated/graphql';
import { listParam, nonEmptyLists, setListParams } from '../common/list-params';
import { PLEDGE_FLAGS, PLEDGE_KINDS, PLEDGE_STATUSES } from './pledge-enums';

/** The pledge register's state, all of it in the URL so a link shows the same page. */
export interface PledgeListState {
  ministerial: string[];
  state: string[];
  status: PledgeStatus[];
  kind: PledgeKind[];
  flag: PledgeFlag[];
  after?: string;
}

export function readPledgeListState(params: URLSearchParams): PledgeListState {
  return {
    ministerial: listParam(params, 'ministerial'),
    state: listParam(params, 'state').map((code) => code.toUpperCase()),
    status: listParam(params, 'status', PLEDGE_STATUSES),
    kind: listParam(params, 'kind', PLEDGE_KINDS),
    flag: listParam(params, 'flag', PLEDGE_FLAGS),
    after: params.get('after') ?? undefined,
  };
}

/** The URL's query of a state; a change of filter starts again at the first page. */
export function writePledgeListState(state: PledgeListState): URLSearchParams {
  const params = new URLSearchParams();
  setListParams(params, [
    ['ministerial', state.ministerial],
    ['state', state.state],
    ['status', state.status],
    ['kind', state.kind],
    ['flag', state.flag],
  ]);
  if (state.after) params.set('after', state.after);
  return params;
}

export function pledgeFilterOf(state: PledgeListState): PledgeFilter {
  return nonEmptyLists(state, ['ministerial', 'state', 'status', 'kind', 'flag']);
}
