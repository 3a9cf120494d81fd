import {
  buildSchema,
  getIntrospectionQuery,
  type GraphQLError,
  parse,
  specifiedRules,
  validate,
} from 'graphql';

import { checkQueryCost, operationShapeRule, queryCost, QUERY_TOO_COMPLEX } from './query-limits';

const schema = buildSchema(`
  type Query {
    gaps(first: Int = 20, after: String): GapConnection!
    gap(id: ID!): Gap
  }
  type GapConnection { totalCount: Int! edges: [GapEdge!]! }
  type GapEdge { cursor: String! node: Gap! }
  type Gap { id: ID! title: String! parent: Gap }
`);

const DEFAULTS = { depth: 12, aliases: 20, rootFields: 20, cost: 10_000 };

function shapeErrors(query: string, limits = DEFAULTS): readonly GraphQLError[] {
  return validate(schema, parse(query), [...specifiedRules, operationShapeRule(limits)]);
}

/** A fragment chain in which each fragment spreads the next twice: 2^levels fields expanded. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, level) =>
    level === levels - 1
      ? `fragment F${level} on Gap { a${level}: id }`
      : `fragment F${level} on Gap { ...F${level + 1} parent { ...F${level + 1} } }`,
  );
  return `{ gap(id: "1") { ...F0 } } ${fragments.join(' ')}`;
}

/** CPU time of `work` in ms: a bound on work, not on what else the machine runs. */
/** CPU time of this thread (not the process's: its GC and compiler threads add their own). */
function cpuOf(work: () => unknown): number {
  const started = process.threadCpuUsage();
  work();
  const { user, system } = process.threadCpuUsage(started);
  return (user + system) / 1000;
}

describe('operationShapeRule', () => {
  it('counts depth as Mercurius does: a root field is 1, fragments add no level', () => {
    const query = `{ gaps { edges { node { ...G parent { ... on Gap { id } } } } } }
      fragment G on Gap { id }`;
    expect(shapeErrors(query)).toEqual([]);
    const [error] = shapeErrors(query, { ...DEFAULTS, depth: 4 });
    expect(error.message).toBe('Query depth 5 exceeds the limit of 4');
    expect(error.extensions).toEqual({
      code: QUERY_TOO_COMPLEX,
      measure: 'depth',
      limit: 4,
      actual: 5,
    });
  });

  it('counts aliases, a fragment once per spread', () => {
    const query = `{ a: gap(id: "1") { ...F } b: gap(id: "2") { ...F } }
      fragment F on Gap { x: id y: title }`;
    expect(shapeErrors(query, { ...DEFAULTS, aliases: 6 })).toEqual([]);
    const [error] = shapeErrors(query, { ...DEFAULTS, aliases: 5 });
    expect(error.message).toBe('Operation uses 6 aliases; the limit is 5');
    expect(error.extensions).toMatchObject({ measure: 'aliases', limit: 5, actual: 6 });
  });

  it('counts root fields, including those of fragments at the root', () => {
    const query = `{ gaps { totalCount } ...R ... on Query { __typename } }
      fragment R on Query { gap(id: "1") { id } __typename }`;
    expect(shapeErrors(query, { ...DEFAULTS, rootFields: 4 })).toEqual([]);
    const [error] = shapeErrors(query, { ...DEFAULTS, rootFields: 3 });
    expect(error.message).toBe('Operation selects 4 root fields; the limit is 3');
  });

  it('checks each operation of a document on its own', () => {
    const query = `query A { a: __typename } query B { b: __typename c: __typename }`;
    const errors = shapeErrors(query, { ...DEFAULTS, aliases: 1 });
    expect(errors).toHaveLength(1);
    expect(errors[0].locations).toEqual([{ line: 1, column: 27 }]);
  });

  it('measures fragments that spread each other without expanding them', () => {
    // CPU time, not the clock: ~45 ms here, while expanding 2^40 fields would take hours; the
    // clock also counts the time other processes on the machine hold the cores.
    const spent = cpuOf(() =>
      expect(shapeErrors(fragmentBomb(40)).map((error) => error.message)).toEqual([
        'Query depth 41 exceeds the limit of 12',
        `Operation uses ${2 ** 39} aliases; the limit is 20`,
        `Query cost exceeds the limit of 10000: it selects ${2 ** 40} fields once fragments are expanded, each costing at least 1`,
      ]),
    );
    expect(spent).toBeLessThan(1_000);
  });

  it('refuses more fields than the cost limit once fragments are expanded, before counting the cost', () => {
    // gap and 2^14 ids, depth 2, no aliases
    const fragments = Array.from({ length: 15 }, (_, level) =>
      level === 14
        ? `fragment F14 on Gap { id }`
        : `fragment F${level} on Gap { ...F${level + 1} ... on Gap { ...F${level + 1} } }`,
    );
    const errors = shapeErrors(`{ gap(id: "1") { ...F0 } } ${fragments.join(' ')}`);
    expect(errors.map((error) => error.extensions)).toEqual([
      { code: QUERY_TOO_COMPLEX, measure: 'cost', limit: 10_000, actual: null },
    ]);
    expect(errors[0].message).toContain('it selects 16385 fields once fragments are expanded');
  });

  it('survives a fragment cycle, which graphql-js refuses itself', () => {
    const errors = shapeErrors(`{ gap(id: "1") { ...A } } fragment A on Gap { parent { ...A } }`);
    expect(errors.map((error) => error.message)).toEqual([
      'Cannot spread fragment "A" within itself.',
    ]);
  });

  it('lets the introspection query of GraphiQL through: ofType adds no level', () => {
    expect(shapeErrors(getIntrospectionQuery({ inputValueDeprecation: true }))).toEqual([]);
    const [error] = shapeErrors(`{ __schema { types { fields { type { fields { type { fields {
      type { fields { type { fields { type { name } } } } } } } } } } } } }`);
    expect(error.message).toBe('Query depth 13 exceeds the limit of 12');
  });
});

