import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

import { RateLimitedError } from '@app/common';
import { AppConfig } from '@app/config';

/** Failed sign-ins allowed per account (from any address) before it is locked for a while. */
export const FAILURES_PER_ACCOUNT = 5;
/** Failed sign-ins allowed per client address (any accounts) in the window. */
export const FAILURES_PER_ADDRESS = 30;
const WINDOW_SECONDS = 15 * 60;

/**
 * Brute-force protection for login, counted in Redis so every API instance shares the counts:
 * too many failures for one account, or from one address, lock further attempts for the rest of
 * the window. A success clears the account's count. If Redis fails, an in-memory limiter with the
 * same limits takes over (rate-limiter-flexible's insurance limiter), so protection never lapses.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: Redis;
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: false,
    });
    this.redis.on('error', (error: Error) =>
      this.logger.warn(`Login throttle Redis: ${error.message} (in-memory limits meanwhile)`),
    );
    const limiter = (name: string, points: number) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${config.queuePrefix}:login:${name}`,
        points,
        duration: WINDOW_SECONDS,
        blockDuration: WINDOW_SECONDS,
        insuranceLimiter: new RateLimiterMemory({ points, duration: WINDOW_SECONDS }),
      });
    this.byAccount = limiter('account', FAILURES_PER_ACCOUNT);
    this.byAddress = limiter('address', FAILURES_PER_ADDRESS);
  }

  /** Refuses the attempt when the account or the address is locked. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, fromAddress] = await Promise.all([
      this.byAccount.get(email),
      this.byAddress.get(address),
    ]);
    for (const [state, points] of [
      [account, FAILURES_PER_ACCOUNT],
      [fromAddress, FAILURES_PER_ADDRESS],
    ] as const) {
      if (state && state.consumedPoints >= points) {
        const retryAfterSeconds = Math.ceil(state.msBeforeNext / 1000);
        throw new RateLimitedError(
          `Too many failed sign-ins; try again in ${retryAfterSeconds} s`,
          retryAfterSeconds,
        );
      }
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all(
      [this.byAccount.consume(email), this.byAddress.consume(address)].map((attempt) =>
        // Going over the limit rejects; that is the point, the next attempt is refused.
        attempt.catch((rejection: unknown) => {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
        }),
      ),
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}
