import { BadInputError } from '@app/common';

/**
 * Copies the fields of an update input onto an entity: `undefined` keeps the value; `null` clears
 * it only for fields listed in `clearTo` (which says what null becomes), else it is bad input.
 */
export function applyPatch<T extends object>(
  entity: T,
  patch: Record<string, unknown>,
  clearTo: Record<string, unknown>,
): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) {
      if (!(key in clearTo))
        throw new BadInputError(`input.${key}`, `input.${key}: cannot be null`);
      Object.assign(entity, { [key]: clearTo[key] });
    } else {
      Object.assign(entity, { [key]: value });
    }
  }
}
