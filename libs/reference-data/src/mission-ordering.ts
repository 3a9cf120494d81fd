import { listOrdering, SortDirection } from '@app/common';

import { type Mission } from './mission.entity';

export const MISSION_ORDERING = listOrdering<Mission>()('Mission', {
  fields: {
    CODE: {
      description: 'Code, A to Z by default',
      expression: 'mission.code',
      type: 'text',
      valueOf: (mission) => mission.code,
      defaultDirection: SortDirection.ASC,
    },
    NAME: {
      description: 'Name, A to Z by default',
      expression: 'mission.name',
      type: 'text',
      valueOf: (mission) => mission.name,
      defaultDirection: SortDirection.ASC,
    },
  },
  defaultOrder: { field: 'CODE', direction: SortDirection.ASC },
  idColumn: 'mission.code',
  idOf: (mission) => mission.code,
  idType: 'text',
});

export const MissionSortField = MISSION_ORDERING.sortFields;
export type MissionSortField = keyof typeof MISSION_ORDERING.sortFields;
export const MissionOrderBy = MISSION_ORDERING.orderBy;
