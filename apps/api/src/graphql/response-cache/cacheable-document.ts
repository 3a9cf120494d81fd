import {
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

import { ALWAYS_READ, FIELD_TABLES, FILTER_TABLES } from './read-tables';

/** The root query fields that may be answered from the cache: those read-tables.ts declares. */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set(
  Object.keys(FIELD_TABLES)
    .filter((key) => key.startsWith('Query.'))
    .map((key) => key.slice('Query.'.length)),
);

/** Documents already judged, per schema, so a repeated query is not walked twice. */
const MAX_JUDGED = 1_000;
const judgedBySchema = new WeakMap<GraphQLSchema, Map<string, readonly string[] | null>>();

/**
 * The tables the answer to operation `operationName` of `query` reads (sorted), or null when it
 * may not be answered from the cache: not a query (a mutation or subscription), a root selection
 * that is not a plain field of CACHEABLE_ROOT_FIELDS (aliases allowed), a field with a resolver
 * of its own whose tables read-tables.ts does not declare, or a document that does not parse or
 * does not fit the schema (GraphQL answers it as usual, with its errors).
 *
 * Every field of the document counts, in every operation and fragment, even those this
 * operation does not use: more tables than needed, never fewer.
 */
export function readTablesOf(
  schema: GraphQLSchema,
  query: string,
  operationName: string | undefined,
): readonly string[] | null {
  let judged = judgedBySchema.get(schema);
  if (!judged) judgedBySchema.set(schema, (judged = new Map()));
  const key = `${operationName ?? ''}\n${query}`;
  const known = judged.get(key);
  if (known !== undefined) return known;
  const verdict = judge(schema, query, operationName);
  if (judged.size >= MAX_JUDGED) judged.delete(judged.keys().next().value!);
  judged.set(key, verdict);
  return verdict;
}

function judge(
  schema: GraphQLSchema,
  query: string,
  operationName: string | undefined,
): readonly string[] | null {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens: 5_000 });
  } catch {
    return null;
  }
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operationName === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((candidate) => candidate.name?.value === operationName);
  if (!operation || operation.operation !== 'query') return null;
  const rootsCacheable = operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value),
  );
  if (!rootsCacheable) return null;

  const tables = new Set<string>(ALWAYS_READ);
  let cacheable = true;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value.startsWith('__')) return; // __typename: no read
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) {
          cacheable = false; // not in the schema: GraphQL refuses it
          return;
        }
        const key = `${parent.name}.${field.name}`;
        const declared = FIELD_TABLES[key];
        if (declared) {
          for (const table of declared) tables.add(table);
          if (node.arguments?.some((argument) => argument.name.value === 'filter')) {
            for (const table of FILTER_TABLES[key] ?? []) tables.add(table);
          }
        } else if (hasOwnResolver(field)) {
          // A resolver of its own reads something read-tables.ts does not say: never cached.
          cacheable = false;
        }
      },
    }),
  );
  return cacheable ? [...tables].sort() : null;
}

/**
 * Whether a field reads more than its parent's row: @nestjs/graphql gives a plain property (an
 * entity column, a getter) its `rootFieldResolver`, which returns `parent[name]`; a
 * @ResolveField (or anything else) has another function.
 */
export function hasOwnResolver(field: GraphQLField<unknown, unknown>): boolean {
  return field.resolve !== undefined && field.resolve.name !== 'rootFieldResolver';
}
