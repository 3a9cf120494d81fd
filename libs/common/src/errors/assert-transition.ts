import { canTransition, type StatusMachine } from '@app/domain';

import { ConflictError } from './domain-error';

/** Throws CONFLICT naming both statuses when `from → to` is not an allowed move. */
export function assertTransition<S extends string>(
  machine: StatusMachine<S>,
  entity: string,
  id: string,
  from: S,
  to: S,
): void {
  if (!canTransition(machine, from, to)) {
    const allowed = machine[from].length > 0 ? machine[from].join(', ') : 'none (final status)';
    throw new ConflictError(
      `${entity} ${id} is ${from} and cannot become ${to}; allowed from ${from}: ${allowed}`,
      'input.id',
      { from, to },
    );
  }
}
