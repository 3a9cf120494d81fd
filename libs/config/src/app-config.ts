import { type Environment } from './environment';

/** Typed, validated configuration; inject this instead of reading process.env. */
export class AppConfig {
  constructor(private readonly environment: Environment) {}

  get nodeEnv(): Environment['NODE_ENV'] {
    return this.environment.NODE_ENV;
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  get databaseUrl(): string {
    return this.environment.DATABASE_URL;
  }

  get databasePoolSize(): number {
    return this.environment.DATABASE_POOL_SIZE;
  }

  get redisUrl(): string {
    return this.environment.REDIS_URL;
  }

  get port(): number {
    return this.environment.PORT;
  }

  get queuePrefix(): string {
    return this.environment.QUEUE_PREFIX;
  }

  get logLevel(): Environment['LOG_LEVEL'] {
    return this.environment.LOG_LEVEL;
  }

  get matchDebounceMs(): number {
    return this.environment.MATCH_DEBOUNCE_MS;
  }

  get commentDeleteWindowSeconds(): number {
    return this.environment.COMMENT_DELETE_WINDOW_SECONDS;
  }

  get pledgeUnlinkedFlagDays(): number {
    return this.environment.PLEDGE_UNLINKED_FLAG_DAYS;
  }

  /** Whether the public pledge summary answers (without signing in). */
  get publicPledgeSummary(): boolean {
    return this.environment.PUBLIC_PLEDGE_SUMMARY === 'true';
  }

  /** The reporting organisation of the IATI export. */
  get iatiReportingOrg(): { ref: string; name: string } {
    return {
      ref: this.environment.IATI_REPORTING_ORG_REF,
      name: this.environment.IATI_REPORTING_ORG_NAME,
    };
  }

  get autoMatch(): boolean {
    return this.environment.AUTO_MATCH === 'true';
  }

  /** Gaps from which a match run is split into a job per category; 0: never. */
  get matchDistributeFromGaps(): number {
    return this.environment.MATCH_DISTRIBUTE_FROM_GAPS;
  }

  get workerLockDurationMs(): number {
    return this.environment.WORKER_LOCK_DURATION_MS;
  }

  get workerHealthPort(): number {
    return this.environment.WORKER_HEALTH_PORT;
  }

  get jwtSecret(): string {
    return this.environment.JWT_SECRET;
  }

  get accessTokenTtlSeconds(): number {
    return this.environment.ACCESS_TOKEN_TTL_SECONDS;
  }

  get refreshTokenTtlSeconds(): number {
    return this.environment.REFRESH_TOKEN_TTL_SECONDS;
  }

  get rateLimitMax(): number {
    return this.environment.RATE_LIMIT_MAX;
  }

  get rateLimitWindowMs(): number {
    return this.environment.RATE_LIMIT_WINDOW_MS;
  }

  /** Fastify's `trustProxy`: a flag, a number of hops or the trusted proxies' addresses. */
  get trustProxy(): boolean | number | string[] {
    const value = this.environment.TRUST_PROXY;
    if (value === 'true' || value === 'false') return value === 'true';
    if (/^\d+$/.test(value)) return Number(value);
    return value.split(',').map((address) => address.trim());
  }

  get bodyLimitBytes(): number {
    return this.environment.BODY_LIMIT_BYTES;
  }

  get responseCacheMaxBytes(): number {
    return this.environment.RESPONSE_CACHE_MAX_BYTES;
  }

  get responseCacheInvalidation(): 'tables' | 'snapshot' {
    return this.environment.RESPONSE_CACHE_INVALIDATION;
  }

  get importMaxBytes(): number {
    return this.environment.IMPORT_MAX_BYTES;
  }

  get queryMaxDepth(): number {
    return this.environment.QUERY_MAX_DEPTH;
  }

  get queryMaxCost(): number {
    return this.environment.QUERY_MAX_COST;
  }

  get queryMaxAliases(): number {
    return this.environment.QUERY_MAX_ALIASES;
  }

  get queryMaxRootFields(): number {
    return this.environment.QUERY_MAX_ROOT_FIELDS;
  }

  get queryMaxTokens(): number {
    return this.environment.QUERY_MAX_TOKENS;
  }

  /** The token GET /metrics requires; undefined when none is configured. */
  get metricsToken(): string | undefined {
    return this.environment.METRICS_TOKEN;
  }

  /** The SMTP server's URL; undefined: e-mails are logged, not sent. */
  get smtpUrl(): string | undefined {
    return this.environment.SMTP_URL;
  }

  get smtpFrom(): string {
    return this.environment.SMTP_FROM;
  }

  /** The web app's base URL, without a trailing slash. */
  get webAppUrl(): string {
    return this.environment.WEB_APP_URL;
  }

  get notificationReminderDays(): number {
    return this.environment.NOTIFICATION_REMINDER_DAYS;
  }

  get pledgeUpdateIntervalDays(): number {
    return this.environment.PLEDGE_UPDATE_INTERVAL_DAYS;
  }

  get notificationReminderCron(): string {
    return this.environment.NOTIFICATION_REMINDER_CRON;
  }

  get notificationDigestCron(): string {
    return this.environment.NOTIFICATION_DIGEST_CRON;
  }

  get notificationSweepMs(): number {
    return this.environment.NOTIFICATION_SWEEP_MS;
  }
}
