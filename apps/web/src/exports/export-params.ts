/** A list's GraphQL filter (`GapFilter`, `OfferFilter`): lists, texts, booleans. */
export type ListFilter = object;

/**
 * The query of an export (`GET /export/<list>.<format>`, docs/import-export.md) from the list's
 * GraphQL filter: the export takes the filter's fields as parameters of the same names, a list
 * comma-separated. So the file holds exactly the rows the register shows with that filter.
 */
export function exportParamsOf(filter: ListFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(name, value.join(','));
    } else if (
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      typeof value === 'number'
    ) {
      params.set(name, String(value));
    } else {
      // A range (neededBy, available) has no export parameter: better refused than dropped.
      throw new Error(`The export has no parameter for the filter field ${name}`);
    }
  }
  return params;
}
