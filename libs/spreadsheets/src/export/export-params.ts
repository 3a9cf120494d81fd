import { type ClassConstructor } from 'class-transformer';

import { BadInputError, validateInput } from '@app/common';

/** A query string as Fastify parses it: a repeated parameter is an array. */
export type QueryValues = Record<string, string | string[] | undefined>;

/**
 * How a query parameter reads:
 * - `codes`: a list (repeated, or comma-separated) of upper-case values, e.g. enums, ISO3 codes,
 *   mission codes (`status=open,partially_matched` reads as [OPEN, PARTIALLY_MATCHED]);
 * - `ids`: a list of values taken as given (uuids, M49 codes);
 * - `languages`: a list of lower-case values (ISO 639-1 codes);
 * - `integer`, `number`, `boolean`: one value;
 * - `text`: one value taken as given (a search text);
 * - `language`: one lower-case value;
 * - `dimension`: one upper-snake value (`memberState`, `member_state` → MEMBER_STATE).
 */
export type ParamKind =
  | 'codes'
  | 'ids'
  | 'languages'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'text'
  | 'language'
  | 'dimension';

/** The parameters of an export: those of its arguments, and those of its `filter`. */
export interface ParamSpec {
  args?: Record<string, ParamKind>;
  filter?: Record<string, ParamKind>;
}

function values(raw: string | string[]): string[] {
  return (Array.isArray(raw) ? raw : [raw])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

function single(name: string, raw: string | string[]): string {
  if (Array.isArray(raw) && raw.length > 1) {
    throw new BadInputError(name, `${name}: give one value, not ${raw.length}`);
  }
  return (Array.isArray(raw) ? raw[0] : raw).trim();
}

function read(name: string, kind: ParamKind, raw: string | string[]): unknown {
  switch (kind) {
    case 'codes':
      return values(raw).map((value) => value.toUpperCase());
    case 'ids':
      return values(raw);
    case 'languages':
      return values(raw).map((value) => value.toLowerCase());
    case 'integer': {
      const value = single(name, raw);
      if (!/^[+-]?\d{1,9}$/.test(value)) {
        throw new BadInputError(name, `${name}: must be a whole number, not "${value}"`);
      }
      return Number(value);
    }
    case 'number': {
      const value = single(name, raw);
      if (value === '' || !Number.isFinite(Number(value))) {
        throw new BadInputError(name, `${name}: must be a number, not "${value}"`);
      }
      return Number(value);
    }
    case 'text':
      return single(name, raw);
    case 'boolean': {
      const value = single(name, raw).toLowerCase();
      if (['true', '1', 'yes'].includes(value)) return true;
      if (['false', '0', 'no'].includes(value)) return false;
      throw new BadInputError(name, `${name}: must be true or false`);
    }
    case 'language':
      return single(name, raw).toLowerCase();
    case 'dimension':
      return single(name, raw)
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .replace(/-/g, '_')
        .toUpperCase();
  }
}

/**
 * Reads the query string of an export into the arguments class `type` (a filter input, or the
 * arguments of a report query) and validates it with the class's own rules, those of the
 * GraphQL field. Every error is BAD_USER_INPUT naming the query parameter: an unknown
 * parameter, a malformed value, a value the GraphQL argument would refuse.
 */
export async function readParams<T extends object>(
  type: ClassConstructor<T>,
  spec: ParamSpec,
  query: QueryValues,
): Promise<T> {
  const args: Record<string, unknown> = {};
  const filter: Record<string, unknown> = {};
  const known = [...Object.keys(spec.args ?? {}), ...Object.keys(spec.filter ?? {})];
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    const argKind = spec.args?.[name];
    const filterKind = spec.filter?.[name];
    if (!argKind && !filterKind) {
      throw new BadInputError(
        name,
        known.length > 0
          ? `${name}: unknown parameter; this export takes ${known.join(', ')}`
          : `${name}: unknown parameter; this export takes none`,
      );
    }
    if (argKind) args[name] = read(name, argKind, raw);
    else filter[name] = read(name, filterKind!, raw);
  }
  // Without `args`, `type` is the filter input itself.
  const plain = spec.args ? { ...args, ...(Object.keys(filter).length ? { filter } : {}) } : filter;
  try {
    return await validateInput(type, plain, '');
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    // `filter.status` is the query parameter `status`.
    const field = (error.field ?? '').replace(/^filter\./, '');
    throw new BadInputError(field, error.message.replace(/^filter\./, ''), error.details);
  }
}
