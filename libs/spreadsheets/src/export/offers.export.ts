import { type DataSource } from 'typeorm';

import { Offer, OFFER_FILTER, type OfferFilter, OfferPolicy } from '@app/offers';

import { OFFER_COLUMNS } from '../spreadsheet-columns';
import { type ExportKind, templateTable } from './export-kind';

/** /export/offers: the offers the actor's list shows, in the import template's columns. */
export function offersExport(dataSource: DataSource): ExportKind<OfferFilter> {
  return templateTable(dataSource, {
    path: 'offers',
    entity: Offer,
    alias: 'offer',
    policy: OfferPolicy,
    filter: OFFER_FILTER,
    columns: OFFER_COLUMNS,
  });
}
