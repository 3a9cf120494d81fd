/**
 * A list filter's values in a URL query: `key=a,b` (or repeated keys), blanks dropped, and only
 * the `allowed` values when given (a stale link's unknown value is ignored, not sent to the API).
 */
export function listParam<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed?: readonly T[],
): T[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return (allowed ? values.filter((value) => allowed.includes(value as T)) : values) as T[];
}

/** Writes each non-empty list as `key=a,b`. */
export function setListParams(params: URLSearchParams, lists: [string, string[]][]) {
  for (const [key, values] of lists) if (values.length) params.set(key, values.join(','));
}

/** The lists of a register's state that hold something: an empty list filters nothing. */
export function nonEmptyLists<State, Key extends keyof State>(
  state: State,
  keys: readonly Key[],
): Partial<Pick<State, Key>> {
  return Object.fromEntries(
    keys.filter((key) => (state[key] as unknown[]).length).map((key) => [key, state[key]]),
  ) as Partial<Pick<State, Key>>;
}
