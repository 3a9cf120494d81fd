import { listOrdering, SortDirection, sortOn } from '@app/common';

import { type MemberState } from './member-state.entity';

export const MEMBER_STATE_ORDERING = listOrdering<MemberState>()('MemberState', {
  fields: {
    NAME: sortOn('text', 'state.name', (state) => state.name, 'Name, A to Z by default'),
    ISO3: sortOn('text', 'state.iso3', (state) => state.iso3, 'ISO3 code, A to Z by default'),
  },
  defaultOrder: { field: 'NAME', direction: SortDirection.ASC },
  idColumn: 'state.iso3',
  idOf: (state) => state.iso3,
  idType: 'text',
});

export const MemberStateSortField = MEMBER_STATE_ORDERING.sortFields;
export type MemberStateSortField = keyof typeof MEMBER_STATE_ORDERING.sortFields;
export const MemberStateOrderBy = MEMBER_STATE_ORDERING.orderBy;
