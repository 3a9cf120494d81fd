import { listOrdering, sortOn } from '@app/common';

import { type Ministerial } from './ministerial.entity';
import { type Pledge } from './pledge.entity';

/** The orderings of the pledges list; each has a (column, id) index. */
export const PLEDGE_ORDERING = listOrdering<Pledge>()('Pledge', 'pledge', {
  CREATED_AT: sortOn(
    'timestamptz',
    'createdAt',
    'When it was recorded (default DESC: newest first)',
  ),
  STATUS_CHANGED_AT: sortOn(
    'timestamptz',
    'statusChangedAt',
    'When its status last changed (default DESC)',
  ),
});

/** Ministerials, by first day. */
export const MINISTERIAL_ORDERING = listOrdering<Ministerial>()('Ministerial', 'ministerial', {
  HELD_ON: sortOn('date', 'heldOn', 'First day (default ASC: the earliest first)'),
});
