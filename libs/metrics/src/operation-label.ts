import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';

/** The label of a request whose operation is not known (unparsable, invalid, not GraphQL). */
export const UNKNOWN_OPERATION = '__unknown';
/** The label of the operation names seen after the first MAX_OPERATION_LABELS. */
export const OTHER_OPERATION = '__other';
/** Distinct operation labels kept: clients choose operation names, Prometheus pays per series. */
export const MAX_OPERATION_LABELS = 200;

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Operation labels for the metrics: the operation's name, or for an anonymous one its first root
 * field; new names beyond the cap share one label, so a client cannot grow the series unbounded.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_LABELS) {}

  of(document: DocumentNode, requestedName?: unknown): string {
    const operation = selectedOperation(document, requestedName);
    if (!operation) return UNKNOWN_OPERATION;
    const [first] = operation.selectionSet.selections;
    const name =
      operation.name?.value ?? (first?.kind === Kind.FIELD ? first.name.value : undefined);
    return name ? this.bounded(name) : UNKNOWN_OPERATION;
  }

  private bounded(name: string): string {
    if (!GRAPHQL_NAME.test(name)) return UNKNOWN_OPERATION;
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return OTHER_OPERATION;
    this.seen.add(name);
    return name;
  }
}

function selectedOperation(
  document: DocumentNode,
  requestedName: unknown,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof requestedName === 'string' && requestedName !== '')
    return operations.find((operation) => operation.name?.value === requestedName);
  return operations.length === 1 ? operations[0] : undefined;
}
