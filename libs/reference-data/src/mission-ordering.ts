import { listOrdering, sortOn } from '@app/common';

import { type Mission } from './mission.entity';

export const MISSION_ORDERING = listOrdering<Mission>()(
  'Mission',
  'mission',
  {
    CODE: sortOn('text', 'code', 'Code, A to Z by default'),
    NAME: sortOn('text', 'name', 'Name, A to Z by default'),
  },
  { property: 'code', type: 'text' },
);
