import { type DataSource } from 'typeorm';

import { CapabilityGap, GAP_FILTER, type GapFilter, GapPolicy } from '@app/gaps';

import { GAP_COLUMNS } from '../spreadsheet-columns';
import { type ExportKind, templateTable } from './export-kind';

/** /export/gaps: the gaps the actor's list shows, in the import template's columns. */
export function gapsExport(dataSource: DataSource): ExportKind<GapFilter> {
  return templateTable(dataSource, {
    path: 'gaps',
    entity: CapabilityGap,
    alias: 'gap',
    policy: GapPolicy,
    filter: GAP_FILTER,
    columns: GAP_COLUMNS,
  });
}
