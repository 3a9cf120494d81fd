/** Allowed moves of a status field: from each status, the statuses it may move to. */
export type StatusMachine<S extends string> = Readonly<Record<S, readonly S[]>>;

export function canTransition<S extends string>(
  machine: StatusMachine<S>,
  from: S,
  to: S,
): boolean {
  return machine[from].includes(to);
}
