import { listOrdering, SortDirection, sortOn } from '@app/common';

import { type Offer } from './offer.entity';

/** The orderings of the offers list; every expression is NOT NULL with an (expression, id) index. */
export const OFFER_ORDERING = listOrdering<Offer>()('Offer', {
  fields: {
    CREATED_AT: sortOn(
      'timestamptz',
      'offer.created_at',
      (offer) => offer.createdAt,
      'When it was posted (default direction DESC: newest first)',
    ),
    AVAILABLE_FROM: sortOn(
      'date',
      'offer.available_from',
      (offer) => offer.availableFrom,
      'Start of the availability window (default ASC)',
    ),
    CAPACITY: sortOn(
      'integer',
      'offer.capacity',
      (offer) => offer.capacity,
      'Capacity, in its unit (default DESC)',
    ),
    TITLE: sortOn('text', 'offer.title', (offer) => offer.title, 'Title, A to Z by default'),
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'offer.id',
  idOf: (offer) => offer.id,
});

export const OfferSortField = OFFER_ORDERING.sortFields;
export type OfferSortField = keyof typeof OFFER_ORDERING.sortFields;
export const OfferOrderBy = OFFER_ORDERING.orderBy;
