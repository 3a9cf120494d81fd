import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import {
  type ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@app/common';

/** The code of every refusal for going over a query limit. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export interface QueryLimits {
  depth: number;
  cost: number;
  aliases: number;
  rootFields: number;
  tokens: number;
}

export type QueryMeasure = keyof QueryLimits;

/**
 * Selections graphql-query-complexity visits at most, fragments expanded each time they are
 * spread; beyond it the count stops and the operation is refused. Only a backstop: the validation
 * rule has already refused documents with more fields than the cost limit.
 */
const MAX_COUNTED_NODES = 50_000;

const DESCRIPTIONS: Record<QueryMeasure, (limit: number, actual: number | null) => string> = {
  depth: (limit, actual) => `Query depth ${actual} exceeds the limit of ${limit}`,
  cost: (limit, actual) =>
    actual === null
      ? `Query cost exceeds the limit of ${limit} (more than ${MAX_COUNTED_NODES} selections once fragments are expanded)`
      : `Query cost ${actual} exceeds the limit of ${limit} (a field costs 1; the fields under a connection count \`first\` times)`,
  aliases: (limit, actual) => `Operation uses ${actual} aliases; the limit is ${limit}`,
  rootFields: (limit, actual) => `Operation selects ${actual} root fields; the limit is ${limit}`,
  tokens: (limit) => `Query document is longer than the limit of ${limit} tokens`,
};

/**
 * A query over one of the limits: code QUERY_TOO_COMPLEX, with which measure, the limit and the
 * actual value (null when counting stopped early).
 */
export function queryLimitError(
  measure: QueryMeasure,
  limit: number,
  actual: number | null,
  nodes?: OperationDefinitionNode,
  message = DESCRIPTIONS[measure](limit, actual),
): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code: QUERY_TOO_COMPLEX, measure, limit, actual },
  });
}

export function isQueryLimitError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions?.code === QUERY_TOO_COMPLEX;
}

/** What a client sees of a query limit error: its message, locations and extensions as they are. */
export function formatQueryLimitError(error: GraphQLError): GraphQLFormattedError {
  return { message: error.message, locations: error.locations, extensions: error.extensions };
}

/**
 * graphql-js stops parsing a document with more than `maxTokens` tokens with this syntax error;
 * it is a query over the token limit, not a malformed one.
 */
export function tokenLimitErrorOf(error: unknown, limit: number): GraphQLError | undefined {
  const message = error instanceof Error ? error.message : '';
  return message.startsWith(`Syntax Error: Document contains more that ${limit} tokens`)
    ? queryLimitError('tokens', limit, null)
    : undefined;
}

interface Shape {
  depth: number;
  aliases: number;
  /** Fields once fragments are expanded: a lower bound of the cost. */
  fields: number;
}

const EMPTY: Shape = { depth: 0, aliases: 0, fields: 0 };

/**
 * `__Type.ofType` adds no depth level: it walks a type's list and non-null wrappers, a chain of a
 * few single values that cannot multiply a response, and GraphiQL's introspection query follows
 * it ten levels deep (depth 15 if counted). No type of this API has a field of that name.
 */
const UNCOUNTED_FIELD = 'ofType';

/**
 * Depth (a root field is at depth 1; fragments add no level), aliases and fields of a selection
 * set, fragments expanded. Each fragment is measured once, so fragments that spread each other
 * many times cost nothing extra to measure; a fragment cycle (refused by NoFragmentCyclesRule)
 * counts as empty.
 */
function measureSelections(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  fragments: Map<string, Shape | 'measuring'>,
): Shape {
  const shape: Shape = { ...EMPTY };
  for (const selection of selectionSet.selections) {
    let inner: Shape;
    if (selection.kind === Kind.FIELD) {
      const child = selection.selectionSet
        ? measureSelections(selection.selectionSet, context, fragments)
        : EMPTY;
      inner = {
        depth: child.depth + (selection.name.value === UNCOUNTED_FIELD ? 0 : 1),
        aliases: child.aliases + (selection.alias ? 1 : 0),
        fields: child.fields + 1,
      };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measureSelections(selection.selectionSet, context, fragments);
    } else {
      inner = measureFragment(context.getFragment(selection.name.value), context, fragments);
    }
    shape.depth = Math.max(shape.depth, inner.depth);
    shape.aliases += inner.aliases;
    shape.fields += inner.fields;
  }
  return shape;
}

function measureFragment(
  fragment: FragmentDefinitionNode | null | undefined,
  context: ValidationContext,
  fragments: Map<string, Shape | 'measuring'>,
): Shape {
  if (!fragment) return EMPTY;
  const known = fragments.get(fragment.name.value);
  if (known === 'measuring') return EMPTY;
  if (known) return known;
  fragments.set(fragment.name.value, 'measuring');
  const shape = measureSelections(fragment.selectionSet, context, fragments);
  fragments.set(fragment.name.value, shape);
  return shape;
}

