import {
  Field,
  GraphQLISODateTime,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { type ExecutionResult, type GraphQLSchema, execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

import { ResolvesLater } from '@app/common';

import { withPlainPropertyFields } from './plain-property-fields';

enum Colour {
  RED = 'RED',
  BLUE = 'BLUE',
}
registerEnumType(Colour, { name: 'PlainColour' });

@ObjectType('PlainItem')
class Item {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Int, { nullable: true })
  count?: number | Promise<number>;

  @Field(() => Colour)
  colour: Colour;

  @Field(() => String, { name: 'label' })
  internalLabel: string;

  @Field(() => String, { nullable: true, defaultValue: 'none' })
  note?: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => Int)
  @ResolvesLater()
  total: number | Promise<number>;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => Item, { nullable: true })
  child?: Item;
}

@Resolver(() => Item)
class ItemResolver {
  @Query(() => [Item])
  items(): Item[] {
    return [];
  }
}

const QUERY = `{ items { id title count colour label note tags total at child { id title } } }`;

async function nestSchema(): Promise<GraphQLSchema> {
  const moduleRef = await Test.createTestingModule({
    imports: [GraphQLSchemaBuilderModule],
  }).compile();
  return moduleRef.get(GraphQLSchemaFactory).create([ItemResolver]);
}

function item(overrides: Partial<Item> = {}): Item {
  return Object.assign(new Item(), {
    id: 'a1',
    title: 'Field hospital',
    count: 3,
    colour: Colour.BLUE,
    internalLabel: 'L',
    tags: ['x', 'y'],
    total: Promise.resolve(7),
    at: new Date('2026-12-07T10:00:00Z'),
    child: Object.assign(new Item(), { id: 'c1', title: 'Child' }),
    ...overrides,
  });
}

/** Runs QUERY as Mercurius does after the first request: compiled by graphql-jit. */
async function runCompiled(schema: GraphQLSchema, items: Item[]): Promise<ExecutionResult> {
  const compiled = compileQuery(schema, parse(QUERY));
  if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
  return compiled.query({ items }, {}, {}) as Promise<ExecutionResult>;
}

describe('withPlainPropertyFields', () => {
  it('removes Nest’s property read from plain scalar and enum fields only', async () => {
    const fields = withPlainPropertyFields(await nestSchema()).getType('PlainItem') as never as {
      getFields(): Record<string, { resolve?: unknown }>;
    };
    const resolved = Object.entries(fields.getFields())
      .filter(([, field]) => field.resolve !== undefined)
      .map(([name]) => name)
      .sort();
    // Renamed, defaulted, list, @ResolvesLater, custom scalar and object fields keep theirs.
    expect(resolved).toEqual(['at', 'child', 'label', 'note', 'tags', 'total']);
  });

  it('leaves any other resolver alone', async () => {
    const schema = await nestSchema();
    const title = (schema.getType('PlainItem') as never as { getFields(): Record<string, any> }) // eslint-disable-line @typescript-eslint/no-explicit-any
      .getFields().title;
    const own = (parent: Item) => parent.title.toUpperCase();
    title.resolve = own;
    withPlainPropertyFields(schema);
    expect(title.resolve).toBe(own);
  });

  it('gives graphql-jit’s compiled query the same answer as before', async () => {
    const items = [item(), item({ id: 'a2', count: undefined, note: 'kept', child: undefined })];
    const before = await runCompiled(await nestSchema(), items);
    const after = await runCompiled(withPlainPropertyFields(await nestSchema()), items);
    expect(before.errors).toBeUndefined();
    expect(after).toEqual(before);
    expect(after.data).toEqual({
      items: [
        expect.objectContaining({ id: 'a1', count: 3, colour: 'BLUE', label: 'L', note: 'none' }),
        expect.objectContaining({ id: 'a2', count: null, note: 'kept', total: 7, child: null }),
      ],
    });
    // graphql-js (Mercurius' first run of a query) agrees too.
    const schema = withPlainPropertyFields(await nestSchema());
    expect(await execute({ schema, document: parse(QUERY), rootValue: { items } })).toEqual(before);
  });

  it('refuses a promise in an unmarked scalar field rather than answering it wrongly', async () => {
    const schema = withPlainPropertyFields(await nestSchema());
    const result = await runCompiled(schema, [item({ count: Promise.resolve(3) })]);
    expect(result.errors?.map((error) => [error.message, error.path])).toEqual([
      [expect.stringMatching(/^Int cannot represent/), ['items', 0, 'count']],
    ]);
  });
});
