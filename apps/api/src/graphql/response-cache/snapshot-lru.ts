/** One cached answer: the body and media type sent, and the database snapshot it was read in. */
export interface CachedResponse {
  snapshot: string;
  /** Encoded once, sent as it is on every hit. */
  payload: Buffer;
  contentType: string;
  operation: string;
}

/**
 * Answers by key, least recently used dropped first, at most `maxBytes` of bodies. An answer is
 * given back only for the same snapshot.
 */
export class SnapshotLru {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, snapshot: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key, entry);
    if (entry.snapshot !== snapshot) return undefined;
    this.insert(key, entry);
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    const size = entry.payload.length;
    if (size > this.maxBytes / 4) return; // one huge answer would evict everything else
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.insert(key, entry);
    while (this.bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.remove(oldestKey, oldest);
    }
  }

  private insert(key: string, entry: CachedResponse): void {
    this.entries.set(key, entry);
    this.bytes += entry.payload.length;
  }

  private remove(key: string, entry: CachedResponse): void {
    this.entries.delete(key);
    this.bytes -= entry.payload.length;
  }
}
