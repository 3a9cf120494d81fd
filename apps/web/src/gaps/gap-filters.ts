import {
  type Category,
  type GapFilter,
  type GapOrderBy,
  type GapSortField,
  type GapStatus,
  type Priority,
  type SortDirection,
} from '../graphql/generated/graphql';
import { listParam, nonEmptyLists, setListParams } from '../common/list-params';
import { CATEGORIES, GAP_SORT_FIELDS, GAP_STATUSES, PRIORITIES } from '../common/enums';

/** The register's state, all of it in the URL so a link shows the same page to a colleague. */
export interface GapListState {
  search: string;
  status: GapStatus[];
  priority: Priority[];
  category: Category[];
  memberState: string[];
  mission: string[];
  capability: string[];
  language: string[];
  sort: GapSortField;
  direction?: SortDirection;
  size: number;
  after?: string;
}

export const PAGE_SIZES = [20, 50, 100];
const DEFAULT_SIZE = 50;

export function readGapListState(params: URLSearchParams): GapListState {
  const sort = params.get('sort') as GapSortField | null;
  const direction = params.get('dir');
  const size = Number(params.get('size'));
  return {
    search: params.get('q') ?? '',
    status: listParam(params, 'status', GAP_STATUSES),
    priority: listParam(params, 'priority', PRIORITIES),
    category: listParam(params, 'category', CATEGORIES),
    memberState: listParam(params, 'tpcc').map((code) => code.toUpperCase()),
    mission: listParam(params, 'mission').map((code) => code.toUpperCase()),
    capability: listParam(params, 'capability').map((code) => code.toUpperCase()),
    language: listParam(params, 'language').map((code) => code.toLowerCase()),
    sort: sort && GAP_SORT_FIELDS.includes(sort) ? sort : 'CREATED_AT',
    direction: direction === 'ASC' || direction === 'DESC' ? direction : undefined,
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE,
    after: params.get('after') ?? undefined,
  };
}

/** The URL's query of a state; a change of filter or sort starts again at the first page. */
export function writeGapListState(state: GapListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  setListParams(params, [
    ['status', state.status],
    ['priority', state.priority],
    ['category', state.category],
    ['tpcc', state.memberState],
    ['mission', state.mission],
    ['capability', state.capability],
    ['language', state.language],
  ]);
  if (state.sort !== 'CREATED_AT') params.set('sort', state.sort);
  if (state.direction) params.set('dir', state.direction);
  if (state.size !== DEFAULT_SIZE) params.set('size', String(state.size));
  if (state.after) params.set('after', state.after);
  return params;
}

export function gapFilterOf(state: GapListState): GapFilter {
  const filter: GapFilter = nonEmptyLists(state, [
    'status',
    'priority',
    'category',
    'memberState',
    'mission',
    'capability',
    'language',
  ]);
  // The API takes a search of at least 2 characters.
  if (state.search.trim().length >= 2) filter.search = state.search.trim();
  return filter;
}

export function gapOrderOf(state: GapListState): GapOrderBy {
  return { field: state.sort, ...(state.direction ? { direction: state.direction } : {}) };
}
