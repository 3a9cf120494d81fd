/** A value with the PostgreSQL snapshot it was computed in. */
export interface SnapshotEntry<V> {
  /** `pg_current_snapshot()::text`: which transactions were committed. */
  snapshot: string;
  value: V;
}

/**
 * Values already computed, by arguments, each with the database snapshot it was computed in.
 * While no transaction has written anything since, the snapshot is the same, the data is the same
 * and so is the value; any committed write in between gives another snapshot. At most `capacity`
 * keys, least recently used dropped.
 */
export class SnapshotCache<V> {
  private readonly entries = new Map<string, SnapshotEntry<V>>();

  constructor(private readonly capacity: number) {}

  get(key: string): SnapshotEntry<V> | undefined {
    return this.entries.get(key);
  }

  /**
   * The value of `key` in `snapshot`: `cached` (the entry `get` gave before the statement ran) if
   * it was computed in that same snapshot, otherwise `compute()`, kept for the next call.
   */
  settle(key: string, cached: SnapshotEntry<V> | undefined, snapshot: string, compute: () => V): V {
    this.entries.delete(key);
    if (cached && cached.snapshot === snapshot) {
      this.entries.set(key, cached);
      return cached.value;
    }
    const value = compute();
    this.entries.set(key, { snapshot, value });
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
