/**
 * Writes templates/{gaps,offers,ministerial-requirements}-template.{csv,xlsx}: the import columns and one example row.
 * Run with `npm run templates` after changing the columns.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

import {
  GAP_COLUMNS,
  OFFER_COLUMNS,
  REQUIREMENT_COLUMNS,
  SpreadsheetFormat,
  spreadsheetWriter,
  type Column,
} from '@app/spreadsheets';

type Template = 'gaps' | 'offers' | 'ministerial-requirements';

const EXAMPLES: Record<Template, Record<string, string | number | boolean>> = {
  gaps: {
    externalRef: 'RWA-2027-001',
    memberState: 'RWA',
    mission: 'MINUSCA',
    unitType: 'Infantry battalion',
    category: 'MEDICAL',
    capability: 'CASEVAC',
    title: 'CASEVAC teams for company operating bases',
    description: 'Two company bases lack trained casualty evacuation teams.',
    quantity: 40,
    unit: 'TRAINEES',
    priority: 'HIGH',
    languages: 'fr;en',
    preferredDeliveryModes: 'IN_COUNTRY;MOBILE_TEAM',
    neededFrom: '2027-01-15',
    neededBy: '2027-06-30',
    objectiveIndicator: '% of patrols with a certified CASEVAC team',
    objectiveBaseline: 30,
    objectiveTarget: 90,
    source: 'PCRS_ASSESSMENT',
    open: true,
  },
  offers: {
    externalRef: 'USA-2027-001',
    donor: 'USA',
    category: 'MEDICAL',
    capabilities: 'CASEVAC;COMBAT_LIFESAVER',
    title: 'Combat lifesaver and CASEVAC training',
    description: 'Mobile training teams deliver certified courses.',
    capacity: 120,
    unit: 'TRAINEES',
    costPerUnit: 1500,
    budget: 150000,
    languages: 'en;fr',
    deliveryModes: 'MOBILE_TEAM;IN_COUNTRY',
    eligible: '002',
    excluded: '',
    availableFrom: '2027-01-01',
    availableTo: '2027-12-31',
    open: true,
  },
  'ministerial-requirements': {
    externalRef: 'BERLIN_2025-REQ-001',
    ministerial: 'BERLIN_2025',
    category: 'MEDICAL',
    capability: 'CASEVAC',
    mission: 'MINUSCA',
    quantity: 60,
    unit: 'TRAINEES',
    description: 'Casualty evacuation specialists for company operating bases',
  },
};

async function write<E>(name: Template, columns: readonly Column<E>[]): Promise<void> {
  const headers = columns.filter((column) => column.input).map((column) => column.name);
  for (const format of [SpreadsheetFormat.CSV, SpreadsheetFormat.XLSX]) {
    const path = join(__dirname, '../../../templates', `${name}-template.${format}`);
    const writer = spreadsheetWriter(format, createWriteStream(path), headers, name);
    await writer.write(headers.map((header) => EXAMPLES[name][header] ?? ''));
    await writer.end();
    process.stdout.write(`wrote ${path}\n`);
  }
}

async function main(): Promise<void> {
  await write('gaps', GAP_COLUMNS);
  await write('offers', OFFER_COLUMNS);
  await write('ministerial-requirements', REQUIREMENT_COLUMNS);
}

void main();
