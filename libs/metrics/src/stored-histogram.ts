import { type Metric, type Registry } from 'prom-client';

/** Cumulative counts of one label set, as a database aggregate gives them. */
export interface HistogramCounts {
  labels: Record<string, string>;
  /** Per bucket bound, in the histogram's order: observations ≤ the bound. */
  buckets: number[];
  count: number;
  sum: number;
}

/**
 * A histogram whose counts are computed elsewhere (a SQL aggregate at scrape time) rather than
 * observed in this process, so that several instances report the same totals; exposed in the
 * Prometheus histogram format (`_bucket{le}`, `_sum`, `_count`).
 */
export class StoredHistogram {
  private counts: HistogramCounts[] = [];

  constructor(
    readonly name: string,
    readonly help: string,
    readonly bounds: readonly number[],
    registry: Registry,
  ) {
    // The registry only needs a name and get() from a metric.
    registry.registerMetric(this as unknown as Metric);
  }

  set(counts: HistogramCounts[]): void {
    this.counts = counts;
  }

  /** What the registry formats: prom-client's own histograms give the same shape. */
  get(): Promise<{
    name: string;
    help: string;
    type: 'histogram';
    values: { metricName: string; labels: Record<string, string | number>; value: number }[];
  }> {
    const values = this.counts.flatMap(({ labels, buckets, count, sum }) => [
      ...this.bounds.map((bound, index) => ({
        metricName: `${this.name}_bucket`,
        labels: { ...labels, le: bound },
        value: buckets[index] ?? 0,
      })),
      { metricName: `${this.name}_bucket`, labels: { ...labels, le: '+Inf' }, value: count },
      { metricName: `${this.name}_sum`, labels, value: sum },
      { metricName: `${this.name}_count`, labels, value: count },
    ]);
    return Promise.resolve({
      name: this.name,
      help: this.help,
      type: 'histogram',
      values,
    });
  }
}
