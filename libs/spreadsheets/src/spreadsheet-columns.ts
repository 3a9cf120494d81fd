import { type CapabilityGap, type CreateGapInput } from '@app/gaps';
import { type CreateOfferInput, type Offer } from '@app/offers';
import { GapStatus, OfferStatus } from '@app/domain';
import { type ImportMinisterialRequirementInput, type MinisterialRequirement } from '@app/pledges';

/** A cell as read from a file: text, or nothing. */
export type Cell = string | undefined;

/**
 * One column of an import or export file. `input` names the field of the create input (a path,
 * `objective.indicator`), `read` turns the cell into that field's value (left for class-validator
 * to judge when it does not parse), `write` gives the exported cell of an entity.
 */
export interface Column<E> {
  name: string;
  input?: string;
  /** Throws UnreadableCell when the cell is not of the column's type. */
  read?: (cell: string) => unknown;
  write: (entity: E) => string | number | boolean | null;
}

/**
 * A cell that does not read as its column's type: `expected` says what it should be, `rule`
 * names it for a client (ImportRowError.rule).
 */
export class UnreadableCell extends Error {
  constructor(
    readonly expected: string,
    readonly rule: 'wholeNumber' | 'number' | 'trueOrFalse',
  ) {
    super(expected);
  }
}

/** A list cell: values separated by `;` (or `,`), e.g. `fr;en`. */
const list = (cell: string): string[] =>
  cell
    .split(/[;,]/)
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
const integer = (cell: string): number => {
  if (!/^[+-]?\d+$/.test(cell)) throw new UnreadableCell('a whole number', 'wholeNumber');
  return Number(cell);
};
const decimal = (cell: string): number => {
  if (!Number.isFinite(Number(cell))) throw new UnreadableCell('a number', 'number');
  return Number(cell);
};
const boolean = (cell: string): boolean => {
  const value = cell.toLowerCase();
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new UnreadableCell('true or false', 'trueOrFalse');
};
const joined = (values: readonly string[]): string => values.join(';');

/** Gaps exported with open=true: the published ones, which an import opens again. */
const PUBLISHED_GAPS: readonly GapStatus[] = [
  GapStatus.OPEN,
  GapStatus.PARTIALLY_MATCHED,
  GapStatus.MATCHED,
  GapStatus.CLOSED,
];
const PUBLISHED_OFFERS: readonly OfferStatus[] = [
  OfferStatus.OPEN,
  OfferStatus.PARTIALLY_ALLOCATED,
  OfferStatus.FULLY_ALLOCATED,
];

/** The reference an export writes: the row's own, else its id (so a re-import skips it). */
const referenceOf = (entity: { externalRef: string | null; id: string }) =>
  entity.externalRef ?? entity.id;

export const GAP_COLUMNS: Column<CapabilityGap>[] = [
  { name: 'externalRef', input: 'externalRef', write: referenceOf },
  { name: 'memberState', input: 'memberState', write: (g) => g.memberStateIso3 },
  { name: 'mission', input: 'mission', write: (g) => g.missionCode },
  { name: 'unitType', input: 'unitType', write: (g) => g.unitType },
  { name: 'category', input: 'category', write: (g) => g.category },
  { name: 'capability', input: 'capability', write: (g) => g.capability },
  { name: 'title', input: 'title', write: (g) => g.title },
  { name: 'description', input: 'description', write: (g) => g.description },
  { name: 'quantity', input: 'quantity', read: integer, write: (g) => g.quantity },
  { name: 'unit', input: 'unit', write: (g) => g.unit },
  { name: 'priority', input: 'priority', write: (g) => g.priority },
  { name: 'languages', input: 'languages', read: list, write: (g) => joined(g.languages) },
  {
    name: 'preferredDeliveryModes',
    input: 'preferredDeliveryModes',
    read: list,
    write: (g) => joined(g.preferredDeliveryModes),
  },
  { name: 'neededFrom', input: 'neededFrom', write: (g) => g.neededFrom },
  { name: 'neededBy', input: 'neededBy', write: (g) => g.neededBy },
  {
    name: 'objectiveIndicator',
    input: 'objective.indicator',
    write: (g) => g.objective.indicator,
  },
  {
    name: 'objectiveBaseline',
    input: 'objective.baseline',
    read: decimal,
    write: (g) => g.objective.baseline,
  },
  {
    name: 'objectiveTarget',
    input: 'objective.target',
    read: decimal,
    write: (g) => g.objective.target,
  },
  { name: 'source', input: 'source', write: (g) => g.source },
  {
    name: 'open',
    input: 'open',
    read: boolean,
    write: (g) => PUBLISHED_GAPS.includes(g.status),
  },
  // Read-only: exported for reading, ignored by an import.
  { name: 'id', write: (g) => g.id },
  { name: 'status', write: (g) => g.status },
  { name: 'reservedQuantity', write: (g) => g.reservedQuantity },
  { name: 'confirmedQuantity', write: (g) => g.confirmedQuantity },
  { name: 'createdAt', write: (g) => g.createdAt.toISOString() },
];

