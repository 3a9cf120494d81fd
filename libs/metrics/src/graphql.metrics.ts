import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';

import { METRIC_PREFIX } from './metrics.registry';

/** Seconds; GraphQL answers are expected in tens of milliseconds, a slow one in seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Outcome of a GraphQL request without errors. */
export const OK_OUTCOME = 'ok';
/** The code of an error that carries none (not expected: the error formatter gives one to each). */
export const NO_ERROR_CODE = 'NONE';

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,49}$/;

/** GraphQL requests: how many, how long and how they ended, per operation; errors per code. */
@Injectable()
export class GraphQLMetrics {
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly latency: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;

  constructor(registry: Registry) {
    this.requests = new Counter({
      name: `${METRIC_PREFIX}graphql_requests_total`,
      help: 'GraphQL requests by operation and outcome (ok, or the code of the first error)',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    });
    this.latency = new Histogram({
      name: `${METRIC_PREFIX}graphql_request_duration_seconds`,
      help: 'Time from receiving a GraphQL request to its answer, by operation',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    this.errors = new Counter({
      name: `${METRIC_PREFIX}graphql_errors_total`,
      help: 'Errors in GraphQL answers, by error code',
      labelNames: ['code'],
      registers: [registry],
    });
  }

  /** One answered request; `errorCodes` are the codes of its errors, in order. */
  observe(operation: string, seconds: number, errorCodes: readonly string[]): void {
    const codes = errorCodes.map((code) => (ERROR_CODE.test(code) ? code : NO_ERROR_CODE));
    this.requests.inc({ operation, outcome: codes[0] ?? OK_OUTCOME });
    this.latency.observe({ operation }, seconds);
    for (const code of codes) this.errors.inc({ code });
  }
}
