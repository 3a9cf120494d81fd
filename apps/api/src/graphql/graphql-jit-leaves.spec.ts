import { type ExecutionResult, buildSchema, execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { LocalDateResolver } from 'graphql-scalars';

/**
 * patches/graphql-jit+0.8.9.patch compiles each leaf value to a function of its own that builds
 * the error's path and locations only on error. These cases hold it to graphql-js, the
 * reference: the same data and the same errors (message, path, locations) for values that are
 * fine, null where allowed and not, Error instances, values a serializer refuses, and leaves in
 * nested lists, read as properties or returned by resolvers, at once or later.
 *
 * One refused non-null value per object that turns null: graphql-js stops at the first, while
 * graphql-jit (patched or not) goes on and reports each.
 */
const schema = buildSchema(`
  scalar LocalDate
  enum Colour { RED BLUE }
  type Query { rows: [Row!]! }
  type Row {
    id: ID!
    count: Int
    total: Int!
    score: Float!
    name: String
    done: Boolean!
    colour: Colour!
    day: LocalDate
    later: Int
    cells: [[Int]]
    children: [Row!]
  }
`);
Object.assign(schema.getType('LocalDate')!, {
  serialize: LocalDateResolver.serialize.bind(LocalDateResolver),
});

const QUERY = `{
  rows {
    id count total score name done colour day later cells
    children { id total colour later children { id score } }
  }
}`;

function row(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'r',
    count: 1,
    total: 2,
    score: 0.5,
    name: 'x',
    done: true,
    colour: 'RED',
    day: '2026-12-07',
    later: () => 4,
    cells: [[1, 2], [3]],
    children: [],
    ...fields,
  };
}

const CASES: [string, Record<string, unknown>[]][] = [
  ['values that are fine', [row({}), row({ id: 7, score: 2, children: [row({ id: 'c' })] })]],
  ['null where allowed', [row({ count: null, name: undefined, day: null, cells: [[null]] })]],
  ['null where not allowed', [row({}), row({ total: null }), row({ id: undefined })]],
  ['Error instances', [row({ count: new Error('no count'), score: new Error('no score') })]],
  ['values a serializer refuses where null is allowed', [row({ count: 'zz', name: {}, day: '?' })]],
  ['a Float that is no number', [row({ score: Number.NaN })]],
  ['an enum value not in the enum', [row({ colour: 'GREEN' })]],
  ['a Boolean that is none', [row({ done: {} })]],
  ['refusals inside nested lists', [row({ cells: [[1], [2, 'x']] })]],
  [
    'deep paths',
    [
      row({
        children: [
          row({ id: 'a', children: [row({ score: 'zz' })] }),
          row({ id: 'b', colour: 'PINK' }),
        ],
      }),
    ],
  ],
  [
    'leaves returned by resolvers, at once and later',
    [
      row({ later: () => 'zz' }),
      row({ later: () => Promise.resolve(9) }),
      row({ later: () => Promise.resolve('zz') }),
      row({ later: () => Promise.reject(new Error('failed later')) }),
    ],
  ],
];

/** Resolvers as functions on the row (graphql-js calls them; graphql-jit too, as resolvers). */
const withResolvers = (rows: Record<string, unknown>[]) => ({ rows });

function comparable(result: ExecutionResult): unknown {
  return {
    data: result.data,
    errors: result.errors
      ?.map((error) => ({ message: error.message, path: error.path, locations: error.locations }))
      .sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path))),
  };
}

describe('graphql-jit leaves (patched) answer as graphql-js does', () => {
  // graphql-jit calls a function-valued property only if the field has a resolver.
  const laterField = (schema.getType('Row') as never as { getFields(): Record<string, any> }) // eslint-disable-line @typescript-eslint/no-explicit-any
    .getFields().later;
  laterField.resolve = (parent: { later: () => unknown }) => parent.later();
  const recompiled = compileQuery(schema, parse(QUERY));
  if (!isCompiledQuery(recompiled)) throw new Error(JSON.stringify(recompiled));

  it.each(CASES)('%s', async (_name, rows) => {
    const expected = await execute({ schema, document: parse(QUERY), rootValue: { rows } });
    const actual = await recompiled.query(withResolvers(rows), {}, {});
    expect(comparable(actual as ExecutionResult)).toEqual(comparable(expected));
  });

  it('compiles each leaf to a function that builds no path while the value is fine', () => {
    // The generated code, not its behaviour: without the patch every leaf calls
    // checkNonNullLeaf/checkNullableLeaf with literal location and path arrays.
    const debug = compileQuery(schema, parse(QUERY), undefined, { debug: true } as never);
    const source = (debug as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation?: string })
      .__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation;
    expect(source).not.toMatch(/checkNonNullLeaf|checkNullableLeaf/);
    expect(source).toMatch(/function \w+Leaf\(__context, value, idx0/);
  });
});
