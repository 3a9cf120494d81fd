import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

import {
  type Category,
  type DeliveryMode,
  type GapSource,
  type Priority,
  type QuantityUnit,
} from '@app/domain';

import { type DemoGap, type DemoOffer } from './demo-data.types';

/**
 * The demo gaps and offers are CSV files in the import templates' format (libs/demo-data/data),
 * importable as they are. Their dates are written for this day; seeding moves every date by the
 * days from it to the seeding day, so the demo never goes stale.
 */
export const DEMO_ANCHOR_DAY = '2027-01-01';

const DAY_MS = 86_400_000;
const DATE_COLUMNS = ['neededFrom', 'neededBy', 'availableFrom', 'availableTo'];

/** The data folder beside the sources (development, tests) or, once built, in the repository. */
function dataFolder(): string {
  const candidates = [
    join(__dirname, '..', 'data'),
    join(__dirname, '..', '..', '..', '..', 'libs', 'demo-data', 'data'),
  ];
  const found = candidates.find((folder) => existsSync(join(folder, 'demo-gaps.csv')));
  if (!found) throw new Error(`The demo data files are not in ${candidates.join(' or ')}`);
  return found;
}

export type DemoKind = 'gaps' | 'offers';

function demoFile(kind: DemoKind): string {
  return readFileSync(join(dataFolder(), `demo-${kind}.csv`), 'utf8');
}

function rowsOf(kind: DemoKind): Record<string, string>[] {
  return parse(demoFile(kind), { columns: true, skip_empty_lines: true });
}

const list = (cell: string): string[] => (cell === '' ? [] : cell.split(';'));
const daysFromAnchor = (day: string): number =>
  Math.round((Date.parse(day) - Date.parse(DEMO_ANCHOR_DAY)) / DAY_MS);
const numberOrNull = (cell: string): number | null => (cell === '' ? null : Number(cell));

/** The demo gaps, read from their file (dates as days from the anchor day). */
export function readDemoGaps(): DemoGap[] {
  return rowsOf('gaps').map((row) => ({
    key: row.externalRef,
    memberState: row.memberState,
    mission: row.mission || null,
    unitType: row.unitType || null,
    category: row.category as Category,
    capability: row.capability,
    title: row.title,
    description: row.description,
    quantity: Number(row.quantity),
    unit: row.unit as QuantityUnit,
    priority: row.priority as Priority,
    languages: list(row.languages),
    preferredDeliveryModes: list(row.preferredDeliveryModes) as DeliveryMode[],
    neededFromDays: daysFromAnchor(row.neededFrom),
    neededByDays: daysFromAnchor(row.neededBy),
    objective: {
      indicator: row.objectiveIndicator,
      baseline: Number(row.objectiveBaseline),
      target: Number(row.objectiveTarget),
    },
    source: row.source as GapSource,
    open: row.open === 'true',
  }));
}

/** The demo offers, read from their file (dates as days from the anchor day). */
export function readDemoOffers(): DemoOffer[] {
  return rowsOf('offers').map((row) => ({
    key: row.externalRef,
    donor: row.donor,
    category: row.category as Category,
    capabilities: list(row.capabilities),
    title: row.title,
    description: row.description,
    capacity: Number(row.capacity),
    unit: row.unit as QuantityUnit,
    costPerUnit: numberOrNull(row.costPerUnit),
    budget: numberOrNull(row.budget),
    languages: list(row.languages),
    deliveryModes: list(row.deliveryModes) as DeliveryMode[],
    eligible: list(row.eligible),
    excluded: list(row.excluded),
    availableFromDays: daysFromAnchor(row.availableFrom),
    availableToDays: daysFromAnchor(row.availableTo),
    open: row.open === 'true',
  }));
}

/** A demo file with every date moved from the anchor day to `today` (YYYY-MM-DD), as CSV. */
export function demoFileFor(kind: DemoKind, today: string): Buffer {
  const shift = daysFromAnchor(today);
  const rows = rowsOf(kind).map((row) => {
    const moved = { ...row };
    for (const column of DATE_COLUMNS) {
      if (moved[column])
        moved[column] = new Date(Date.parse(moved[column]) + shift * DAY_MS)
          .toISOString()
          .slice(0, 10);
    }
    return moved;
  });
  return Buffer.from(stringify(rows, { header: true, columns: Object.keys(rows[0]) }));
}
