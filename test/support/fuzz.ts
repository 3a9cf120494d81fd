import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLSchema,
  isLeafType,
} from 'graphql';

import { encodeCursor } from '@app/common';

/** The schema as clients see it (schema.gql, checked against the code by schema.e2e-spec). */
export function publishedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
}

/** Ids of rows that exist, so that generated ids sometimes find something. */
export interface KnownIds {
  ids: string[];
}

const hostileCharacters = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\n',
  '\r',
  '\t',
  '\ud800',
  '\udfff',
  '\u2028',
  '\ufeff',
  '\uffff',
  '%',
  '_',
  '\\',
  "'",
  '"',
  '=',
);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Text of every kind: any plane, control characters, lone surrogates, long and empty. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  // Plausible text with one hostile character inside: past length rules, into the services.
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.string({ minLength: 3, maxLength: 12 }),
        hostileCharacters,
        fc.string({ maxLength: 12 }),
      )
      .map((parts) => parts.join('')),
  },
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: codeUnit, maxLength: 40 }),
  fc.string({ unit: fc.oneof(hostileCharacters, fc.string({ minLength: 1, maxLength: 1 })) }),
  fc.constantFrom('', ' ', "' OR 1=1 --", 'NaN', '-0', '1e400', '2024-02-31', '0000-01-01'),
  fc.integer({ min: 200, max: 20_000 }).map((length) => 'x'.repeat(length)),
);

const day = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 2020, max: 2030 })),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
  })
  .map(
    ({ year, month, day: d }) =>
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );

/** Cursors in this API's format holding values of every sort, with ordering names or not. */
const cursor = fc
  .record({
    value: fc.oneof(
      day,
      day.map((d) => `${d}T25:61:00Z`),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.integer().map(String),
      hostileString,
    ),
    id: fc.oneof(fc.uuid(), hostileString),
    sort: fc.option(
      fc.constantFrom('CREATED_AT:DESC', 'TITLE:ASC', 'NEEDED_BY:ASC', 'PRIORITY:DESC', 'X'),
      { nil: undefined },
    ),
  })
  .map((position) => encodeCursor(position));

function idOf(known: KnownIds): fc.Arbitrary<string> {
  return fc.oneof(
    fc.uuid(),
    fc.constant(randomUUID()),
    fc.constantFrom(...(known.ids.length > 0 ? known.ids : [randomUUID()])),
    hostileString,
  );
}

/** Values of any JSON type, for the wrong-type cases. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, 5e-324, -0, 2.5),
  hostileString,
  fc.constant({}),
  fc.constant([]),
);

function scalar(type: GraphQLScalarType, name: string, known: KnownIds): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'ID':
      return idOf(known);
    case 'String':
      if (name === 'after') return fc.oneof(cursor, hostileString);
      if (name === 'iso3' || name === 'memberState' || name === 'donor') {
        return fc.oneof(fc.constantFrom('RWA', 'USA', 'SEN', 'XXX'), hostileString);
      }
      return hostileString;
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -5, max: 200 }),
        fc.integer(),
        fc.constantFrom(2 ** 31 - 1, -(2 ** 31)),
      );
    case 'Float':
      return fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        // Exponent notation in JavaScript, and beyond numeric(14,2) / numeric(16,2) columns.
        fc.constantFrom(1e-7, -3e-323, 1e13, 1e15, 1e21, 0.005, 1.005),
      );
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return fc.oneof(day, fc.constantFrom('2027-01-15', '2027-06-30'), hostileString);
    case 'DateTime':
      return fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        day.map((d) => `${d}T00:00:00Z`),
        hostileString,
      );
    default:
      return fc.oneof(hostileString, wrongType);
  }
}

/**
 * A value for an argument or input field of `type`: mostly of the right shape (to get past
 * GraphQL into validation, services and SQL), sometimes of the wrong type, null or missing.
 */
export function valueOf(
  type: GraphQLInputType,
  name: string,
  known: KnownIds,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) {
    return fc.oneof(
      { weight: 9, arbitrary: valueOf(type.ofType, name, known, depth) },
      { weight: 1, arbitrary: wrongType },
    );
  }
  const nullable = (arbitrary: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 8, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
  if (type instanceof GraphQLList) {
    return nullable(fc.array(valueOf(type.ofType, name, known, depth + 1), { maxLength: 4 }));
  }
  if (type instanceof GraphQLEnumType) {
    const values = type.getValues().map((value) => value.name);
    return nullable(
      fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: hostileString },
      ),
    );
  }
  if (type instanceof GraphQLScalarType) {
    return nullable(
      fc.oneof(
        { weight: 9, arbitrary: scalar(type, name, known) },
        { weight: 1, arbitrary: wrongType },
      ),
    );
  }
  if (type instanceof GraphQLInputObjectType) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(
      fields.map((field) => [field.name, valueOf(field.type, field.name, known, depth + 1)]),
    );
    const required = fields
      .filter((field) => field.type instanceof GraphQLNonNull)
      .map((field) => field.name);
    return nullable(fc.record(shape, { requiredKeys: required }));
  }
  return wrongType;
}

/** The operation of one root field with every argument as a variable, selecting `__typename`. */
export function operationOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): string {
  const args = field.args as readonly GraphQLArgument[];
  const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  let named = field.type;
  while ('ofType' in named) named = named.ofType;
  const selection = isLeafType(named) ? '' : ' { __typename }';
  return `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** The variables of `field`'s operation. */
export function variablesOf(
  field: GraphQLField<unknown, unknown>,
  known: KnownIds,
): fc.Arbitrary<Record<string, unknown>> {
  const args = field.args as readonly GraphQLArgument[];
  return fc.record(
    Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type, arg.name, known)])),
    { requiredKeys: [] },
  );
}

/** Every path to a value in `value` (`input.title`, `input.languages.1`, `filter`). */
function pathsOf(value: unknown, path: string[] = []): string[][] {
  const own = path.length > 0 ? [path] : [];
  if (value === null || typeof value !== 'object') return own;
  const entries = Array.isArray(value)
    ? value.map((element, index) => [String(index), element] as const)
    : Object.entries(value);
  return [...own, ...entries.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

function withValueAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string,
    unknown
  >;
  copy[head] = withValueAt(copy[head], rest, replacement);
  return copy;
}

/**
 * Valid variables with one value (a field, an element, a whole object) replaced by a hostile
 * one: gets hostile text past GraphQL and class-validator's other rules, into services and SQL.
 */
export function oneValueChanged(
  base: Record<string, unknown>,
  known: KnownIds,
): fc.Arbitrary<Record<string, unknown>> {
  const paths = pathsOf(base);
  return fc
    .record({
      path: fc.constantFrom(...paths),
      value: fc.oneof(
        { weight: 6, arbitrary: hostileString },
        { weight: 2, arbitrary: wrongType },
        { weight: 1, arbitrary: cursor },
        { weight: 1, arbitrary: idOf(known) },
      ),
    })
    .map(({ path, value }) => withValueAt(base, path, value) as Record<string, unknown>);
}