export const OFFER_COLUMNS: Column<Offer>[] = [
  { name: 'externalRef', input: 'externalRef', write: referenceOf },
  { name: 'donor', input: 'donor', write: (o) => o.donorIso3 },
  { name: 'category', input: 'category', write: (o) => o.category },
  {
    name: 'capabilities',
    input: 'capabilities',
    read: list,
    write: (o) => joined(o.capabilities),
  },
  { name: 'title', input: 'title', write: (o) => o.title },
  { name: 'description', input: 'description', write: (o) => o.description },
  { name: 'capacity', input: 'capacity', read: integer, write: (o) => o.capacity },
  { name: 'unit', input: 'unit', write: (o) => o.unit },
  { name: 'costPerUnit', input: 'costPerUnit', read: decimal, write: (o) => o.costPerUnit },
  { name: 'budget', input: 'budget', read: decimal, write: (o) => o.budget },
  { name: 'languages', input: 'languages', read: list, write: (o) => joined(o.languages) },
  {
    name: 'deliveryModes',
    input: 'deliveryModes',
    read: list,
    write: (o) => joined(o.deliveryModes),
  },
  { name: 'eligible', input: 'eligible', read: list, write: (o) => joined(o.eligible) },
  { name: 'excluded', input: 'excluded', read: list, write: (o) => joined(o.excluded) },
  { name: 'availableFrom', input: 'availableFrom', write: (o) => o.availableFrom },
  { name: 'availableTo', input: 'availableTo', write: (o) => o.availableTo },
  {
    name: 'open',
    input: 'open',
    read: boolean,
    write: (o) => PUBLISHED_OFFERS.includes(o.status),
  },
  { name: 'id', write: (o) => o.id },
  { name: 'status', write: (o) => o.status },
  { name: 'reservedCapacity', write: (o) => o.reservedCapacity },
  { name: 'confirmedCapacity', write: (o) => o.confirmedCapacity },
  { name: 'createdAt', write: (o) => o.createdAt.toISOString() },
];

/**
 * A requirement list file: the Ministerial by code, then the fields of
 * addMinisterialRequirement. `mission` empty: any mission.
 */
export const REQUIREMENT_COLUMNS: Column<MinisterialRequirement>[] = [
  { name: 'externalRef', input: 'externalRef', write: referenceOf },
  {
    name: 'ministerial',
    input: 'ministerial',
    write: (r) => r.ministerial?.code ?? r.ministerialId,
  },
  { name: 'category', input: 'category', write: (r) => r.category },
  { name: 'capability', input: 'capability', write: (r) => r.capability },
  { name: 'mission', input: 'mission', write: (r) => r.missionCode },
  { name: 'quantity', input: 'quantity', read: integer, write: (r) => r.quantity },
  { name: 'unit', input: 'unit', write: (r) => r.unit },
  { name: 'description', input: 'description', write: (r) => r.description },
  { name: 'id', write: (r) => r.id },
  { name: 'createdAt', write: (r) => r.createdAt.toISOString() },
];

/** The create input of one row, and the cells that could not be read as their column's type. */
export interface RowInput {
  input: Record<string, unknown>;
  unreadable: { column: string; reason: string; rule: UnreadableCell['rule'] }[];
}

/**
 * The create input of one row: empty cells are left out (the input's default applies), the
 * others converted by their column. `objective.*` cells build the nested objective.
 */
export function inputOfRow<E>(
  columns: readonly Column<E>[],
  cells: Record<string, Cell>,
): RowInput {
  const input: Record<string, unknown> = {};
  const unreadable: RowInput['unreadable'] = [];
  for (const column of columns) {
    const cell = cells[column.name];
    if (!column.input || cell === undefined || cell === '') continue;
    let value: unknown;
    try {
      value = column.read ? column.read(cell) : cell;
    } catch (error) {
      if (!(error instanceof UnreadableCell)) throw error;
      unreadable.push({
        column: column.name,
        reason: `${column.name}: "${cell}" is not ${error.expected}`,
        rule: error.rule,
      });
      continue;
    }
    const [head, tail] = column.input.split('.');
    if (tail) {
      const nested = (input[head] ??= {}) as Record<string, unknown>;
      nested[tail] = value;
    } else {
      input[head] = value;
    }
  }
  return { input, unreadable };
}

/** The column of an input field path (`input.objective.indicator` → `objectiveIndicator`). */
export function columnOfField<E>(columns: readonly Column<E>[], field: string | undefined): string {
  const path = (field ?? '').replace(/^input\.?/, '').replace(/\.\d+$/, '');
  return columns.find((column) => column.input === path)?.name ?? (path || '');
}

export type ImportedInput = CreateGapInput | CreateOfferInput | ImportMinisterialRequirementInput;
