export * from './health.controller';
export * from './health.module';
export * from './migrations.health';
export * from './readiness-checks';
export * from './redis.health';
export * from './timed-check';
