import { listOrdering, SortDirection } from '@app/common';

import { type Offer } from './offer.entity';

/** The orderings of the offers list; every expression is NOT NULL with an (expression, id) index. */
export const OFFER_ORDERING = listOrdering<Offer>()('Offer', {
  fields: {
    CREATED_AT: {
      description: 'When it was posted (default direction DESC: newest first)',
      expression: 'offer.created_at',
      type: 'timestamptz',
      valueOf: (offer) => offer.createdAt.toISOString(),
      defaultDirection: SortDirection.DESC,
    },
    AVAILABLE_FROM: {
      description: 'Start of the availability window (default ASC)',
      expression: 'offer.available_from',
      type: 'date',
      valueOf: (offer) => offer.availableFrom,
      defaultDirection: SortDirection.ASC,
    },
    CAPACITY: {
      description: 'Capacity, in its unit (default DESC)',
      expression: 'offer.capacity',
      type: 'integer',
      valueOf: (offer) => String(offer.capacity),
      defaultDirection: SortDirection.DESC,
    },
    TITLE: {
      description: 'Title, A to Z by default',
      expression: 'offer.title',
      type: 'text',
      valueOf: (offer) => offer.title,
      defaultDirection: SortDirection.ASC,
    },
  },
  defaultOrder: { field: 'CREATED_AT', direction: SortDirection.DESC },
  idColumn: 'offer.id',
  idOf: (offer) => offer.id,
});

export const OfferSortField = OFFER_ORDERING.sortFields;
export type OfferSortField = keyof typeof OFFER_ORDERING.sortFields;
export const OfferOrderBy = OFFER_ORDERING.orderBy;
