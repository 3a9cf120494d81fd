import { listOrdering, SortDirection, sortOn } from '@app/common';

import { type Mission } from './mission.entity';

export const MISSION_ORDERING = listOrdering<Mission>()('Mission', {
  fields: {
    CODE: sortOn('text', 'mission.code', (mission) => mission.code, 'Code, A to Z by default'),
    NAME: sortOn('text', 'mission.name', (mission) => mission.name, 'Name, A to Z by default'),
  },
  defaultOrder: { field: 'CODE', direction: SortDirection.ASC },
  idColumn: 'mission.code',
  idOf: (mission) => mission.code,
  idType: 'text',
});

export const MissionSortField = MISSION_ORDERING.sortFields;
export type MissionSortField = keyof typeof MISSION_ORDERING.sortFields;
export const MissionOrderBy = MISSION_ORDERING.orderBy;