describe('queryCost', () => {
  const PAGE = `query($first: Int) { gaps(first: $first) { edges { node { id } } } }`;

  it('multiplies the fields of a connection by first, with the default page size when not given', () => {
    // 1 for gaps, then first × (edges 1 + node 1 + id 1)
    expect(queryCost(schema, parse(PAGE), { first: 100 })).toBe(301);
    expect(queryCost(schema, parse(PAGE), { first: 5 })).toBe(16);
    expect(queryCost(schema, parse(PAGE), {})).toBe(61);
    expect(queryCost(schema, parse(PAGE), { first: 5000 })).toBe(301);
  });

  it('takes the most expensive operation of a document, and skips fields left out', () => {
    const query = `query Small { gap(id: "1") { id } }
      query Large($skip: Boolean = false) { gaps(first: 10) { totalCount @skip(if: $skip) } }`;
    expect(queryCost(schema, parse(query), {})).toBe(11);
    expect(queryCost(schema, parse(query), { skip: true })).toBe(2);
  });

  it('stops counting an exploding fragment chain and refuses it', () => {
    const document = parse(fragmentBomb(40));
    expect(queryCost(schema, document)).toBeNull();
    const error = checkQueryCost(schema, document, {}, 10_000)!;
    expect(error.extensions).toEqual({
      code: QUERY_TOO_COMPLEX,
      measure: 'cost',
      limit: 10_000,
      actual: null,
    });
  });

  it('leaves variables that do not fit to execution', () => {
    expect(queryCost(schema, parse(PAGE), { first: 'many' })).toBeUndefined();
  });

  it('refuses over the limit with the cost and the limit', () => {
    const error = checkQueryCost(schema, parse(PAGE), { first: 100 }, 300)!;
    expect(error.message).toBe(
      'Query cost 301 exceeds the limit of 300 (a field costs 1; the fields under a connection count `first` times)',
    );
    expect(error.extensions).toMatchObject({ measure: 'cost', limit: 300, actual: 301 });
    expect(checkQueryCost(schema, parse(PAGE), { first: 100 }, 301)).toBeUndefined();
  });

  it('counts a document with the same variables once, and each set of variables on its own', () => {
    const page = parse(PAGE);
    expect(checkQueryCost(schema, page, { first: 100 }, 300)?.extensions.actual).toBe(301);
    expect(checkQueryCost(schema, page, { first: 1 }, 300)).toBeUndefined();
    expect(checkQueryCost(schema, page, { first: 100 }, 300)?.extensions.actual).toBe(301);
    // CPU time, not the clock: the first count of a fragment bomb walks it (50,000 nodes), the next
    // finds its answer.
    const bomb = parse(fragmentBomb(40));
    const first = cpuOf(() => checkQueryCost(schema, bomb, {}, 10_000));
    const again = cpuOf(() => expect(checkQueryCost(schema, bomb, {}, 10_000)).toBeDefined());
    expect(first).toBeGreaterThan(5);
    expect(again).toBeLessThan(first / 5);
  });

  it('does not keep the cost of long variables: they are counted again each time', () => {
    const bomb = parse(fragmentBomb(40));
    const long = { note: 'x'.repeat(5_000) };
    const first = cpuOf(() => checkQueryCost(schema, bomb, long, 10_000));
    const again = cpuOf(() => checkQueryCost(schema, bomb, long, 10_000));
    expect(first).toBeGreaterThan(5);
    expect(again).toBeGreaterThan(first / 5);
  });
});
