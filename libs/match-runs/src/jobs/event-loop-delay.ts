import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Sampling interval of the event loop (ms); each sample is this interval plus the delay. */
const RESOLUTION_MS = 10;

export interface EventLoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  samples: number;
}

/**
 * How late the event loop ran its timers while `work` ran (perf_hooks.monitorEventLoopDelay,
 * beyond the sampling interval): while it is late, the process answers no health check, renews no
 * job lock and sends no progress. The worker logs it for every run.
 */
export async function measureEventLoopDelay<T>(
  work: () => Promise<T>,
): Promise<{ result: T; delay: EventLoopDelay }> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  try {
    const result = await work();
    histogram.disable();
    const late = (nanoseconds: number) =>
      Math.max(0, Math.round((nanoseconds / 1e6 - RESOLUTION_MS) * 10) / 10);
    return {
      result,
      delay: {
        p50Ms: late(histogram.percentile(50)),
        p99Ms: late(histogram.percentile(99)),
        maxMs: late(histogram.max),
        samples: histogram.count,
      },
    };
  } finally {
    histogram.disable();
  }
}
