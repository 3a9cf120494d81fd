import { listOrdering, sortOn } from '@app/common';

import { type MemberState } from './member-state.entity';

export const MEMBER_STATE_ORDERING = listOrdering<MemberState>()(
  'MemberState',
  'state',
  {
    NAME: sortOn('text', 'name', 'Name, A to Z by default'),
    ISO3: sortOn('text', 'iso3', 'ISO3 code, A to Z by default'),
  },
  { property: 'iso3', type: 'text' },
);
