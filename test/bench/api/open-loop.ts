/**
 * The schedule of an open-loop load: request `index` is due at start + index / rate, and is sent
 * then whatever happened to the ones before, so a slow answer cannot hold the next requests back
 * (no coordinated omission). Each caller measures from `due`.
 */
export async function sendOnSchedule<T>(
  rate: number,
  seconds: number,
  send: (index: number, due: number) => Promise<T>,
): Promise<Promise<T>[]> {
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const sent: Promise<T>[] = [];
  for (let index = 0; index < total; index++) {
    const due = start + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(send(index, due));
  }
  return sent;
}

/** The value at quantile `q` (0–1) of ascending `sorted` values; 0 for none. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
