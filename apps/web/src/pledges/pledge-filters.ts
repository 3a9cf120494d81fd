import {
  type PledgeFilter,
  type PledgeFlag,
  type PledgeKind,
  type PledgeStatus,
} from '../graphql/generated/graphql';
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

function list<T extends string>(params: URLSearchParams, key: string, allowed?: readonly T[]): T[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return (allowed ? values.filter((value) => allowed.includes(value as T)) : values) as T[];
}

export function readPledgeListState(params: URLSearchParams): PledgeListState {
  return {
    ministerial: list(params, 'ministerial'),
    state: list(params, 'state').map((code) => code.toUpperCase()),
    status: list(params, 'status', PLEDGE_STATUSES),
    kind: list(params, 'kind', PLEDGE_KINDS),
    flag: list(params, 'flag', PLEDGE_FLAGS),
    after: params.get('after') ?? undefined,
  };
}

/** The URL's query of a state; a change of filter starts again at the first page. */
export function writePledgeListState(state: PledgeListState): URLSearchParams {
  const params = new URLSearchParams();
  const lists: [string, string[]][] = [
    ['ministerial', state.ministerial],
    ['state', state.state],
    ['status', state.status],
    ['kind', state.kind],
    ['flag', state.flag],
  ];
  for (const [key, values] of lists) if (values.length) params.set(key, values.join(','));
  if (state.after) params.set('after', state.after);
  return params;
}

export function pledgeFilterOf(state: PledgeListState): PledgeFilter {
  const filter: PledgeFilter = {};
  if (state.ministerial.length) filter.ministerial = state.ministerial;
  if (state.state.length) filter.state = state.state;
  if (state.status.length) filter.status = state.status;
  if (state.kind.length) filter.kind = state.kind;
  if (state.flag.length) filter.flag = state.flag;
  return filter;
}