/** Fields at the root of an operation, including those of fragments spread there. */
function countRootFields(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  visiting: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, context, visiting);
    } else {
      const fragment = context.getFragment(selection.name.value);
      if (!fragment || visiting.has(fragment.name.value)) continue;
      visiting.add(fragment.name.value);
      count += countRootFields(fragment.selectionSet, context, visiting);
      visiting.delete(fragment.name.value);
    }
  }
  return count;
}

/**
 * Validation rule: each operation's depth, aliases and root fields within the limits, and its
 * fields once fragments are expanded within the cost limit (each costs at least 1; the cost
 * itself, which depends on the variables, is counted before execution). Static, so Mercurius
 * caches its verdict with the query.
 */
export function operationShapeRule(
  limits: Pick<QueryLimits, 'depth' | 'aliases' | 'rootFields' | 'cost'>,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, Shape | 'measuring'>();
    return {
      OperationDefinition(operation) {
        const shape = measureSelections(operation.selectionSet, context, fragments);
        const rootFields = countRootFields(operation.selectionSet, context, new Set());
        const measured: [QueryMeasure, number, number][] = [
          ['depth', shape.depth, limits.depth],
          ['aliases', shape.aliases, limits.aliases],
          ['rootFields', rootFields, limits.rootFields],
        ];
        for (const [measure, actual, limit] of measured) {
          if (actual > limit)
            context.reportError(queryLimitError(measure, limit, actual, operation));
        }
        if (shape.fields > limits.cost) {
          const message = `Query cost exceeds the limit of ${limits.cost}: it selects ${shape.fields} fields once fragments are expanded, each costing at least 1`;
          context.reportError(queryLimitError('cost', limits.cost, null, operation, message));
        }
        return false;
      },
    };
  };
}

/**
 * A connection (a field with a `first` argument) costs 1 plus its fields `first` times (the
 * default page size when not given; never more than the largest page, which is refused anyway).
 */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((argument) => argument.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.min(Math.max(first, 0), MAX_PAGE_SIZE) * childComplexity;
};

/**
 * A field's own `complexity` (Nest: `@Field({ complexity })`, `@Query(…, { complexity })`)
 * first, then connections, then 1 for any other field plus its children.
 */
const ESTIMATORS: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  connectionEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

const TOO_MANY_NODES = 'Query exceeds the maximum allowed number of nodes.';

/**
 * The cost of a document with these variables: the highest of its operations (only one runs).
 * `null` when counting stopped at MAX_COUNTED_NODES; `undefined` when the variables do not fit
 * (execution refuses them with BAD_USER_INPUT, which says more than a cost would).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): number | null | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  let highest = 0;
  for (const operation of operations) {
    try {
      const cost = getComplexity({
        schema,
        query: document,
        variables,
        operationName: operation.name?.value,
        estimators: ESTIMATORS,
        maxQueryNodes: MAX_COUNTED_NODES,
      });
      highest = Math.max(highest, cost);
    } catch (error) {
      if (error instanceof GraphQLError && error.message === TOO_MANY_NODES) return null;
      return undefined;
    }
  }
  return highest;
}

/** Variable sets whose cost is kept per document: past it a cost is counted again. */
const COSTS_PER_DOCUMENT = 64;
/**
 * Longest variables (as JSON) whose cost is kept: a page's `first` and filters are short, and a
 * client sending large variables must not make the API keep them (64 per document).
 */
const LONGEST_KEPT_VARIABLES = 2_048;

/**
 * Costs counted before, per document (Mercurius parses a query text once and hands the same
 * document back) and variables: the count walks the whole document, 0.2 ms a request for the gap
 * page, and its answer depends on nothing else.
 */
const knownCosts = new WeakMap<
  GraphQLSchema,
  WeakMap<DocumentNode, Map<string, number | null | undefined>>
>();

function rememberedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): number | null | undefined {
  let documents = knownCosts.get(schema);
  if (!documents) knownCosts.set(schema, (documents = new WeakMap()));
  let costs = documents.get(document);
  if (!costs) documents.set(document, (costs = new Map()));
  const key = JSON.stringify(variables ?? {});
  if (costs.has(key)) return costs.get(key);
  const cost = queryCost(schema, document, variables);
  if (costs.size < COSTS_PER_DOCUMENT && key.length <= LONGEST_KEPT_VARIABLES) costs.set(key, cost);
  return cost;
}

/** The query limit error for a document over the cost limit, if it is. */
export function checkQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  limit: number,
): GraphQLError | undefined {
  const cost = rememberedCost(schema, document, variables);
  if (cost === undefined || (cost !== null && cost <= limit)) return undefined;
  return queryLimitError('cost', limit, cost);
}
