import { CAPABILITY_CODE_PATTERN, isCategory, isPriority, DELIVERY_MODES } from '@app/domain';
import { isIso6391, isM49RegionCode, isMemberState } from '@app/geo';

import {
  type MatchInstance,
  type MatchPartnership,
  PARTNERSHIP_KINDS,
  type PartnershipKind,
} from './instance';
import { CRITERIA, type Criterion, resolveWeights, type Weights } from './weights';

/** Bad input, naming the item and the field: `gaps[3] (id "G-17").quantity: must be …`. */
export class InstanceError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InstanceError';
  }
}

type Raw = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    DATE.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

class Item {
  constructor(
    private readonly raw: Raw,
    readonly label: string,
  ) {}

  fail(field: string, reason: string): never {
    throw new InstanceError(`${this.label}.${field}`, reason);
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  required(field: string): unknown {
    if (!this.has(field)) this.fail(field, 'is required');
    return this.raw[field];
  }

  string(field: string): string {
    const value = this.required(field);
    if (typeof value !== 'string' || value.length === 0)
      this.fail(field, 'must be a non-empty string');
    return value;
  }

  positiveInteger(field: string): number {
    const value = this.required(field);
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      this.fail(field, `must be a positive integer (got ${JSON.stringify(value)})`);
    }
    return value;
  }

  optionalNumber(field: string, minimum: number, exclusive: boolean): number | null {
    if (!this.has(field)) return null;
    const value = this.raw[field];
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < minimum ||
      (exclusive && value === minimum)
    ) {
      this.fail(field, `must be a number ${exclusive ? '>' : '≥'} ${minimum}`);
    }
    return value;
  }

  date(field: string): string {
    const value = this.required(field);
    if (!isDate(value))
      this.fail(field, `must be a date YYYY-MM-DD (got ${JSON.stringify(value)})`);
    return value;
  }

  list(
    field: string,
    check: (entry: unknown) => boolean,
    expected: string,
    required = true,
  ): string[] {
    if (!this.has(field)) {
      if (required) this.fail(field, 'is required');
      return [];
    }
    const value = this.raw[field];
    if (!Array.isArray(value)) this.fail(field, `must be a list of ${expected}`);
    value.forEach((entry, index) => {
      if (!check(entry))
        this.fail(`${field}[${index}]`, `must be ${expected} (got ${JSON.stringify(entry)})`);
    });
    return value as string[];
  }

  memberState(field: string): string {
    const value = this.string(field);
    if (!isMemberState(value))
      this.fail(
        field,
        `${JSON.stringify(value)} is not the ISO 3166 alpha-3 code of a UN member state`,
      );
    return value;
  }
}

const isCountry = (entry: unknown) => typeof entry === 'string' && isMemberState(entry);
const isLanguage = (entry: unknown) => typeof entry === 'string' && isIso6391(entry);
const isCapability = (entry: unknown) =>
  typeof entry === 'string' && CAPABILITY_CODE_PATTERN.test(entry);
const isCountryOrRegion = (entry: unknown) =>
  typeof entry === 'string' && (isMemberState(entry) || isM49RegionCode(entry));
const isNonEmptyString = (entry: unknown) => typeof entry === 'string' && entry.length > 0;
const isDeliveryMode = (entry: unknown) =>
  typeof entry === 'string' && (DELIVERY_MODES as readonly string[]).includes(entry);

/** Weights of a run: known criteria only, each a number ≥ 0. */
export function validateWeights(input: unknown, label = 'instance.weights'): Partial<Weights> {
  const object = asObject(input, label);
  const weights: Partial<Weights> = {};
  for (const [name, value] of Object.entries(object)) {
    if (!(CRITERIA as readonly string[]).includes(name)) {
      throw new InstanceError(
        `${label}.${name}`,
        `unknown criterion; known: ${CRITERIA.join(', ')}`,
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new InstanceError(`${label}.${name}`, 'must be a number ≥ 0');
    }
    weights[name as Criterion] = value;
  }
  const resolved = resolveWeights(weights);
  if (CRITERIA.every((criterion) => resolved[criterion] === 0)) {
    throw new InstanceError(label, 'at least one weight must be positive');
  }
  return weights;
}

function asObject(value: unknown, label: string): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InstanceError(label, 'must be an object');
  }
  return value as Raw;
}

function items(root: Item, raw: Raw, field: 'gaps' | 'offers'): Item[] {
  const list = root.required(field);
  if (!Array.isArray(list)) root.fail(field, 'must be a list');
  const seen = new Set<string>();
  return list.map((entry, index) => {
    const object = asObject(entry, `${field}[${index}]`);
    const id = object.id;
    const label =
      typeof id === 'string'
        ? `${field}[${index}] (id ${JSON.stringify(id)})`
        : `${field}[${index}]`;
    const item = new Item(object, label);
    const checkedId = item.string('id');
    if (seen.has(checkedId)) item.fail('id', `duplicate id ${JSON.stringify(checkedId)}`);
    seen.add(checkedId);
    return item;
  });
}

