import { type DataSource } from 'typeorm';

import { applyOfferFilter, Offer, OfferFilter, OfferPolicy } from '@app/offers';

import { OFFER_COLUMNS } from '../spreadsheet-columns';
import { type ExportKind, templateTable } from './export-kind';
import { type ParamSpec } from './export-params';

// The filter of the GraphQL list as query parameters (the date ranges are not offered).
const OFFER_FILTER: ParamSpec = {
  filter: {
    category: 'codes',
    status: 'codes',
    donor: 'codes',
    capability: 'codes',
    language: 'languages',
    search: 'text',
  },
};

/** /export/offers: the offers the actor's list shows, in the import template's columns. */
export function offersExport(dataSource: DataSource): ExportKind<OfferFilter> {
  return templateTable(dataSource, {
    path: 'offers',
    entity: Offer,
    alias: 'offer',
    policy: OfferPolicy,
    filter: OfferFilter,
    params: OFFER_FILTER,
    applyFilter: (query, filter) => applyOfferFilter(query, filter),
    columns: OFFER_COLUMNS,
  });
}
