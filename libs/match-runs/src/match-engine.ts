import { Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';

import { MatchThreadPool } from '@app/matching';

/**
 * The matching engine's worker threads, one pool per process (worker: match runs; API: what-if).
 * The calling thread only loads, splits and writes, so its event loop keeps serving health
 * checks, queue locks, progress and requests during a solve. Closed after the queue worker has
 * finished its job (beforeApplicationShutdown), on the last shutdown hook.
 */
@Injectable()
export class MatchEngine implements OnApplicationShutdown {
  readonly pool = new MatchThreadPool();

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}

/** One MatchEngine per process, whichever of the API's and the worker's modules import it. */
@Module({ providers: [MatchEngine], exports: [MatchEngine] })
export class MatchEngineModule {}
