import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

type Fragments = GraphQLResolveInfo['fragments'];

/** The selections of a set, fragments (named or inline) spread into it. */
function* fieldsOf(set: SelectionSetNode | undefined, fragments: Fragments): Generator<FieldNode> {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* fieldsOf(selection.selectionSet, fragments);
    } else {
      yield* fieldsOf(fragments[selection.name.value]?.selectionSet, fragments);
    }
  }
}

/**
 * The names of the fields a query asks at `path` below the field being resolved (every
 * occurrence merged, aliases and fragments resolved), sorted; `['edges', 'node']` for the nodes
 * of a connection. Null without `info`: the caller then reads everything. A read path uses it to
 * read only the columns a page shows.
 */
export function selectedFields(
  info: GraphQLResolveInfo | undefined,
  path: readonly string[] = [],
): string[] | null {
  if (!info) return null;
  // A nested field is resolved once per row of its parent list with the same field nodes: the
  // answer is worked out once per query plan, not for each of a page's hundreds of rows.
  let byPath = answers.get(info.fieldNodes);
  if (!byPath) answers.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join('.');
  let names = byPath.get(key);
  if (!names) byPath.set(key, (names = fieldsAt(info, path)));
  return names;
}

/** Answers per field nodes (parsed once per query text and kept with it), then per path. */
const answers = new WeakMap<GraphQLResolveInfo['fieldNodes'], Map<string, string[]>>();

function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): string[] {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const step of path) {
    sets = sets.flatMap((set) =>
      [...fieldsOf(set, info.fragments)]
        .filter((field) => field.name.value === step)
        .map((field) => field.selectionSet),
    );
  }
  const names = new Set<string>();
  for (const set of sets) {
    for (const field of fieldsOf(set, info.fragments)) names.add(field.name.value);
  }
  return [...names].sort();
}
