import { listOrdering, SortDirection } from '@app/common';

import { type MemberState } from './member-state.entity';

export const MEMBER_STATE_ORDERING = listOrdering<MemberState>()('MemberState', {
  fields: {
    NAME: {
      description: 'Name, A to Z by default',
      expression: 'state.name',
      type: 'text',
      valueOf: (state) => state.name,
      defaultDirection: SortDirection.ASC,
    },
    ISO3: {
      description: 'ISO3 code, A to Z by default',
      expression: 'state.iso3',
      type: 'text',
      valueOf: (state) => state.iso3,
      defaultDirection: SortDirection.ASC,
    },
  },
  defaultOrder: { field: 'NAME', direction: SortDirection.ASC },
  idColumn: 'state.iso3',
  idOf: (state) => state.iso3,
  idType: 'text',
});

export const MemberStateSortField = MEMBER_STATE_ORDERING.sortFields;
export type MemberStateSortField = keyof typeof MEMBER_STATE_ORDERING.sortFields;
export const MemberStateOrderBy = MEMBER_STATE_ORDERING.orderBy;