function category(item: Item): MatchInstance['gaps'][number]['category'] {
  const value = item.required('category');
  if (!isCategory(value)) item.fail('category', `unknown category ${JSON.stringify(value)}`);
  return value;
}

/**
 * Checks a what-if instance read from JSON and returns it typed. Extra fields are allowed and
 * ignored. The first problem found is thrown as an InstanceError naming the item and field.
 */
export function validateInstance(input: unknown): MatchInstance {
  const raw = asObject(input, 'instance');
  const root = new Item(raw, 'instance');
  const asOf = root.date('asOf');

  const weights = root.has('weights') ? validateWeights(raw.weights) : undefined;

  const gaps = items(root, raw, 'gaps').map((item) => {
    const gap = {
      id: item.string('id'),
      memberState: item.memberState('memberState'),
      category: category(item),
      capability: item.string('capability'),
      quantity: item.positiveInteger('quantity'),
      priority: item.required('priority') as MatchInstance['gaps'][number]['priority'],
      languages: item.list('languages', isLanguage, 'an ISO 639-1 language code'),
      neededFrom: item.date('neededFrom'),
      neededBy: item.date('neededBy'),
      mission: item.has('mission') ? item.string('mission') : null,
      deliveryModes: item.list('deliveryModes', isDeliveryMode, 'a delivery mode', false),
      declinedOffers: item.list('declinedOffers', isNonEmptyString, 'an offer id', false),
    };
    if (!CAPABILITY_CODE_PATTERN.test(gap.capability))
      item.fail('capability', 'must be an UPPER_SNAKE code');
    if (!isPriority(gap.priority))
      item.fail('priority', `unknown priority ${JSON.stringify(gap.priority)}`);
    if (gap.languages.length === 0) item.fail('languages', 'must list at least one language');
    if (gap.neededBy < gap.neededFrom)
      item.fail('neededBy', `${gap.neededBy} is before neededFrom ${gap.neededFrom}`);
    return gap as MatchInstance['gaps'][number];
  });

  const offers = items(root, raw, 'offers').map((item) => {
    const offer = {
      id: item.string('id'),
      donor: item.memberState('donor'),
      category: category(item),
      capabilities: item.list('capabilities', isCapability, 'an UPPER_SNAKE capability code'),
      capacity: item.positiveInteger('capacity'),
      languages: item.list('languages', isLanguage, 'an ISO 639-1 language code'),
      eligible: item.list(
        'eligible',
        isCountryOrRegion,
        'a member state (ISO3) or an M49 region code',
        false,
      ),
      excluded: item.list('excluded', isCountry, 'a member state (ISO3)', false),
      availableFrom: item.date('availableFrom'),
      availableTo: item.date('availableTo'),
      costPerUnit: item.optionalNumber('costPerUnit', 0, false),
      budget: item.optionalNumber('budget', 0, true),
      deliveryModes: item.list('deliveryModes', isDeliveryMode, 'a delivery mode', false),
    };
    if (offer.languages.length === 0) item.fail('languages', 'must list at least one language');
    if (offer.availableTo < offer.availableFrom) {
      item.fail(
        'availableTo',
        `${offer.availableTo} is before availableFrom ${offer.availableFrom}`,
      );
    }
    if (offer.budget !== null && offer.costPerUnit === null)
      item.fail('costPerUnit', 'is required when budget is given');
    return offer as MatchInstance['offers'][number];
  });

  const partnerships = root.has('partnerships')
    ? (() => {
        const list: unknown = raw.partnerships;
        if (!Array.isArray(list)) return root.fail('partnerships', 'must be a list');
        return (list as unknown[]).map((entry, index) => {
          const item = new Item(
            asObject(entry, `partnerships[${index}]`),
            `partnerships[${index}]`,
          );
          const partnership: MatchPartnership = {
            donor: item.memberState('donor'),
            memberState: item.memberState('memberState'),
          };
          if (item.has('kind')) {
            const kind = item.required('kind');
            if (!(PARTNERSHIP_KINDS as readonly unknown[]).includes(kind)) {
              item.fail('kind', `must be one of ${PARTNERSHIP_KINDS.join(', ')}`);
            }
            partnership.kind = kind as PartnershipKind;
          }
          return partnership;
        });
      })()
    : [];

  return { asOf, weights, gaps, offers, partnerships };
}
