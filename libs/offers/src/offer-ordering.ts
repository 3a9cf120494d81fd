import { listOrdering, sortOn } from '@app/common';

import { type Offer } from './offer.entity';

/** The orderings of the offers list; every expression is NOT NULL with an (expression, id) index. */
export const OFFER_ORDERING = listOrdering<Offer>()('Offer', 'offer', {
  CREATED_AT: sortOn(
    'timestamptz',
    'createdAt',
    'When it was posted (default direction DESC: newest first)',
  ),
  AVAILABLE_FROM: sortOn('date', 'availableFrom', 'Start of the availability window (default ASC)'),
  CAPACITY: sortOn('integer', 'capacity', 'Capacity, in its unit (default DESC)'),
  TITLE: sortOn('text', 'title', 'Title, A to Z by default'),
});
