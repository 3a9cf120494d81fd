import { Kind, type OperationDefinitionNode, parse } from 'graphql';

/**
 * Root query fields whose answer depends only on the database rows and the signed-in user: no
 * clock (persistentGaps counts days open), no Redis (match run progress), no engine run (whatIf),
 * nothing about the session itself (me).
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'gaps',
  'gap',
  'offers',
  'offer',
  'proposals',
  'proposal',
  'partnerships',
  'partnership',
  'memberStates',
  'memberState',
  'missions',
  'mission',
  'coverageReport',
  'donorSummaries',
  'languageFitReport',
  'partnershipOutcomes',
]);

/** Documents already judged, so a repeated query is not parsed twice here. */
const MAX_JUDGED = 1_000;
const judged = new Map<string, boolean>();

/**
 * Whether the operation `operationName` of `query` may be answered from the cache: a query (not a
 * mutation or subscription) whose root selections are all plain fields of CACHEABLE_ROOT_FIELDS
 * (aliases allowed). Anything unparsable is not cacheable: GraphQL answers it as usual.
 */
export function isCacheableOperation(query: string, operationName: string | undefined): boolean {
  const key = `${operationName ?? ''}\n${query}`;
  const known = judged.get(key);
  if (known !== undefined) return known;
  const verdict = judge(query, operationName);
  if (judged.size >= MAX_JUDGED) judged.delete(judged.keys().next().value!);
  judged.set(key, verdict);
  return verdict;
}

function judge(query: string, operationName: string | undefined): boolean {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { noLocation: true, maxTokens: 5_000 }).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
  const operation =
    operationName === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((candidate) => candidate.name?.value === operationName);
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value),
  );
}
