import { type DataSource } from 'typeorm';

import { applyGapFilter, CapabilityGap, GapFilter, GapPolicy } from '@app/gaps';

import { GAP_COLUMNS } from '../spreadsheet-columns';
import { type ExportKind, templateTable } from './export-kind';
import { type ParamSpec } from './export-params';

// The filter of the GraphQL list as query parameters (the date ranges are not offered).
const GAP_FILTER: ParamSpec = {
  filter: {
    category: 'codes',
    status: 'codes',
    priority: 'codes',
    memberState: 'codes',
    mission: 'codes',
    capability: 'codes',
    region: 'ids',
    language: 'languages',
    search: 'text',
  },
};

/** /export/gaps: the gaps the actor's list shows, in the import template's columns. */
export function gapsExport(dataSource: DataSource): ExportKind<GapFilter> {
  return templateTable(dataSource, {
    path: 'gaps',
    entity: CapabilityGap,
    alias: 'gap',
    policy: GapPolicy,
    filter: GapFilter,
    params: GAP_FILTER,
    applyFilter: (query, filter) => applyGapFilter(query, filter),
    columns: GAP_COLUMNS,
  });
}
