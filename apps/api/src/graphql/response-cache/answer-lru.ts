/**
 * One cached answer: the body and media type sent, the tables it read and the database snapshot
 * it was read in (or last found still valid in).
 */
export interface CachedResponse {
  /** `pg_current_snapshot()` as text, taken before the answer was computed. */
  snapshot: string;
  /** The tables the answer read (cacheable-document.ts), sorted. */
  tables: readonly string[];
  /** Encoded once, sent as it is on every hit. */
  payload: Buffer;
  contentType: string;
  operation: string;
}

/**
 * Answers by key, least recently used dropped first, at most `maxBytes` of bodies. Whether an
 * answer is still valid is for the caller to ask the database (freshness.ts).
 */
export class AnswerLru {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The answer kept under `key`, if any, without counting it as used. */
  peek(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  /** Marks the answer as just used (most recently), if it is still the one kept. */
  touch(key: string, entry: CachedResponse): void {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  /** Drops the answer, if it is still the one kept (another request may have replaced it). */
  delete(key: string, entry: CachedResponse): void {
    if (this.entries.get(key) === entry) this.remove(key, entry);
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
